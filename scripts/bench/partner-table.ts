// Deterministic generator of realistic partner tables (one row per participation, keep.eu-like columns)
// for benchmarks and large-input tests: long-tailed consortium sizes, heavy-tailed organisation activity,
// one lead per project, unequal country weights, programmes and periods 2000–2027, names with diacritics.
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';

export interface TableSize {
  organisations: number;
  projects: number;
  participations: number;
}

export const SIZES: Record<'S' | 'M' | 'L' | 'XL', TableSize> = {
  S: { organisations: 1_000, projects: 270, participations: 3_300 },
  M: { organisations: 10_000, projects: 2_700, participations: 33_000 },
  L: { organisations: 50_000, projects: 13_500, participations: 165_000 },
  XL: { organisations: 150_000, projects: 40_000, participations: 500_000 },
};

export const COLUMNS = [
  'project',
  'acronym',
  'programme',
  'start',
  'end',
  'partner',
  'role',
  'country',
  'city',
  'budget',
] as const;
export type PartnerRow = Record<(typeof COLUMNS)[number], string>;

/** 40 countries, weighted roughly by how often they appear in Interreg/Horizon consortia. */
const COUNTRIES: [code: string, weight: number, cities: string[], syllables: string[]][] = [
  [
    'DE',
    14,
    ['München', 'Köln', 'Düsseldorf', 'Leipzig'],
    ['Wirt', 'schaft', 'förder', 'Ge', 'sell', 'bünd'],
  ],
  ['IT', 12, ['Milano', 'Torino', 'Bologna', 'Napoli'], ['Svi', 'lup', 'po', 'Agen', 'zia', 'Città']],
  ['ES', 11, ['Zaragoza', 'València', 'Sevilla', 'Bilbao'], ['Fun', 'da', 'ción', 'Agen', 'cia', 'Desa']],
  ['FR', 10, ['Lyon', 'Marseille', 'Toulouse', 'Lille'], ['Dé', 'velop', 'pe', 'ment', 'Ré', 'gion']],
  ['PL', 8, ['Kraków', 'Łódź', 'Wrocław', 'Gdańsk'], ['Roz', 'wó', 'ju', 'Agen', 'cja', 'Śląsk']],
  ['AT', 6, ['Wien', 'Graz', 'Linz', 'Innsbruck'], ['Wirt', 'schafts', 'kam', 'mer', 'Stei', 'rer']],
  ['CZ', 6, ['Praha', 'Brno', 'Ústí nad Labem', 'Plzeň'], ['Roz', 'vo', 'jo', 'vá', 'Agen', 'tura']],
  ['SI', 5, ['Ljubljana', 'Maribor', 'Celje', 'Ptuj'], ['Raz', 'voj', 'na', 'Agen', 'cija', 'Šta']],
  ['HU', 5, ['Budapest', 'Győr', 'Pécs', 'Szeged'], ['Fej', 'lesz', 'tési', 'Ügy', 'nök', 'ség']],
  ['SK', 4, ['Bratislava', 'Košice', 'Trnava', 'Žilina'], ['Roz', 'voj', 'ová', 'Agen', 'tú', 'ra']],
  ['RO', 5, ['Cluj-Napoca', 'Iași', 'Timișoara', 'Brașov'], ['Dez', 'vol', 'tare', 'Agen', 'ția', 'Regi']],
  ['BG', 4, ['Sofia', 'Plovdiv', 'Varna', 'Ruse'], ['Raz', 'vi', 'tie', 'Agen', 'tsi', 'ya']],
  ['GR', 4, ['Athína', 'Thessaloníki', 'Kozáni', 'Pátra'], ['Ana', 'ptý', 'xi', 'Peri', 'fér', 'eia']],
  ['HR', 3, ['Zagreb', 'Split', 'Rijeka', 'Osijek'], ['Raz', 'vo', 'jna', 'Agen', 'cija', 'Žup']],
  ['NL', 4, ['Utrecht', 'Eindhoven', 'Groningen', 'Delft'], ['Ont', 'wikk', 'eling', 'Maat', 'schap', 'pij']],
  ['BE', 4, ['Gent', 'Liège', 'Leuven', 'Namur'], ['Ont', 'wikk', 'Agen', 'ce', 'Wal', 'lonie']],
  ['PT', 3, ['Porto', 'Lisboa', 'Braga', 'Coimbra'], ['Desen', 'volvi', 'mento', 'Agên', 'cia', 'Região']],
  ['SE', 3, ['Göteborg', 'Malmö', 'Umeå', 'Lund'], ['Ut', 'veck', 'ling', 'Regi', 'on', 'Skå']],
  ['FI', 3, ['Tampere', 'Oulu', 'Turku', 'Espoo'], ['Ke', 'hit', 'tä', 'mis', 'yh', 'tiö']],
  ['DK', 2, ['Aarhus', 'Odense', 'Aalborg', 'København'], ['Ud', 'vik', 'ling', 'Regi', 'on', 'Sjæl']],
  ['IE', 2, ['Cork', 'Galway', 'Limerick', 'Dublin'], ['Enter', 'prise', 'Bord', 'Forb', 'airt', 'Éire']],
  ['LT', 2, ['Vilnius', 'Kaunas', 'Klaipėda', 'Šiauliai'], ['Plėt', 'ros', 'Agen', 'tūra', 'Regi', 'onas']],
  ['LV', 2, ['Rīga', 'Daugavpils', 'Liepāja', 'Jelgava'], ['Attīs', 'tī', 'bas', 'Aģen', 'tūra', 'Novads']],
  ['EE', 2, ['Tallinn', 'Tartu', 'Pärnu', 'Narva'], ['Aren', 'gu', 'Kes', 'kus', 'Maa', 'kond']],
  ['CY', 1, ['Lefkosía', 'Lemesós', 'Lárnaka', 'Páfos'], ['Ana', 'ptý', 'xi', 'Kéntro', 'Ére', 'vna']],
  ['MT', 1, ['Valletta', 'Birkirkara', 'Mosta', 'Qormi'], ['Żvi', 'lupp', 'Aġen', 'zija', 'Reġ', 'jun']],
  [
    'LU',
    1,
    ['Luxembourg', 'Esch-sur-Alzette', 'Differdange', 'Dudelange'],
    ['Dé', 'velop', 'Agence', 'Nord', 'Sud', 'Est'],
  ],
  ['NO', 2, ['Bergen', 'Trondheim', 'Stavanger', 'Tromsø'], ['Ut', 'vik', 'ling', 'Fyl', 'kes', 'kom']],
  ['CH', 2, ['Zürich', 'Genève', 'Basel', 'Lausanne'], ['Wirt', 'schaft', 'För', 'der', 'Kan', 'ton']],
  ['RS', 2, ['Beograd', 'Novi Sad', 'Niš', 'Kragujevac'], ['Raz', 'vo', 'jna', 'Agen', 'cija', 'Vojvo']],
  ['BA', 1, ['Sarajevo', 'Banja Luka', 'Mostar', 'Tuzla'], ['Raz', 'vo', 'jna', 'Agen', 'cija', 'Hercego']],
  ['ME', 1, ['Podgorica', 'Nikšić', 'Bar', 'Kotor'], ['Raz', 'vo', 'jna', 'Agen', 'cija', 'Crna']],
  ['MK', 1, ['Skopje', 'Bitola', 'Ohrid', 'Štip'], ['Raz', 'voj', 'Agen', 'cija', 'Regi', 'on']],
  ['AL', 1, ['Tiranë', 'Durrës', 'Shkodër', 'Vlorë'], ['Zhvil', 'limi', 'Agjen', 'cia', 'Rajo', 'ni']],
  ['UA', 1, ['Lviv', 'Odesa', 'Chernivtsi', 'Uzhhorod'], ['Roz', 'vy', 'tok', 'Agen', 'tstvo', 'Oblast']],
  ['MD', 1, ['Chișinău', 'Bălți', 'Cahul', 'Orhei'], ['Dez', 'vol', 'tare', 'Agen', 'ția', 'Nord']],
  [
    'IS',
    1,
    ['Reykjavík', 'Akureyri', 'Kópavogur', 'Hafnarfjörður'],
    ['Þró', 'un', 'ar', 'stofa', 'Byggð', 'ir'],
  ],
  ['LI', 1, ['Vaduz', 'Schaan', 'Balzers', 'Triesen'], ['Wirt', 'schaft', 'Kam', 'mer', 'Land', 'tag']],
  ['TR', 1, ['İzmir', 'Bursa', 'Ankara', 'Antalya'], ['Kal', 'kın', 'ma', 'Ajan', 'sı', 'Böl']],
  ['GB', 2, ['Manchester', 'Glasgow', 'Cardiff', 'Belfast'], ['De', 'velop', 'ment', 'Agen', 'cy', 'Shire']],
];

