// Step 4, project facts: period, budget, number of partners and status, each from a sentence that says it
// of the project named in it or before it (or the page's project).
import type { ProjectRecord } from '../types';
import { parseAmount } from '../amounts';
import { parsePeriod } from '../dates';
import { allSentences, type DocumentContext } from './context';
import type { FoundProjects } from './projects';
import { tokenize } from './words';

/** "sześć regionów partnerskich", "15 partners", "desať partnerov": a number before a partner word. */
function countedPartners(ctx: DocumentContext, text: string): number | undefined {
  const tokens = tokenize(text);
  for (const m of ctx.lexicon.partners.find(tokens, ctx.stem)) {
    for (const back of [1, 2]) {
      const word = tokens[m.from - back];
      if (!word) continue;
      const n = /^\d{1,3}$/.test(word.text) ? Number(word.text) : ctx.lexicon.numbers.get(word.folded);
      if (n !== undefined && n > 1) return n;
    }
  }
  return undefined;
}

/** The first number after a label ("Number of partners: 10", "Počet partnerů: 10"). */
function labelledCount(ctx: DocumentContext, text: string): number | undefined {
  const tokens = tokenize(text);
  for (const m of ctx.lexicon.partnerCount.find(tokens, ctx.stem)) {
    const next = tokens[m.to];
    if (
      next &&
      /^\d{1,3}$/.test(next.text) &&
      /^\s*:?\s*$/.test(text.slice(tokens[m.to - 1]!.end, next.start))
    )
      return Number(next.text);
  }
  return undefined;
}

function status(ctx: DocumentContext, text: string): string | undefined {
  const tokens = tokenize(text);
  for (const m of ctx.lexicon.status.find(tokens, ctx.stem)) {
    const after = text.slice(tokens[m.to - 1]!.end);
    const value =
      /^(?:\s+(?:projekt\p{L}*|proiect\p{L}*|of the project|du projet|del progetto|проекта))?\s*:\s*([\p{L}-]+(?:\s[\p{L}-]+)?)/iu.exec(
        after,
      );
    if (!value?.[1]) continue;
    for (const [key, set] of ctx.lexicon.statusValues) if (set.occursIn(value[1], ctx.stem)) return key;
    return value[1].split(' ')[0];
  }
  return undefined;
}

const AMOUNT = /(?:€|EUR)\s*(\d[\d\s\u00a0.,]*\d)|(\d[\d\s\u00a0.,]*\d)(?:,-)?\s*(?:EUR|€|euro|eur)/iu;

/** metadata.readMetadata: fills each project's period, budget, partner count and status in place. */
export function readMetadata(ctx: DocumentContext, found: FoundProjects): void {
  for (const sentence of allSentences(ctx)) {
    const own = found.mentions.find(
      (m) => m.start >= sentence.start && m.start < sentence.start + sentence.text.length,
    );
    const target =
      own?.project ?? found.mentions.filter((m) => m.start < sentence.start).pop()?.project ?? found.main;
    const project: ProjectRecord | undefined = found.projects[target >= 0 ? target : found.main];
    if (!project) continue;
    const note = () => {
      if (!project.quotes.includes(sentence.text)) project.quotes.push(sentence.text);
    };
    const tokens = tokenize(sentence.text);
    if (!project.start && ctx.lexicon.period.find(tokens, ctx.stem).length) {
      const period = parsePeriod(sentence.text);
      if (period) {
        project.start = period.start;
        project.end = period.end;
        note();
      }
    }
    const budget = ctx.lexicon.budget.find(tokens, ctx.stem)[0];
    if (budget && project.budgetEur === undefined) {
      const amount = AMOUNT.exec(sentence.text.slice(tokens[budget.from]!.start));
      const value = amount ? parseAmount(amount[1] ?? amount[2] ?? '') : undefined;
      if (value !== undefined) {
        project.budgetEur = value;
        note();
      }
    }
    const count = labelledCount(ctx, sentence.text) ?? countedPartners(ctx, sentence.text);
    if (count !== undefined && project.partnerCount === undefined) {
      project.partnerCount = count;
      note();
    }
    const value = project.status === undefined ? status(ctx, sentence.text) : undefined;
    if (value) {
      project.status = value;
      note();
    }
  }
}
