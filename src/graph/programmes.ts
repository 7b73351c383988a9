// The funding programmes of European cooperation projects and the ways pages spell them. Browser-safe.

export interface Programme {
  /** Stable key part: `programme:<slug>`. */
  slug: string;
  /** English name. */
  label: string;
  /** Matched against the original text; the first match in a text wins, so longer forms come first. */
  patterns: RegExp[];
}

// Roman numerals and letters may be written apart ("III B", "IV C") or joined ("IIIB", "IVC").
const interreg = (period: string, strand: string) =>
  new RegExp(`\\bInterreg\\s*${period}\\s*-?\\s*${strand}\\b`, 'iu');

export const PROGRAMMES: Programme[] = [
  {
    slug: 'interreg-iiib-cadses',
    label: 'Interreg IIIB CADSES',
    patterns: [
      new RegExp(`${interreg('III', 'B').source}(?:\\s*-?\\s*CADSES)?`, 'iu'),
      /\bCADSES\s+(?:programme|program)/iu,
    ],
  },
  { slug: 'interreg-iiia', label: 'Interreg IIIA', patterns: [interreg('III', 'A')] },
  { slug: 'interreg-iiic', label: 'Interreg IIIC', patterns: [interreg('III', 'C')] },
  { slug: 'interreg-iva', label: 'Interreg IVA', patterns: [interreg('IV', 'A')] },
  { slug: 'interreg-ivb', label: 'Interreg IVB', patterns: [interreg('IV', 'B')] },
  { slug: 'interreg-ivc', label: 'INTERREG IVC', patterns: [interreg('IV', 'C')] },
  {
    // The 2007–2013 programme; its successor from 2014 is Interreg (V-B) Central Europe, kept apart below.
    slug: 'central-europe',
    label: 'Central Europe Programme',
    patterns: [
      /(?<!Interreg\s+(?:V\s*-?\s*B\s+)?)\bCENTRAL EUROPE\s+(?:Programme|Program)\b/u,
      /\bCentral Europe\s*[-–]\s*Opera\S*\s+program\S*/iu,
      /(?<!Interreg\s+(?:V\s*-?\s*B\s+)?)\bCentral Europe\s+(?:Programme|Program|Programm)\b/iu,
      /\bprogram(?:u|me)?\s+(?:Nadnárodní spolupráce\s+)?Střední Evropa\b/iu,
    ],
  },
  {
    slug: 'interreg-central-europe',
    label: 'Interreg Central Europe',
    patterns: [/\bInterreg\s+(?:V\s*-?\s*B\s+)?Central Europe\b/iu],
  },
  {
    slug: 'south-east-europe',
    label: 'South East Europe Programme',
    patterns: [/\bSouth[- ]East Europe\s+(?:Programme|Program)\b/iu],
  },
  { slug: 'alpine-space', label: 'Alpine Space Programme', patterns: [/\bAlpine Space\b/iu] },
  { slug: 'interreg-europe', label: 'Interreg Europe', patterns: [/\bInterreg Europe\b/iu] },
  {
    slug: 'interreg-sudoe',
    label: 'Interreg Sudoe',
    patterns: [/\b(?:Interreg\s+(?:IV\s*B\s+|V\s*B\s+)?)?SUDOE\b/iu],
  },
  {
    slug: 'interreg-med',
    label: 'Interreg MED',
    patterns: [/\bInterreg\s+MED\b|\bMED\s+(?:Programme|Program)\b/u],
  },
  {
    slug: 'interreg-adrion',
    label: 'Interreg ADRION',
    patterns: [/\bADRION\b|\bAdriatic[- ]Ionian\s+(?:Programme|Program)\b/iu],
  },
  {
    slug: 'interreg-baltic-sea-region',
    label: 'Interreg Baltic Sea Region',
    patterns: [/\bBaltic Sea Region\s+(?:Programme|Program)\b|\bInterreg\s+Baltic Sea Region\b/iu],
  },
  {
    slug: 'interreg-north-sea-region',
    label: 'Interreg North Sea Region',
    patterns: [/\bNorth Sea Region\s+(?:Programme|Program)\b|\bInterreg\s+North Sea\b/iu],
  },
  {
    slug: 'interreg-north-west-europe',
    label: 'Interreg North-West Europe',
    patterns: [
      /\bInterreg\s+(?:IV\s*B\s+)?NWE\b|\bNorth[- ]West Europe\s+(?:Programme|Program)\b|\bInterreg\s+North[- ]West Europe\b/iu,
    ],
  },
  {
    slug: 'interreg-atlantic-area',
    label: 'Interreg Atlantic Area',
    patterns: [/\bAtlantic Area\s+(?:Programme|Program)\b|\bInterreg\s+Atlantic Area\b/iu],
  },
  { slug: 'urbact', label: 'URBACT', patterns: [/\bURBACT\b/u] },
  { slug: 'espon', label: 'ESPON', patterns: [/\bESPON\b/u] },
  {
    slug: 'interreg-danube',
    label: 'Interreg Danube',
    patterns: [/\bInterreg Danube\b|\bDanube Transnational Programme\b/iu],
  },
  { slug: 'erasmus-plus', label: 'Erasmus+', patterns: [/\bErasmus\s*(?:\+|plus\b)|Еразъм\s*(?:\+|плюс)/iu] },
  {
    slug: 'horizon-2020',
    label: 'Horizon 2020',
    patterns: [/\b(?:Horizon|Horyzont|Horizont|Orizzonte|Horizonte)\s*2020\b|\bH2020\b/iu],
  },
  { slug: 'horizon-europe', label: 'Horizon Europe', patterns: [/\bHorizon Europe\b/iu] },
  {
    slug: 'fp7',
    label: 'Seventh Framework Programme (FP7)',
    patterns: [/\bFP7\b|\bSeventh Framework Programme\b/iu],
  },
  { slug: 'cosme', label: 'COSME', patterns: [/\bCOSME\b(?!\s+Cluster Excellence)/u] },
  {
    slug: 'cluster-excellence',
    label: 'Cluster Excellence Programme',
    patterns: [/\bCluster Excellence\b/iu],
  },
  { slug: 'life', label: 'LIFE Programme', patterns: [/\bLIFE\+?\s+(?:Programme|Program)\b/u] },
];

export interface ProgrammeMention {
  programme: Programme;
  index: number;
  matched: string;
}

/** programmes.findProgrammes: every programme named in a text, in order of appearance. */
export function findProgrammes(text: string): ProgrammeMention[] {
  const found: ProgrammeMention[] = [];
  for (const programme of PROGRAMMES) {
    for (const pattern of programme.patterns) {
      const match = pattern.exec(text);
      if (match) {
        found.push({ programme, index: match.index, matched: match[0] });
        break;
      }
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
