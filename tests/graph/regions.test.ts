import { describe, expect, it } from 'vitest';
import { matchRegions, regionStem, subdivision } from '../../src/graph/regions';

/** The first match as "CODE name «written»" (plus the city when one is named). */
function first(text: string, country?: string): string | undefined {
  const m = matchRegions(text, country ? { country } : {})[0];
  return m && `${m.code} ${m.name} «${m.written}»${m.city ? ` city ${m.city}` : ''}`;
}

describe('matchRegions', () => {
  it('finds nothing in empty or blank text', () => {
    expect(matchRegions('')).toEqual([]);
    expect(matchRegions('   ', { country: 'RO' })).toEqual([]);
  });

  it('does not read the country name alone as one of its regions', () => {
    expect(first('Polska', 'PL')).toBeUndefined(); // not Opolskie, one letter away
    expect(first('Romania', 'RO')).toBeUndefined();
    expect(first('Asociaţia Naţională a Municipiilor din Bulgaria', 'BG')).toBeUndefined();
  });

  it('does not take a word that only looks like a region', () => {
    // Macedonia alone is neither Western nor Central Macedonia; a designator alone names nothing.
    expect(first('Macedonia', 'GR')).toBeUndefined();
    expect(first('Regional Development Agency', 'PL')).toBeUndefined();
    expect(first('County Council', 'HU')).toBeUndefined();
    // A one-letter typo is tolerated only in stems of five letters or more: "Olt" stays a county only as written.
    expect(first('Volt Energy', 'RO')).toBeUndefined();
  });

  it('without a country, takes only exact words that name a region of one country', () => {
    expect(first('Consiliul Judeţean Cluj')).toBe('RO-CJ Cluj «Cluj»');
    expect(first('Regiunea Macedonia de Vest')).toBeUndefined(); // needs the typo: too loose worldwide
    expect(first('Limburg Development Agency')).toBeUndefined(); // Limburg is in Belgium and in the Netherlands
  });

  it('keeps to the organisation’s country when it is known', () => {
    expect(first('Agencja Rozwoju Regionu Malopolska', 'PL')).toBe('PL-12 Małopolskie «Malopolska»');
    expect(first('Agencja Rozwoju Regionu Malopolska', 'CZ')).toBeUndefined();
  });

  it('reads genitives and adjectives of Slavic region names', () => {
    expect(first('Regionální rozvojová agentura Ústeckého kraje, a.s.', 'CZ')).toBe(
      'CZ-42 Ústecký kraj «Ústeckého»',
    );
    expect(first('Rozvojová agentúra Trnavského samosprávneho kraja', 'SK')).toBe(
      'SK-TA Trnavský kraj «Trnavského»',
    );
    expect(first('Urząd Marszałkowski Województwa Małopolskiego', 'PL')).toBe(
      'PL-12 Małopolskie «Małopolskiego»',
    );
    expect(first('Županijska komora Varaždin', 'HR')).toBe('HR-05 Varaždinska županija «Varaždin»');
  });

  it('reads Romanian and English adjectives of a region', () => {
    expect(first('Federaţia Aragoneză a Municipiilor', 'ES')).toBe('ES-AR Aragón «Aragoneză»');
    expect(first('The Aragonese Federation of Municipalities', 'ES')).toBe('ES-AR Aragón «Aragonese»');
  });

  it('reaches one Greek region through compass words in several languages, a one-letter typo and a genitive', () => {
    for (const text of [
      'Regiunea Macedonia de Vest',
      'University of Western Macedonia',
      'Zachodnia Macedonia',
      'Perifereia Dytikis Makedonias',
    ])
      expect(first(text, 'GR'), text).toMatch(/^GR-C Dytikí Makedonía/);
    expect(first('Central Macedonia', 'GR')).toMatch(/^GR-B /);
  });

  it('names a city only when a second capitalised word ends the name after the region word', () => {
    expect(first('Universitatea Babeş-Bolyai Cluj Napoca', 'RO')).toBe('RO-CJ Cluj «Cluj» city Cluj Napoca');
    expect(first('Consiliul Judeţean Cluj', 'RO')).toBe('RO-CJ Cluj «Cluj»');
    expect(first('Milano Metropoli Development Agency', 'IT')).toBe('IT-MI Milano «Milano»');
  });

  it('prefers an exact name to a typo of another (Veneto, not Venezia)', () => {
    expect(first('Euro Info Centre Veneto', 'IT')).toBe('IT-34 Veneto «Veneto»');
  });
});

describe('regionStem and subdivision', () => {
  it('strip inflection but keep four letters', () => {
    expect(regionStem('Ústeckého')).toBe(regionStem('Ústecký'));
    expect(regionStem('Malopolska')).toBe(regionStem('Małopolskie'));
    expect(regionStem('Cluj')).toBe('cluj');
  });

  it('knows the parent of a second-level subdivision and nothing of an unknown code', () => {
    expect(subdivision('ZZ-99')).toBeUndefined();
    expect(subdivision('IT-MI')).toEqual({ code: 'IT-MI', name: 'Milano', country: 'IT', parent: 'IT-25' });
    expect(subdivision('RO-CJ')).toEqual({ code: 'RO-CJ', name: 'Cluj', country: 'RO' });
  });
});
