// Step 3b, read profiles: a partners' page that presents each partner by a paragraph, under its name
// ("Ambiente Italia SRL" / "Ambiente Italia is a consultancy …") or opening with it ("ALDA was established
// in 1999 …"). The name is the subject of the paragraph's first sentence.
import { foldText } from '../../graph/normalise';
import type { PartnerEntry } from './blocks';
import { ownWords, type DocumentContext, type Line } from './context';
import { isAcronym, isOrganisationName } from './names';
import { partnersPage, type FoundProjects } from './projects';
import { tokenize } from './words';

/** The words before the first verb of being of a sentence, without an article: "The Metropolitan City of Milan (CMM)". */
function subjectOf(ctx: DocumentContext, sentence: string): string | undefined {
  const tokens = tokenize(sentence).slice(0, 14);
  const copula = ownWords(ctx, 'copula');
  const verb = tokens.findIndex((t, i) => i > 0 && /^\p{Ll}/u.test(t.text) && copula.matchAt(tokens, i) > 0);
  if (verb < 0) return undefined;
  const article = ownWords(ctx, 'articles').matchAt(tokens, 0);
  const first = tokens[article];
  if (!first || article >= verb) return undefined;
  let end = tokens[verb - 1]!.end;
  // "… del Vorarlberg (FHV) è situata": the parenthesis closes.
  if (sentence.slice(first.start, end).split('(').length > sentence.slice(first.start, end).split(')').length)
    end = Math.max(end, sentence.indexOf(')', end) + 1);
  return withoutElision(sentence.slice(first.start, end).replace(/[\s,]+$/, ''));
}

/** "L’Università di …": without its elided article. */
const withoutElision = (name: string) => name.trim().replace(/^(?:l|d|un)['’](?=\p{Lu})/iu, '');

const nameOnly = (text: string) => foldText(text.replace(/\([^()]*\)/g, ' ')).trim();

/** The short line above a paragraph, when it names what the paragraph's subject names. */
function headingFor(ctx: DocumentContext, line: Line, subject: string): Line | undefined {
  const above = ctx.lines.slice(0, line.index).findLast((l) => l.text);
  if (!above || above.text.length > 120 || /[.:]$/.test(above.text)) return undefined;
  const a = nameOnly(above.text);
  const s = nameOnly(subject);
  return a.includes(s) || s.includes(a) ? above : undefined;
}

/** profiles.readProfiles: one entry per partner a partners' page presents by a paragraph. */
export function readProfiles(ctx: DocumentContext, found: FoundProjects, used: Set<number>): PartnerEntry[] {
  if (!partnersPage(ctx)) return [];
  const project = found.main >= 0 ? found.main : found.projects.length === 1 ? 0 : -1;
  const entries: PartnerEntry[] = [];
  for (const line of ctx.lines) {
    if (used.has(line.index) || line.text.length < 80) continue;
    const sentence = ctx.sentences.find((s) => s.line === line.index);
    const subject = sentence && subjectOf(ctx, sentence.text);
    if (!subject) continue;
    const heading = headingFor(ctx, line, subject);
    if (heading && used.has(heading.index)) continue;
    const named = heading?.text ?? subject;
    if (!isOrganisationName(ctx, named) && !(isAcronym(subject) && subject.length >= 3)) continue;
    const at = heading ?? line;
    entries.push({
      raw: heading ? withoutElision(heading.text) : subject,
      quote: heading ? heading.text : sentence.text,
      role: 'partner',
      project,
      line: at.index,
    });
    used.add(line.index);
    if (heading) used.add(heading.index);
  }
  return entries;
}
