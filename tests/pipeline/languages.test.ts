// One page per language pack (tests/fixtures/languages/<code>.txt), written by a speaker of the language:
// its project, partners with role and country, and the funders that are not partners. Adding a language
// is adding its pack and its page here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nameKey } from '../../src/graph/normalise';
import { extractDocument } from '../../src/pipeline/extract';
import { LANGUAGE_PACKS } from '../../src/pipeline/languages';
import { decodeDocument } from '../../src/pipeline/read';

/**
 * What a pack does not read yet, each with the reason, so the gap is seen rather than hidden: the test
 * expects these to stay missing (or countryless) and fails when one is read, so the list is kept true.
 */
const KNOWN_GAPS: Record<string, Record<string, string>> = {
  da: {
    'Destination Sydvestjylland': 'country: a region no table holds, and no organisation word of Danish',
  },
  fr: { "Communauté d'agglomération du Douaisis": 'country: no word of the name or sentence says France' },
  ga: { 'hÚdarás na Gaeltachta': 'the initial mutation (h-) hides the organisation word' },
  mt: {
    'Kamra Maltija għall-Intrapriżi Żgħar u Medji':
      'the article joined to the name (mal-) after "b\'kollaborazzjoni"',
  },
  nl: { 'Agentschap Natuur en Bos': 'country: Dutch is written in two countries, the page says neither' },
};

interface Expected {
  project: string;
  partners: Array<{ name: string; role: string; country: string }>;
  notPartners: string[];
}

function read(code: string) {
  const text = readFileSync(`tests/fixtures/languages/${code}.txt`);
  const expected = JSON.parse(readFileSync(`tests/fixtures/languages/${code}.json`, 'utf8')) as Expected;
  return { extraction: extractDocument(decodeDocument(`${code}.txt`, text)), expected };
}

describe('every language pack has its page', () => {
  it('lists 24 packs, each with a fixture page', () => {
    expect(LANGUAGE_PACKS.map((p) => p.code)).toHaveLength(24);
    for (const pack of LANGUAGE_PACKS) expect(() => read(pack.code), pack.code).not.toThrow();
  });
});

describe.each(LANGUAGE_PACKS.map((p) => [p.code, p.names[0]!] as const))('the %s page (%s)', (code) => {
  const { extraction, expected } = read(code);
  const organisation = (name: string) =>
    extraction.participations.find((p) =>
      [p.organisation.name, ...p.organisation.otherNames].some((n) => nameKey(n) === nameKey(name)),
    );

  it('is read in its own language', () => {
    expect(extraction.language).toBe(code);
  });

  it('finds its project', () => {
    expect(extraction.projects.flatMap((p) => p.names)).toContain(expected.project);
  });

  it('reads every partner with its role and country, but for the known gaps', () => {
    const gaps = KNOWN_GAPS[code] ?? {};
    const read = expected.partners
      .filter((p) => !gaps[p.name])
      .map((p) => {
        const found = organisation(p.name);
        return `${p.name}|${found?.role ?? 'missing'}|${found?.organisation.country?.code ?? '-'}`;
      });
    expect(read).toEqual(
      expected.partners.filter((p) => !gaps[p.name]).map((p) => `${p.name}|${p.role}|${p.country}`),
    );
    for (const name of Object.keys(gaps)) {
      const p = expected.partners.find((x) => x.name === name)!;
      const found = organisation(name);
      const right = !!found && found.role === p.role && found.organisation.country?.code === p.country;
      expect(right, `${name} is read now: remove it from KNOWN_GAPS`).toBe(false);
    }
  });

  it('makes no funder or programme body a partner', () => {
    for (const name of expected.notPartners) expect(organisation(name), name).toBeUndefined();
  });
});
