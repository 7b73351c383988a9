// Step 7, for the review: what a page only mentions (observers, related projects, institutions, other
// organisations), and projects it gives no partners for. Nothing here becomes a partner.
import { resolveCountry } from '../../graph/countries';
import { nameKey } from '../../graph/normalise';
import { orgKindFromName } from '../../graph/orgKind';
import { findProgrammes } from '../../graph/programmes';
import type { DocumentExtraction, ReviewNote } from '../types';
import { allSentences, type DocumentContext } from './context';
import { tokenize } from './words';

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
function isCountryList(text: string): boolean {
  const parts = text.split(/\s*[,;]\s*|\s+(?:and|und|et|i|a|oraz|și|şi|и)\s+/u).filter(Boolean);
  return parts.length > 0 && parts.every((p) => resolveCountry(p));
}

/** mentions.mentionNotes: the review's notes on what the page names without making it a partner. */
export function mentionNotes(
  ctx: DocumentContext,
  out: DocumentExtraction,
  used: ReadonlySet<number>,
): ReviewNote[] {
  const notes: ReviewNote[] = [];
  const { lexicon: lx, stem } = ctx;
  for (const sentence of allSentences(ctx)) {
    for (const m of sentence.text.matchAll(/(?<![\p{L}])(\p{L}+)\s*\(([^()]{2,200})\)/gu)) {
      const word = tokenize(m[1]!);
      const listed = m[2]!;
      const observer = lx.notPartners.matchAt(word, 0, stem) > 0 || lx.project.test(word[0]?.folded ?? '');
      if (!observer || isCountryList(listed) || !/,/.test(listed)) continue;
      notes.push({
        kind: 'skipped',
        text: `named after "${m[1]}" (observers, related projects or initiatives), not partners: ${listed}`,
        quote: sentence.text,
      });
    }
    const institutions = [...new Set(lx.institutions.find(tokenize(sentence.text)).map((m) => m.phrase))];
    if (institutions.length)
      notes.push({
        kind: 'skipped',
        text: `institution only mentioned, not a partner: ${institutions.join(', ')}`,
        quote: sentence.text,
      });
  }
  const known = out.participations.flatMap((p) =>
    [p.organisation.name, ...p.organisation.otherNames, p.organisation.acronym ?? '']
      .filter(Boolean)
      .map(nameKey),
  );
  const mentioned: Array<{ candidate: string; key: string; quote: string }> = [];
  for (const sentence of allSentences(ctx)) {
    if (used.has(sentence.line)) continue;
    for (const candidate of organisationMentions(sentence.text)) {
      const key = nameKey(candidate);
      if (known.some((k) => k.includes(key) || key.includes(k)) || findProgrammes(candidate).length) continue;
      if (out.projects.some((p) => p.names.some((n) => nameKey(n).includes(key)))) continue;
      mentioned.push({ candidate, key, quote: sentence.text });
    }
  }
  // One note per body: the fullest spelling, e.g. "Klaster Zelena Synergia" over "Klaster Zelena".
  const fullest = mentioned.filter((m) => !mentioned.some((o) => o.key !== m.key && o.key.startsWith(m.key)));
  const reported = new Set<string>();
  for (const m of fullest) {
    if (reported.has(m.key)) continue;
    reported.add(m.key);
    notes.push({
      kind: 'skipped',
      text: `organisation mentioned but not stated as a partner: ${m.candidate}`,
      quote: m.quote,
      about: m.candidate,
    });
  }
  out.projects.forEach((project, index) => {
    if (out.participations.some((p) => p.project === index) || out.partOf.some((p) => p.child === index))
      return;
    notes.push({
      kind: 'ambiguous',
      text: `project "${project.label}" is named but this page gives no partner list or lead for it; organisations the page mentions are not made its partners`,
      quote: project.quotes[0],
      about: project.label,
    });
  });
  return notes;
}
