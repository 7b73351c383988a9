import { describe, expect, it } from 'vitest';
import { EMPTY_ALIASES, parseAliases } from '../../src/graph/aliases';
import { initialsMatch, isAcronym, resolveMentions } from '../../src/graph/resolve';

describe('parseAliases', () => {
  it('reports bad lines with their numbers', () => {
    const result = parseAliases(
      '# why\nsame: A\n# why\ncountry: X = Spain\nmerge: A = B\n\n# why\nsame: A = B\n# why\nsame: a = C\n',
      'aliases.txt',
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        'aliases.txt:2: "same" needs at least two names joined by " = "',
        'aliases.txt:4: "country" needs a name and a two-letter ISO code, like "country: Stadt Graz = AT"',
        'aliases.txt:5: expected "same: A = B", "country: NAME = CODE" or "partner: NAME = PROJECT [role]", got "merge: A = B"',
        'aliases.txt:10: "a" already appears on line 8',
      ],
    });
  });

  it('reports partner entries without a project, with a bad role or given twice, with their lines', () => {
    const result = parseAliases(
      [
        '# why',
        'partner: Stadt Graz',
        '# why',
        'partner: Stadt Graz = SMART+ [boss]',
        '# why',
        'partner: Stadt Graz = SMART+ = Sm@rt Region',
        '# why',
        'partner: Stadt Graz = SMART+',
        '# why',
        'partner: stadt graz = Smart+ [lead]',
      ].join('\n'),
      'aliases.txt',
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        'aliases.txt:2: "partner" needs an organisation and a project, like "partner: Stadt Graz = SMART+ [lead]"',
        'aliases.txt:4: unknown role "boss"; use [lead], [partner] or [associated]',
        'aliases.txt:6: "partner" needs an organisation and a project, like "partner: Stadt Graz = SMART+ [lead]"',
        'aliases.txt:10: "stadt graz" in "Smart+" already appears on line 8',
      ],
    });
  });

  it('reads partner entries with their role, partner by default', () => {
    const result = parseAliases(
      "# The page is the city's own.\npartner: Stadt Graz = ETV 4 Innovation\n# It says it leads.\npartner: Stadt Graz = SMART+ [lead]\n",
    );
    expect(result.ok && result.aliases.participations).toEqual([
      {
        organisation: 'Stadt Graz',
        project: 'ETV 4 Innovation',
        role: 'partner',
        line: 2,
        comment: "The page is the city's own.",
      },
      { organisation: 'Stadt Graz', project: 'SMART+', role: 'lead', line: 4, comment: 'It says it leads.' },
    ]);
  });

  it('does not take the file header as the comment of the first entry', () => {
    const result = parseAliases('# header\n\nsame: A = B\n', 'f');
    expect(result.ok).toBe(false);
  });

  it('reads entries with their comments and line numbers', () => {
    const result = parseAliases(
      '# One body, two languages.\nsame: Stadt Wien = City of Vienna\n\n# Not on the page.\ncountry: Stadt Graz = AT\n',
    );
    expect(result).toEqual({
      ok: true,
      aliases: {
        same: [{ names: ['Stadt Wien', 'City of Vienna'], line: 2, comment: 'One body, two languages.' }],
        countries: [{ name: 'Stadt Graz', code: 'AT', line: 5, comment: 'Not on the page.' }],
        participations: [],
      },
    });
  });
});

describe('resolveMentions', () => {
  it('keeps different names apart, even similar ones', () => {
    const r = resolveMentions(
      [
        { names: ['SMART+'], scope: 'a' },
        { names: ['Sm@rt Region'], scope: 'b' },
      ],
      EMPTY_ALIASES,
    );
    expect(r.groups).toEqual([0, 1]);
  });

  it('merges spellings that differ in case, diacritics or punctuation across documents', () => {
    const r = resolveMentions(
      [
        { names: ['Klaster LifeScience'], scope: 'a' },
        { names: ['Klaster Lifescience'], scope: 'b' },
        { names: ['CLUSTERS-CORD'], scope: 'a' },
        { names: ['Clusters Cord'], scope: 'c' },
      ],
      EMPTY_ALIASES,
    );
    expect(r.groups).toEqual([0, 0, 1, 1]);
  });

  it('merges names an alias entry joins, citing its line', () => {
    const parsed = parseAliases('# two languages\nsame: Stadt Wien = City of Vienna\n');
    if (!parsed.ok) throw new Error('alias file');
    const r = resolveMentions(
      [
        { names: ['City of Vienna'], scope: 'a' },
        { names: ['Stadt Wien'], scope: 'b' },
      ],
      parsed.aliases,
    );
    expect(r.groups).toEqual([0, 0]);
    expect(r.reasons[0]?.rule).toBe('alias file line 2: two languages');
  });

  it('merges an acronym with the initials of a long name only within one document', () => {
    const mentions = [
      { names: ['Regionální rozvojová agentura Ústeckého kraje, a.s.'], scope: 'a' },
      { names: ['RRA ÚK'], scope: 'a' },
      { names: ['RRA ÚK'], scope: 'b' },
    ];
    const r = resolveMentions(mentions, EMPTY_ALIASES);
    expect(r.groups).toEqual([0, 0, 0]);
    const apart = resolveMentions([mentions[0]!, mentions[2]!], EMPTY_ALIASES);
    expect(apart.groups).toEqual([0, 1]);
  });

  it('recognises acronyms and initials', () => {
    expect(isAcronym('WRS')).toBe(true);
    expect(isAcronym('RRA ÚK')).toBe(true);
    expect(isAcronym('Klaster LifeScience')).toBe(false);
    expect(initialsMatch('RDA NW', 'Regional Development Agency North West')).toBe(true);
    expect(initialsMatch('ERDF', 'European Fund')).toBe(false);
  });
});
