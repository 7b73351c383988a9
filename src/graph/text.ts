// Folding text for search: case, diacritics, Latin ligatures and Cyrillic (to Latin), plus a light
// stem so inflected name forms meet ("Ústeckého" and "ustecky" both give "usteck").

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sht',
  ъ: 'a',
  ь: 'y',
  ю: 'yu',
  я: 'ya',
  ё: 'yo',
  ы: 'y',
  э: 'e',
  є: 'ye',
  і: 'i',
  ї: 'yi',
  ґ: 'g',
  ђ: 'dj',
  ј: 'j',
  љ: 'lj',
  њ: 'nj',
  ћ: 'c',
  џ: 'dz',
  ѓ: 'gj',
  ќ: 'kj',
  ѕ: 'dz',
};
const LATIN: Record<string, string> = {
  ł: 'l',
  đ: 'd',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/** Bulgarian official transliteration: "-ия" at a word's end is "ia" (България → Bulgaria). */
function transliterate(word: string): string {
  const w = word.replace(/ия(?=$|[^\p{L}])/gu, 'иa');
  let out = '';
  for (const ch of w) out += CYRILLIC[ch] ?? LATIN[ch] ?? ch;
  return out;
}

/** Lower case, Cyrillic to Latin, diacritics removed: "Babeş" → "babes", "Зелена" → "zelena". */
export function foldText(text: string): string {
  return transliterate(text.toLowerCase())
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
}

const ENDINGS = [
  'ego',
  'eho',
  'emu',
  'ych',
  'ymi',
  'ych',
  'ym',
  'ou',
  'ii',
  'ei',
  'y',
  'a',
  'e',
  'i',
  'o',
  'u',
];

/** Strips one common inflectional ending when at least four letters remain. */
export function lightStem(term: string): string {
  for (const ending of ENDINGS) {
    if (term.endsWith(ending) && term.length - ending.length >= 4) return term.slice(0, -ending.length);
  }
  return term;
}

/** Search term: folded and stemmed; null drops empty terms. */
export function searchTerm(term: string): string | null {
  const folded = foldText(term).replace(/[^\p{L}\p{N}+@]/gu, '');
  return folded ? lightStem(folded) : null;
}