const KINDS = [
  'Regional Development Agency',
  'University',
  'Chamber of Commerce',
  'Cluster',
  'Municipality',
  'Research Institute',
  'Association',
  'Ltd',
];

const PROGRAMMES: [name: string, start: number, end: number][] = [
  ['Interreg III B CADSES', 2000, 2006],
  ['Interreg III C', 2002, 2007],
  ['INTERREG IV C', 2007, 2013],
  ['Central Europe 2007-2013', 2007, 2013],
  ['South East Europe', 2007, 2013],
  ['FP7', 2007, 2013],
  ['Interreg Europe', 2014, 2020],
  ['Interreg Central Europe', 2014, 2020],
  ['Interreg Danube', 2014, 2020],
  ['Interreg Alpine Space', 2014, 2020],
  ['Horizon 2020', 2014, 2020],
  ['Erasmus+', 2014, 2027],
  ['COSME', 2014, 2020],
  ['Interreg Europe 2021-2027', 2021, 2027],
  ['Interreg Central Europe 2021-2027', 2021, 2027],
  ['Horizon Europe', 2021, 2027],
  ['Single Market Programme', 2021, 2027],
  ['Interreg Baltic Sea Region', 2014, 2027],
];

type Rng = () => number;

function makeRng(seed: number): Rng {
  const generator = xoroshiro128plus(seed);
  return () => uniformFloat64(generator);
}

