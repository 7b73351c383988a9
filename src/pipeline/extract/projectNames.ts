// Reading names of projects from running text: capitalised and camel-cased words, with an acronym.

/** A name token: starts with a capital or digit, or is camel-cased ("regioNet", "eTwinning"). */
const NAME_TOKEN = /^(?:[\p{Lu}\p{N}][\p{L}\p{N}@+&'’.-]*|\p{Ll}+\p{Lu}[\p{L}\p{N}@+-]*)$/u;
const CONNECTORS = new Set([
  'of',
  'and',
  'for',
  'in',
  'the',
  '&',
  'de',
  'des',
  'du',
  'di',
  'für',
  'und',
  'et',
  'e',
  'y',
]);

/** Reads a project name from the start of `text` ("SME Go Global Networks (SMEGoNET) realizowany …"). */
export function readName(text: string): { name: string; acronym?: string; length: number } | undefined {
  const words = text.split(/(\s+)/);
  const taken: string[] = [];
  let consumed = 0;
  for (let i = 0; i < words.length; i += 2) {
    const word = words[i] ?? '';
    const clean = word.replace(/[.,;:!?)»"”]+$/u, '');
    const isName = NAME_TOKEN.test(clean) && (taken.length > 0 || /\p{L}/u.test(clean));
    const isConnector =
      taken.length > 0 &&
      CONNECTORS.has(clean) &&
      NAME_TOKEN.test((words[i + 2] ?? '').replace(/[.,;:]+$/, ''));
    if (!isName && !isConnector) break;
    if (taken.length === 0 && !/^\p{L}/u.test(clean)) break;
    taken.push(clean);
    consumed += word.length + (words[i + 1]?.length ?? 0);
    // A name ends at its line ("… tikšanās ONLINE" / "2021. gada …").
    if (clean !== word || taken.length >= 14 || (words[i + 1] ?? '').includes('\n')) break;
  }
  if (!taken.length) return undefined;
  const name = taken.join(' ');
  const rest = text.slice(consumed);
  const acr = /^\(([\p{L}\p{N}@+-]{2,16})\)/u.exec(rest);
  if (acr && acr[1] && /\p{Lu}.*\p{Lu}/u.test(acr[1]))
    return { name, acronym: acr[1], length: consumed + acr[0].length };
  return { name, length: consumed };
}

/** A text that looks like a name as a whole ("ETV 4 Innovation", "IART Territories"). */
export function isNameLike(text: string): boolean {
  const r = readName(text.trim());
  return !!r && r.name.length === text.trim().replace(/[.,;:]+$/, '').length;
}
