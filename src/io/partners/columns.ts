// The columns of a partner table (one row per participation) and a guess of which header is which,
// from the usual keep.eu / CORDIS headers and their equivalents in several European languages.

export const PARTNER_FIELDS = [
  'project',
  'acronym',
  'organisation',
  'country',
  'role',
  'programme',
  'start',
  'end',
  'budget',
  'city',
  'region',
] as const;
export type PartnerField = (typeof PARTNER_FIELDS)[number];

/** Which header each field is read from (absent: not in the table). */
export type ColumnMapping = Partial<Record<PartnerField, string>>;

export const FIELD_LABELS: Record<PartnerField, string> = {
  project: 'Project (name or title)',
  acronym: 'Project acronym or code',
  organisation: 'Partner organisation',
  country: 'Country (name or code)',
  role: 'Role (lead, partner, associated)',
  programme: 'Programme',
  start: 'Start date',
  end: 'End date',
  budget: 'Budget (EUR)',
  city: 'City',
  region: 'Region',
};

/** Header words per field, normalised (lower case, no diacritics, single spaces). Exact matches first. */
const SYNONYMS: Record<PartnerField, string[]> = {
  project: [
    'project',
    'project name',
    'project title',
    'title',
    'projekt',
    'projektname',
    'projekttitel',
    'projet',
    'titre',
    'titre du projet',
    'progetto',
    'titolo',
    'proyecto',
    'titulo',
    'nazwa projektu',
    'nazev projektu',
    'naziv projekta',
    'ime projekta',
    'denumire proiect',
    'titlu proiect',
    'proiect',
    'projektas',
    'projekti',
    'projektcim',
    'projekt neve',
  ],
  acronym: [
    'acronym',
    'project acronym',
    'acronyme',
    'akronym',
    'acronimo',
    'akronim',
    'acronim',
    'zkratka',
    'kratica',
    'project code',
    'code',
    'project id',
    'project number',
  ],
  organisation: [
    'partner',
    'partner name',
    'organisation',
    'organization',
    'organisation name',
    'organization name',
    'name',
    'beneficiary',
    'beneficiary name',
    'participant',
    'participant name',
    'legal name',
    'institution',
    'partner organisation',
    'organisation partner',
    'short name',
    'einrichtung',
    'organisme',
    'partenaire',
    'beneficiaire',
    'ente',
    'beneficiario',
    'socio',
    'organizacion',
    'organizacja',
    'nazwa partnera',
    'partner projektu',
    'organizace',
    'nazev partnera',
    'organizacija',
    'ime partnerja',
    'partener',
    'organizatie',
    'beneficiar',
    'partnerszervezet',
  ],
  country: [
    'country',
    'country code',
    'partner country',
    'nation',
    'land',
    'staat',
    'pays',
    'paese',
    'stato',
    'pais',
    'kraj',
    'zeme',
    'stat',
    'drzava',
    'tara',
    'orszag',
    'valstybe',
    'maa',
  ],
  role: [
    'role',
    'partner role',
    'partner type',
    'type of partner',
    'partner status',
    'lead',
    'lead partner',
    'is lead partner',
    'coordinator',
    'rolle',
    'partnerrolle',
    'federfuhrend',
    'role du partenaire',
    'ruolo',
    'rol',
    'rola',
    'rola partnera',
    'role partnera',
    'vloga',
    'rol partener',
    'szerep',
  ],
  programme: [
    'programme',
    'program',
    'programme name',
    'program name',
    'framework programme',
    'funding programme',
    'programm',
    'programma',
    'programa',
    'programul',
    'operational programme',
  ],
  start: [
    'start',
    'start date',
    'project start',
    'project start date',
    'begin',
    'beginn',
    'date de debut',
    'debut',
    'inizio',
    'data inizio',
    'fecha de inicio',
    'inicio',
    'poczatek',
    'data rozpoczecia',
    'zahajeni',
    'zacetek',
    'data inceput',
    'inceput',
  ],
  end: [
    'end',
    'end date',
    'project end',
    'project end date',
    'ende',
    'date de fin',
    'fin',
    'fine',
    'data fine',
    'fecha de fin',
    'koniec',
    'data zakonczenia',
    'ukonceni',
    'konec',
    'data sfarsit',
    'sfarsit',
  ],
  budget: [
    'budget',
    'total budget',
    'project budget',
    'budget eur',
    'total cost',
    'cost',
    'ec contribution',
    'net ec contribution',
    'erdf',
    'budzet',
    'rozpocet',
    'proracun',
    'buget',
    'bilancio',
    'presupuesto',
    'kosten',
    'gesamtbudget',
  ],
  city: [
    'city',
    'town',
    'partner city',
    'stadt',
    'ort',
    'ville',
    'citta',
    'ciudad',
    'miasto',
    'mesto',
    'kraj mesta',
    'oras',
    'varos',
  ],
  region: [
    'region',
    'nuts',
    'nuts region',
    'nuts2',
    'nuts 2',
    'nuts3',
    'nuts code',
    'partner region',
    'bundesland',
    'regione',
    'wojewodztwo',
    'regija',
    'judet',
  ],
};

/** Lower case, no diacritics, words separated by single spaces: "Partner-Name " -> "partner name". */
export function normaliseHeader(header: string): string {
  return header
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * columns.guessMapping: for each field, the first header that names it exactly, then one that contains
 * a longer synonym as whole words ("Lead partner organisation name" -> organisation). Each header is
 * used at most once.
 */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const normalised = headers.map(normaliseHeader);
  const used = new Set<number>();
  const mapping: ColumnMapping = {};
  const take = (field: PartnerField, index: number) => {
    mapping[field] = headers[index];
    used.add(index);
  };
  // Exact names first, in the order of the synonyms (so "project acronym" beats "project id").
  for (const field of PARTNER_FIELDS) {
    for (const synonym of SYNONYMS[field]) {
      const index = normalised.findIndex((h, i) => !used.has(i) && h === synonym);
      if (index >= 0) {
        take(field, index);
        break;
      }
    }
  }
  // Then headers that contain a synonym as whole words, except identifiers ("project id" is no title).
  for (const field of PARTNER_FIELDS) {
    if (mapping[field]) continue;
    const index = normalised.findIndex(
      (h, i) =>
        !used.has(i) &&
        !IDENTIFIER_WORDS.test(h) &&
        SYNONYMS[field].some((s) => s.length > 3 && ` ${h} `.includes(` ${s} `)),
    );
    if (index >= 0) take(field, index);
  }
  return mapping;
}

const IDENTIFIER_WORDS = / (id|code|number|nr|no|vat)$/;

/** What is missing for an import: an organisation column and a project or acronym column. */
export function missingRequired(mapping: ColumnMapping): string[] {
  const missing: string[] = [];
  if (!mapping.organisation) missing.push('partner / organisation / beneficiary');
  if (!mapping.project && !mapping.acronym) missing.push('project / acronym');
  return missing;
}
