// The extraction scorer: pairs what the pipeline read with the gold by name, and counts what went wrong.
import { describe, expect, it } from 'vitest';
import { checkGold, splitOf, type Gold } from '../../scripts/eval-extract/gold';
import { f1, scorePage, type Predicted } from '../../scripts/eval-extract/score';

const gold: Gold = {
  page: 'x.txt',
  source: 'https://example.eu/p',
  language: 'English',
  layouts: ['bullets'],
  projects: [{ names: ['GreenWay', 'Green Way Project'] }],
  otherProjects: [{ names: ['BlueWay'] }],
  organisations: [
    { names: ['Agency North', 'AN'], country: 'PL', roles: [{ project: 'GreenWay', role: 'lead' }] },
    { names: ['City of South'], country: null, roles: [{ project: 'GreenWay', role: 'partner' }] },
  ],
  mentioned: [{ names: ['Ministry of Roads'] }],
};

const predicted = (p: Partial<Predicted>): Predicted => ({
  projects: [],
  organisations: [],
  participations: [],
  ...p,
});

describe('scorePage', () => {
  it('scores a page that read nothing as all missed, and says nothing was read', () => {
    const s = scorePage(gold, predicted({}));
    expect(s.nothingRead).toBe(true);
    expect(s.organisations).toEqual({ tp: 0, fp: 0, fn: 2 });
    expect(s.participations).toEqual({ tp: 0, fp: 0, fn: 2 });
    expect(s.countries).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(s.problems.missed).toEqual(['Agency North', 'City of South']);
    expect(s.problems.missedProjects).toEqual(['GreenWay']);
  });

  it('pairs names by their key (case, accents, punctuation), counts a wrong role and a wrong country', () => {
    const s = scorePage(
      gold,
      predicted({
        projects: [{ id: 'p', names: ['GREENWAY'] }],
        organisations: [
          { id: 'a', names: ['agency  north'], country: 'DE' },
          { id: 'c', names: ['City of South'] },
        ],
        participations: [
          { organisation: 'a', project: 'p', role: 'partner' },
          { organisation: 'c', project: 'p', role: 'partner' },
        ],
      }),
    );
    expect(s.organisations).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(s.participations).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(s.countries).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(s.problems.wrongRole).toEqual(['Agency North: partner instead of lead']);
    expect(s.problems.wrongCountry).toEqual(['agency  north: DE instead of PL']);
    expect(f1(s.organisations)).toBe(1);
  });

  it('counts a second node for one organisation as a duplicate and a mentioned body made partner', () => {
    const s = scorePage(
      gold,
      predicted({
        projects: [
          { id: 'p', names: ['Green Way Project'] },
          { id: 'b', names: ['BlueWay'] },
        ],
        organisations: [
          { id: 'a', names: ['Agency North'], country: 'PL' },
          { id: 'a2', names: ['AN'] },
          { id: 'm', names: ['Ministry of Roads'] },
        ],
        participations: [
          { organisation: 'a', project: 'p', role: 'lead' },
          { organisation: 'a2', project: 'p', role: 'lead' },
          { organisation: 'm', project: 'p', role: 'partner' },
        ],
      }),
    );
    expect(s.duplicates).toBe(1);
    expect(s.mentionedAsPartners).toEqual(['Ministry of Roads']);
    expect(s.organisations).toEqual({ tp: 1, fp: 2, fn: 1 });
    expect(s.participations).toEqual({ tp: 1, fp: 2, fn: 1 });
    // A project only named in passing, with no partners, is no error.
    expect(s.projects).toEqual({ tp: 1, fp: 0, fn: 0 });
  });
});

describe('the gold files', () => {
  it('puts a page in a split by its URL only, about a third in test, the seeds apart', () => {
    expect(splitOf(null)).toBe('seed');
    expect(splitOf('https://example.eu/p')).toBe(splitOf('https://example.eu/p'));
    const splits = Array.from({ length: 300 }, (_, i) => splitOf(`https://example.eu/${i}`));
    const tests = splits.filter((s) => s === 'test').length;
    expect(tests).toBeGreaterThan(75);
    expect(tests).toBeLessThan(125);
  });

  it('rejects a gold file whose names are not on the page or whose role names no project', () => {
    const bad = {
      ...gold,
      organisations: [{ ...gold.organisations[0]!, roles: [{ project: 'Nope', role: 'lead' }] }],
    };
    const { gold: ok, errors } = checkGold(
      'x.json',
      bad,
      'GreenWay Green Way Project BlueWay Agency North AN Ministry of Roads',
    );
    expect(ok).toBeUndefined();
    expect(errors).toEqual([
      'x.json: organisations.0.roles.0.project: "Nope" is not the first name of a project',
    ]);
    expect(checkGold('x.json', { page: 1 }, '').errors[0]).toMatch(/^x\.json: page: /);
  });
});
