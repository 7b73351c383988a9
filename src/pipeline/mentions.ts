// Organisations a page only mentions (for the review), and lists that are countries, not partners.
import { resolveCountry } from '../graph/countries';
import { orgKindFromName } from '../graph/orgKind';

const MENTION_CONNECTORS = new Set([
  'of',
  'for',
  'and',
  'de',
  'di',
  'du',
  'des',
  'za',
  'pro',
  'na',
  'für',
  'a',
  'i',
  'e',
]);

/**
 * Runs of capitalised words that an organisation word makes a body ("Klaster Zelena Synergia",
 * "klaster FEMAC"): candidates for the review's list of organisations only mentioned.
 */
export function organisationMentions(text: string): string[] {
  const tokens = text.split(/\s+/).map((t) => t.replace(/^[„"“(«]+|[.,;:!?)»"”]+$/gu, ''));
  const found: string[] = [];
  let run: string[] = [];
  const flush = () => {
    while (run.length && MENTION_CONNECTORS.has(run[run.length - 1]!)) run.pop();
    const candidate = run.join(' ');
    if (run.length >= 2 && orgKindFromName(candidate) && /\p{Lu}/u.test(candidate.slice(1)))
      found.push(candidate);
    run = [];
  };
  tokens.forEach((token, i) => {
    // Navigation glued into one word ("ConsiliulProgrameExecutivJudetul") is not a name.
    const glued = (token.match(/\p{Ll}\p{Lu}/gu) ?? []).length >= 2;
    const capitalised = !glued && /^\p{Lu}[\p{L}\p{N}&.'’-]*$/u.test(token) && /\p{L}{2}/u.test(token);
    const orgWord =
      !glued && !capitalised && orgKindFromName(token) !== undefined && /^\p{Lu}/u.test(tokens[i + 1] ?? '');
    if (capitalised || orgWord) run.push(token);
    else if (run.length && MENTION_CONNECTORS.has(token)) run.push(token);
    else flush();
  });
  flush();
  return found;
}

/** "Hiszpanią, Grecją oraz Rumunią": a list of countries, not of organisations. */
export function resolveCountryList(text: string): boolean {
  const parts = text.split(/\s*[,;]\s*|\s+(?:and|und|et|i|a|oraz|și|şi|и)\s+/u).filter(Boolean);
  return parts.length > 0 && parts.every((p) => resolveCountry(p));
}
