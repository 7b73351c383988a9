// What kind of body an organisation is, told by words in its name, in many languages. Browser-safe.
import type { OrgKind } from './types';
import { foldText, withinOneEdit } from './normalise';

/**
 * Checked in this order, so "Regional Development Agency … S.A." is an agency, not a company, and a
 * federation of municipalities is an association, not a public authority. Word stems are folded
 * (no diacritics, lower case) and match the start of a word.
 */
export const ORG_KIND_WORDS: Array<[OrgKind, string[]]> = [
  [
    'development agency',
    [
      'agency',
      'agencja',
      'agentura',
      'agentúra',
      'agenţia',
      'agentia',
      'agencija',
      'agentur',
      'agenzia',
      'agence',
      'agencia',
      'агенция',
      'ügynökség',
      'development company',
      'development corporation',
      'wirtschaftsförderung',
      'rra',
    ],
  ],
  [
    'university or research',
    [
      'universit',
      'univerza',
      'univerzit',
      'uniwersytet',
      'universytat',
      'college',
      'hochschule',
      'politechni',
      'polytechn',
      'университет',
      'academy',
      'akademi',
      'akadémia',
    ],
  ],
  ['cluster', ['cluster', 'klaster', 'klastr', 'klaszter', 'clúster', 'клъстер', 'kluster']],
  [
    'chamber or association',
    [
      'chamber',
      'komora',
      'kammer',
      'camera di commercio',
      'chambre',
      'cámara',
      'camera de comert',
      'камара',
      'kamara',
      'association',
      'asociaţia',
      'asociatia',
      'asociación',
      'associazione',
      'stowarzyszen',
      'sdružení',
      'združenje',
      'zdruzenje',
      'udruga',
      'udruženje',
      'verband',
      'verein',
      'federation',
      'federaţia',
      'federatia',
      'federacja',
      'federación',
      'federazione',
      'fédération',
      'сдружение',
      'асоциация',
      'szövetség',
    ],
  ],
  [
    'public authority',
    [
      'municipal',
      'municipi',
      'mesto',
      'město',
      'miasto',
      'ville de',
      'città di',
      'ciudad de',
      'câmara municipal',
      'conseil',
      'consejo',
      'gobierno',
      'governo',
      'municipality',
      'gmina',
      'občina',
      'obcina',
      'obec',
      'gemeinde',
      'stadt',
      'comune',
      'commune',
      'ayuntamiento',
      'община',
      'önkormányzat',
      'county council',
      'consiliul',
      'council',
      'government',
      'regierung',
      'landesregierung',
      'governo',
      'gouvernement',
      'gobierno',
      'ministry',
      'ministerstv',
      'department',
      'regiunea',
      'region of',
      'regija',
      'region ',
      'kraj',
      'województw',
      'wojewodztw',
      'urząd',
      'urzad',
      'authority',
      'prefecture',
      'prefektura',
      'provincia',
      'province',
      'megye',
      'županij',
      'zupanij',
      'state department',
      'city of',
      'grad ',
    ],
  ],
  [
    'company',
    [
      'ltd',
      'l.t.d.',
      'gmbh',
      's.a.',
      'a.s.',
      's.r.o.',
      'd.o.o.',
      'sp. z o.o.',
      's.r.l.',
      'srl',
      's.p.a.',
      'plc',
      'kft',
      'zrt',
      'ООД',
      'ЕООД',
    ],
  ],
  // Research words are weaker than a legal form: "Mind Consult & Research Ltd" is a company.
  [
    'university or research',
    [
      'institut',
      'research',
      'výzkum',
      'vyzkum',
      'badawcz',
      'badań',
      'cercetare',
      'forschung',
      'ricerca',
      'recherche',
      'investigación',
      'raziskov',
      'študij',
      'изследовател',
      'scientific',
      'znanstven',
    ],
  ],
  [
    'NGO',
    [
      'foundation',
      'fundacja',
      'nadace',
      'nadácia',
      'fundaţia',
      'fundatia',
      'stiftung',
      'fondazione',
      'fondation',
      'fundación',
      'fundacija',
      'фондация',
      'alapítvány',
      'e.v.',
      'o.s.',
      'ngo',
      'non-profit',
      'nonprofit',
    ],
  ],
  ['company', ['company', 'corporation', 'ag', 'spa', 'oy', 'ab', 'АД']],
];

// German compounds put the telling word last: "Wirtschaftsverband", "Handelskammer".
const INSIDE_WORDS = new Set([
  'verband',
  'kammer',
  'verein',
  'agentur',
  'stiftung',
  'forschung',
  'klaster',
  'cluster',
]);

const FOLDED = ORG_KIND_WORDS.map(([kind, words]) => [kind, words.map((word) => foldText(word))] as const);

/** Phrases whose words alone would mislead: a "câmara municipal" is a town council, not a chamber. */
const PHRASES: Array<[string, OrgKind]> = (
  [
    ['câmara municipal', 'public authority'],
    ['camera municipala', 'public authority'],
    ['chamber of deputies', 'public authority'],
    ['regional council', 'public authority'],
    ['county council', 'public authority'],
  ] as Array<[string, OrgKind]>
).map(([phrase, kind]) => [foldText(phrase), kind]);

/** orgKind.orgKindFromName: the kind an organisation's name tells, or undefined when it tells none. */
export function orgKindFromName(name: string): OrgKind | undefined {
  const folded = ` ${foldText(name).replace(/[\s\u00a0,;:()“”"„–-]+/g, ' ')} `;
  for (const [phrase, kind] of PHRASES) if (folded.includes(` ${phrase} `)) return kind;
  const words = folded.trim().split(' ');
  for (const [kind, stems] of FOLDED) {
    for (const stem of stems) {
      // Short or dotted stems ("ag", "a.s.") must be whole words; longer ones may start a word.
      const whole = stem.length <= 4 || stem.includes('.') || stem.includes(' ');
      const found = INSIDE_WORDS.has(stem)
        ? folded.includes(stem)
        : whole
          ? folded.includes(` ${stem} `) || (stem.includes(' ') && folded.includes(` ${stem}`))
          : folded.includes(` ${stem}`);
      if (found) {
        return kind;
      }
      // One typo is forgiven in longer stems ("Cluser" for "Cluster").
      if (
        !whole &&
        stem.length >= 6 &&
        words.some(
          (word) => withinOneEdit(word.slice(0, stem.length), stem) && word.length <= stem.length + 3,
        )
      ) {
        return kind;
      }
    }
  }
  return undefined;
}
