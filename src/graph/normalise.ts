// Name normalisation shared by the pipeline and the importers: case and diacritics folding, slugs, typo distance.

// Latin letters that Unicode does not decompose, and Cyrillic, written in Latin letters so that keys
// and searches meet across scripts ("Зелена" -> "zelena").
const TO_LATIN: Record<string, string> = {
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ı: 'i',
  þ: 'th',
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

/** Bulgarian official transliteration: "-ия" at a word's end is "ia" (синергия -> sinergia). */
function toLatin(lower: string): string {
  const text = lower.replace(/ия(?=$|[^\p{L}])/gu, 'иa');
  let out = '';
  for (const ch of text) out += TO_LATIN[ch] ?? ch;
  return out;
}

/** Lower case, in Latin letters, without diacritics ("Judeţean" -> "judetean", "Зелена" -> "zelena"). */
export function foldText(text: string): string {
  return toLatin(text.toLowerCase()).normalize('NFKD').replace(/\p{M}/gu, '');
}

/** Collapses runs of white space (including no-break spaces) to one space and trims. */
export function tidySpaces(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/**
 * The comparison key of a name: folded, `+` read as "plus", `@` as "a", every other punctuation mark
 * a space. "SMEGoNET" and "SMEGoNet" share a key; "SMART+" ("smart plus") and "Sm@rt Region" do not.
 */
export function nameKey(name: string): string {
  return foldText(name)
    .replace(/\+/g, ' plus ')
    .replace(/@/g, 'a')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A readable, stable key part: "Sm@rt Region" -> "smart-region", "SMART+" -> "smart-plus". */
export function slugify(name: string): string {
  return nameKey(name).replace(/ /g, '-') || 'unnamed';
}

/** True when `a` and `b` differ by at most one insertion, deletion, substitution or swap of neighbours. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return longer.slice(i + 1) === shorter.slice(i);
}