/** Walker's alias method: O(1) weighted draws, for hundreds of thousands of rows. */
function aliasSampler(weights: number[], rng: Rng): () => number {
  const n = weights.length;
  const total = weights.reduce((a, b) => a + b, 0);
  const prob = new Float64Array(n);
  const alias = new Uint32Array(n);
  const scaled = weights.map((w) => (w * n) / total);
  const small: number[] = [];
  const large: number[] = [];
  scaled.forEach((p, i) => (p < 1 ? small : large).push(i));
  while (small.length && large.length) {
    const s = small.pop()!;
    const l = large.pop()!;
    prob[s] = scaled[s]!;
    alias[s] = l;
    scaled[l] = scaled[l]! + scaled[s]! - 1;
    (scaled[l]! < 1 ? small : large).push(l);
  }
  for (const i of [...small, ...large]) prob[i] = 1;
  return () => {
    const i = Math.floor(rng() * n);
    return rng() < prob[i]! ? i : alias[i]!;
  };
}

function pick<T>(items: readonly T[], rng: Rng): T {
  return items[Math.floor(rng() * items.length)]!;
}

interface Organisation {
  name: string;
  country: string;
  city: string;
}

function makeOrganisations(count: number, rng: Rng): Organisation[] {
  const drawCountry = aliasSampler(
    COUNTRIES.map(([, w]) => w),
    rng,
  );
  const seen = new Set<string>();
  const organisations: Organisation[] = [];
  for (let i = 0; organisations.length < count; i++) {
    const [country, , cities, syllables] = COUNTRIES[drawCountry()]!;
    const city = pick(cities, rng);
    const stem =
      pick(syllables, rng) + pick(syllables, rng).toLowerCase() + pick(syllables, rng).toLowerCase();
    let name = `${stem} ${pick(KINDS, rng)} ${city}`;
    if (seen.has(name)) name = `${name} ${i}`;
    seen.add(name);
    organisations.push({ name, country, city });
  }
  return organisations;
}

/** Consortium sizes from 3 to 30 with a long tail (shifted geometric), scaled to hit the target mean. */
function consortiumSize(rng: Rng, mean: number): number {
  const p = 1 / Math.max(1.01, mean - 2);
  const extra = Math.floor(Math.log(1 - rng()) / Math.log(1 - p));
  return Math.min(30, 3 + extra);
}

/** Generates the rows of a partner table; the same seed and size always give the same rows. */
export function* partnerTable(size: TableSize, seed = 2026): Generator<PartnerRow> {
  const rng = makeRng(seed);
  const organisations = makeOrganisations(size.organisations, rng);
  // Heavy-tailed activity: Zipf-like weights make a few hubs that join dozens of projects.
  const drawOrganisation = aliasSampler(
    organisations.map((_, i) => 1 / Math.pow(i + 1, 0.75)),
    rng,
  );
  const meanSize = size.participations / size.projects;
  for (let p = 0; p < size.projects; p++) {
    const [programme, from, to] = pick(PROGRAMMES, rng);
    const startYear = from + Math.floor(rng() * (to - from + 1));
    const months = 18 + Math.floor(rng() * 31);
    const startMonth = 1 + Math.floor(rng() * 12);
    const endTotal = startYear * 12 + startMonth - 1 + months;
    const start = `${startYear}-${String(startMonth).padStart(2, '0')}`;
    const end = `${Math.floor(endTotal / 12)}-${String((endTotal % 12) + 1).padStart(2, '0')}`;
    const acronym = `P${p.toString(36).toUpperCase()}-${pick(['INNO', 'CLUSTER', 'SMART', 'GREEN', 'DANUBE', 'ALP', 'MOB', 'DIGI'], rng)}`;
    const title = `${acronym} – ${pick(['Innovation', 'Cooperation', 'Clusters', 'Energy', 'Mobility', 'Skills'], rng)} in ${pick(['Central Europe', 'the Danube Region', 'the Alps', 'European Regions'], rng)}`;
    const members = new Set<number>();
    const wanted = Math.min(consortiumSize(rng, meanSize), organisations.length);
    while (members.size < wanted) members.add(drawOrganisation());
    const budget = String(Math.round((200_000 + rng() * 4_800_000) / 1000) * 1000);
    let first = true;
    for (const index of members) {
      const organisation = organisations[index]!;
      yield {
        project: title,
        acronym,
        programme,
        start,
        end,
        partner: organisation.name,
        role: first ? 'Lead partner' : 'Partner',
        country: organisation.country,
        city: organisation.city,
        budget,
      };
      first = false;
    }
  }
}

/** The organisation with the most participations in the partner table: the hub whose ego network opens. */
export function busiestPartner(rows: readonly { partner?: string }[]): string | null {
  const counts = new Map<string, number>();
  for (const r of rows) if (r.partner) counts.set(r.partner, (counts.get(r.partner) ?? 0) + 1);
  let best: [string, number] | null = null;
  for (const [name, n] of counts)
    if (!best || n > best[1] || (n === best[1] && name < best[0])) best = [name, n];
  return best?.[0] ?? null;
}
