// Name normalisation shared by the pipeline and the importers: case and diacritics folding, slugs, typo distance.

const SPECIAL_LETTERS: Record<string, string> = {
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ı: 'i',
  þ: 'th',
};

/** Lower case without diacritics ("Judeţean" -> "judetean"); keeps every other character. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[łđðøæœßıþ]/g, (c) => SPECIAL_LETTERS[c] ?? c);
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
