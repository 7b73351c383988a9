// Company and association forms, and the countries whose law has them: "Kft." is Hungarian, "s.r.o."
// Czech or Slovak, "GmbH" German, Austrian, Swiss or Liechtenstein. A name that ends in one says where the
// organisation is registered when nothing else on the page does (the list of forms: ISO 20275, the
// Entity Legal Forms code list of GLEIF, the abbreviations in use in each country). English forms ("Ltd",
// "plc") are left out: pages in English translate every country's company form into them.

/** Forms written with dots or letters of more than one case: matched in any case, as a whole word. */
const ANY_CASE: Array<[string[], string[]]> = [
  [['Kft.', 'Kft', 'Zrt.', 'Zrt', 'Nyrt.', 'Nonprofit Kft', 'Közhasznú Egyesület'], ['HU']],
  [['Sp. z o.o.', 'sp. z o. o.', 'Sp. j.', 'Sp. k.', 'S.A. w upadłości'], ['PL']],
  [['z.s.', 'z. s.', 'o.p.s.', 'z.ú.', 'z. ú.', 'spol. s r.o.', 'v.v.i.', 'z.s.p.o.', 'z. s. p. o.'], ['CZ']],
  [['o.z.', 'n.o.', 'n. o.', 'o. z.', 'š.p.'], ['SK']],
  [
    ['s.r.o.', 'a.s.', 'a. s.'],
    ['CZ', 'SK'],
  ],
  [
    ['d.o.o.', 'd.d.', 'j.d.o.o.'],
    ['SI', 'HR', 'BA', 'RS', 'ME'],
  ],
  [['z.o.o.', 'so.p.', 'd.n.o.'], ['SI']],
  [['gGmbH', 'e.V', 'e. V', 'eG', 'GbR', 'AöR', 'KdöR', 'mbH'], ['DE']],
  [
    ['GmbH', 'gemeinnützige GmbH'],
    ['DE', 'AT', 'CH', 'LI'],
  ],
  [
    ['asbl', 'a.s.b.l.', 'a.s.b.l'],
    ['BE', 'LU'],
  ],
  [['vzw', 'v.z.w.', 'cvba'], ['BE']],
  [
    ['S.p.A.', 'S.c.a.r.l.', 'Scarl', 'S.c.r.l.', 'Onlus', 'S.n.c.', 'S.a.s.', 'APS', 'ETS', 'Soc. Coop.'],
    ['IT'],
  ],
  [
    ['S.C.', 's.c.'],
    ['RO', 'PL'],
  ],
  [['S.L.', 'S.L.U.', 'S.A.U.', 'S.Coop.'], ['ES']],
  [['Lda', 'Lda.', 'Unipessoal'], ['PT']],
  [
    ['SARL', 'S.A.R.L.', 'SAS', 'S.A.S.', 'SCIC', 'SCOP'],
    ['FR', 'LU', 'BE'],
  ],
  [['Oy', 'Oyj', 'ry', 'r.y.', 'Ky', 'Tmi'], ['FI']],
  [['ApS', 'I/S', 'IVS', 'P/S'], ['DK']],
  [['A/S'], ['DK', 'NO']],
  [['OÜ', 'MTÜ'], ['EE']],
  [['AS'], ['EE', 'LV', 'NO']],
  [['SIA', 'biedrība', 'nodibinājums'], ['LV']],
  [['UAB', 'VšĮ', 'VsI'], ['LT']],
  [['AB'], ['SE', 'LT']],
  [['ЕООД', 'ООД', 'ЕАД', 'АД', 'ЕТ', 'СНЦ'], ['BG']],
  [
    ['Α.Ε.', 'ΑΕ', 'Ε.Π.Ε.', 'ΕΠΕ', 'Ι.Κ.Ε.', 'ΙΚΕ', 'Α.Μ.Κ.Ε.', 'ΑΜΚΕ', 'Ο.Ε.'],
    ['GR', 'CY'],
  ],
  [
    ['B.V.', 'BV', 'N.V.', 'NV', 'Stichting'],
    ['NL', 'BE'],
  ],
  [['CLG', 'DAC', 'Teoranta'], ['IE']],
  [['CIC', 'LLP'], ['GB']],
  [
    ['S.R.L.', 'SRL', 'S.r.l.'],
    ['RO', 'IT', 'MD'],
  ],
];

/**
 * Forms that are also short words of some language ("AS", "SA", "AB", "SAS", "APS", "ETS"): only in
 * capitals as written above; every other form in any case.
 */
const CASED = new Set(
  'AS AB SAS APS ETS CIC SCIC SCOP DAC CLG ΑΕ ΕΠΕ ΙΚΕ ΑΜΚΕ BV NV eG mbH Ky ЕТ АД ЕАД СНЦ'.split(' '),
);

interface Form {
  pattern: RegExp;
  /** The same pattern with the g flag, for taking every occurrence out. */
  everywhere: RegExp;
  countries: string[];
  length: number;
}

let forms: Form[] | undefined;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function table(): Form[] {
  // Longest first: "z. s. p. o." before "z. s.".
  forms ??= ANY_CASE.flatMap(([written, countries]) =>
    written.map((form) => {
      // A form stands apart: no letter touches it on either side ("Kft." but not "Kftx", "SA" not "SAVE").
      const source = `(?<![\\p{L}\\p{N}])${escape(form)}(?![\\p{L}\\p{N}])`;
      const flags = CASED.has(form) ? 'u' : 'iu';
      return {
        pattern: new RegExp(source, flags),
        everywhere: new RegExp(source, `${flags}g`),
        countries,
        length: form.length,
      };
    }),
  ).sort((a, b) => b.length - a.length);
  return forms;
}

/** legalForms.legalFormCountries: the form a name carries and the countries whose law has it. */
export function legalFormCountries(name: string): { form: string; countries: string[] } | undefined {
  for (const f of table()) {
    const m = f.pattern.exec(name);
    if (m) return { form: m[0], countries: f.countries };
  }
  return undefined;
}

/** legalForms.isLegalForm: the text is a legal form and nothing else ("z. s. (ČR)", "d.o.o."). */
export function isLegalForm(text: string): boolean {
  const bare = text
    .replace(/\([^()]*\)/g, ' ')
    .trim()
    .replace(/[,;]$/, '');
  return !!bare && table().some((f) => f.pattern.exec(bare)?.[0].length === bare.length);
}

/** legalForms.withoutLegalForms: the text with its legal forms taken out ("MAS Buchlov, z. s." -> "MAS Buchlov,"). */
export function withoutLegalForms(text: string): string {
  let out = text;
  for (const f of table()) out = out.replace(f.everywhere, ' ');
  return out.replace(/\s+/g, ' ').trim();
}
