// One document -> what it states: projects and their metadata, partner lists, leads, funding, subprojects.
import { resolveCountry } from '../graph/countries';
import { foldText, nameKey } from '../graph/normalise';
import { findProgrammes } from '../graph/programmes';
import type { Role } from '../graph/types';
import { cleanName, parseItem, withoutArticle } from './item';
import {
  BUDGET_WORDS,
  LEAD_MARKERS,
  COUNTED_PARTNERS,
  NUMBER_WORDS,
  PARTNER_COUNT,
  PERIOD_WORDS,
  PROJECT_LABEL,
  PROJECT_WORD,
  STATUS_LABEL,
  STATUS_VALUES,
  INSTITUTIONS,
  MENTIONED_LIST,
  SUBPROJECT_WORD,
  WITHIN_PHRASE,
} from './lexicon';
import { parseAmount } from './amounts';
import { parsePeriod } from './dates';
import { classifyHeading, tableRow } from './lists';
import { organisationMentions, resolveCountryList } from './mentions';
import { isNameLike, readName } from './names';
import { lines, sentences, type Segment } from './segment';
import type {
  CountryStatement,
  DocumentExtraction,
  ProjectRecord,
  ReviewNote,
  SourceDocument,
} from './types';

/** Length-keeping fold, so positions found in folded text are positions in the original. */
function foldKeep(text: string): string {
  return Array.from(text, (c) => {
    const f = foldText(c);
    return f.length === c.length ? f : c.toLowerCase().length === c.length ? c.toLowerCase() : c;
  }).join('');
}

const FOLDED_LEAD = LEAD_MARKERS.map(foldText).sort((a, b) => b.length - a.length);

interface ProjectMention {
  project: number;
  index: number;
  end: number;
}

/**
 * extract.extractDocument: what one document states about projects and partners. General by design: it
 * knows words of many languages and list layouts, never a particular page or organisation.
 */
export function extractDocument(doc: SourceDocument): DocumentExtraction {
  const projects: ProjectRecord[] = [];
  const mentionCounts: Array<Map<string, number>> = [];
  const notes: ReviewNote[] = [];
  const out: DocumentExtraction = {
    doc: doc.name,
    projects,
    participations: [],
    fundings: [],
    partOf: [],
    notes,
  };

  // Within one page a "+" may be dropped ("SMART" for "SMART+"); across pages it may not.
  const localKey = (name: string) => nameKey(name).replace(/ plus$/, '');
  const findProject = (name: string) =>
    projects.findIndex(
      (p) =>
        p.names.some((n) => localKey(n) === localKey(name)) ||
        (p.acronym && localKey(p.acronym) === localKey(name)),
    );
  const addProject = (name: string, quote: string, acronym?: string): number => {
    let index = findProject(name);
    if (index < 0 && acronym) index = findProject(acronym);
    if (index < 0) {
      index = projects.length;
      projects.push({ label: name, names: [], quotes: [] });
      mentionCounts.push(new Map());
    }
    const project = projects[index]!;
    if (!project.names.includes(name)) project.names.push(name);
    if (acronym) {
      project.acronym ??= acronym;
      if (!project.names.includes(acronym)) project.names.push(acronym);
    }
    if (!project.quotes.includes(quote)) project.quotes.push(quote);
    const counts = mentionCounts[index]!;
    counts.set(name, (counts.get(name) ?? 0) + 1);
    return index;
  };

  const allLines = lines(doc.readable);
  const allSentences: Segment[] = allLines.filter((l) => l.text).flatMap((l) => sentences(l));

  // 1. Project mentions: "projekt X", "proiectului X", "проектът X", "… – X" after a project word.
  const mentionsBySentence = new Map<Segment, ProjectMention[]>();
  for (const sentence of allSentences) {
    const found: ProjectMention[] = [];
    for (const word of sentence.text.matchAll(PROJECT_WORD)) {
      const after = sentence.text.slice(word.index + word[0].length);
      // "Projekt X", "projekta: X", "Project acronym: X", "Title of the project: X".
      const gap = (PROJECT_LABEL.exec(after) ?? /^\s*:?\s*/.exec(after))?.[0] ?? '';
      const read = readName(after.slice(gap.length));
      if (!read || /^\d/.test(read.name)) continue;
      const index = word.index + word[0].length + gap.length;
      const project = addProject(read.name, sentence.text, read.acronym);
      found.push({ project, index, end: index + read.length });
    }
    if (!found.length && sentence.text.match(PROJECT_WORD)) {
      const tail = /\s[–—-]\s+([^–—-]+)$/u.exec(sentence.text);
      const tailName = tail?.[1] ?? '';
      if (
        tail &&
        isNameLike(tailName) &&
        !findProgrammes(tailName).length &&
        findProgrammes(sentence.text).length
      ) {
        const index = tail.index + tail[0].length - tailName.length;
        found.push({ project: addProject(tailName.trim(), sentence.text), index, end: sentence.text.length });
      }
    }
    mentionsBySentence.set(sentence, found);
  }

  // Subprojects named in a list after a subproject word: "subproiectelor … – TREC, STP şi SMEGoNet –".
  const subprojectLists: Array<{ sentence: Segment; children: number[] }> = [];
  for (const sentence of allSentences) {
    const word = SUBPROJECT_WORD.exec(sentence.text);
    if (!word) continue;
    const after = sentence.text.slice(word.index + word[0].length);
    const list = /[–—:]\s*([^–—:]+?)\s*(?:[–—]|$)/u.exec(after);
    if (!list || !list[1]) continue;
    const items = list[1]
      .split(/\s*,\s*|\s+(?:şi|și|si|and|und|i|a|et|e|y|и|in|ir|és|oraz|ja|och|og|en)\s+/u)
      .filter(Boolean);
    if (items.length < 2 || !items.every(isNameLike)) continue;
    const children = items.map((item) => addProject(item.replace(/[.,;:]+$/, ''), sentence.text));
    subprojectLists.push({ sentence, children });
  }

  // Known project names wherever they occur ("SMART+ to projekt …"), not only after a project word.
  for (const sentence of allSentences) {
    const found = mentionsBySentence.get(sentence) ?? [];
    projects.forEach((project, index) => {
      for (const name of project.names) {
        if (name.length < 3) continue;
        const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}+])`, 'gu');
        for (const m of sentence.text.matchAll(pattern)) {
          const end = m.index + m[0].length;
          if (found.some((f) => f.index < end && m.index < f.end)) continue;
          found.push({ project: index, index: m.index, end });
        }
      }
    });
    found.sort((a, b) => a.index - b.index);
    mentionsBySentence.set(sentence, found);
  }

  if (!projects.length) {
    notes.push({ kind: 'skipped', text: 'no project named in this document; nothing extracted' });
    return out;
  }

  for (const [i, project] of projects.entries()) {
    const counts = [...(mentionCounts[i] ?? new Map<string, number>())];
    counts.sort((a, b) => b[1] - a[1] || b[0].length - a[0].length);
    // A long form given with an acronym is the label ("SME Go Global Networks (SMEGoNET)").
    const longForm = project.acronym
      ? project.names.find((n) => n !== project.acronym && n.split(' ').length > 1)
      : undefined;
    project.label = longForm ?? counts[0]?.[0] ?? project.label;
  }

  // 2. The project the page is about: the one its title names, else the only one, else the one it
  // names most, more than once and more than any other. A news page naming two projects once each
  // (a link, a passing mention) is about neither.
  const title = allLines.find((l) => l.text)?.text ?? '';
  const titleName = readName(title)?.name;
  let main = titleName ? findProject(titleName) : -1;
  if (main < 0) {
    const totals = projects.map((_, i) => [...(mentionCounts[i]?.values() ?? [])].reduce((a, b) => a + b, 0));
    const most = Math.max(...totals);
    const leaders = totals.filter((t) => t === most).length;
    if (projects.length === 1 || (most >= 2 && leaders === 1)) main = totals.indexOf(most);
  }
  if (main >= 0) {
    out.mainProject = main;
    if (titleName && findProject(titleName) === main) projects[main]!.quotes.unshift(title);
  }

  // Title lines like "Clusters Cord – Clusters and Cooperation for Regional Development … – 2CE202P1".
  for (const line of allLines) {
    const parts = line.text.split(/\s+[–—-]\s+/);
    if (parts.length < 2) continue;
    const first = findProject(parts[0]!.replace(/\s*\(.*\)$/, ''));
    if (first < 0) continue;
    const project = projects[first]!;
    for (const part of parts.slice(1)) {
      if (/^(?=.*\d)(?=.*[A-Z])[A-Z0-9]{5,}$/.test(part.trim()) && !project.code) {
        project.code = part.trim();
        project.quotes.push(line.text);
      } else if (part.split(' ').length >= 3 && isNameLike(part) && !project.names.includes(part.trim())) {
        project.names.push(part.trim());
        if (!project.quotes.includes(line.text)) project.quotes.push(line.text);
      }
    }
  }

  const named = (sentence: Segment) => mentionsBySentence.get(sentence) ?? [];
  // A sentence that names no project speaks of the one named before it in the same paragraph.
  const lineOf = (sentence: Segment) =>
    allLines.findIndex((l) => sentence.start >= l.start && sentence.start <= l.start + l.text.length);
  const subjectOf = (sentence: Segment) => {
    const own = named(sentence)[0]?.project;
    if (own !== undefined) return own;
    const line = lineOf(sentence);
    const earlier = allSentences.filter((s) => s.start < sentence.start && lineOf(s) === line);
    for (const s of earlier.reverse()) {
      const last = named(s).at(-1);
      if (last) return last.project;
    }
    return main;
  };

  // 3. Metadata: period, budget, number of partners, status.
  for (const sentence of allSentences) {
    const folded = foldText(sentence.text);
    const target = subjectOf(sentence);
    if (target < 0) continue;
    const project = projects[target]!;
    const note = () => {
      if (!project.quotes.includes(sentence.text)) project.quotes.push(sentence.text);
    };
    if (PERIOD_WORDS.some((w) => folded.includes(foldText(w)))) {
      const period = parsePeriod(sentence.text);
      if (period && !project.start) {
        project.start = period.start;
        project.end = period.end;
        note();
      }
    }
    const budget = BUDGET_WORDS.exec(sentence.text);
    if (budget && project.budgetEur === undefined) {
      const amount = /(?:€|EUR)\s*(\d[\d\s\u00a0.,]*\d)|(\d[\d\s\u00a0.,]*\d)(?:,-)?\s*(?:EUR|€|euro)/iu.exec(
        sentence.text.slice(budget.index),
      );
      const value = amount ? parseAmount(amount[1] ?? amount[2] ?? '') : undefined;
      if (value !== undefined) {
        project.budgetEur = value;
        note();
      }
    }
    const count = PARTNER_COUNT.exec(sentence.text);
    const counted = [...sentence.text.matchAll(COUNTED_PARTNERS)]
      .map((m) => {
        // "aus zwölf Partnern": the number may be the first or the second word before "partner".
        const value = (word = '') => (/^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[foldText(word)]);
        return value(m[2]) ?? value(m[1]);
      })
      .find((n) => n !== undefined && n > 1);
    const stated = count ? Number(count[1]) : counted;
    if (stated !== undefined && project.partnerCount === undefined) {
      project.partnerCount = stated;
      note();
    }
    const status = STATUS_LABEL.exec(sentence.text);
    if (status && status[1] && project.status === undefined) {
      const value = foldText(status[1]);
      project.status = STATUS_VALUES.find(([, words]) => words.includes(value))?.[0] ?? status[1];
      note();
    }
  }

  // 4. Funding: a programme named in a sentence funds the project named before it, or the page's project.
  for (const sentence of allSentences) {
    for (const mention of findProgrammes(sentence.text)) {
      const before = named(sentence)
        .filter((m) => m.end <= mention.index)
        .pop();
      const after = named(sentence).find((m) => m.index >= mention.index);
      const anaphoric =
        PROJECT_WORD.test(sentence.text) ||
        // "Financiranje: …", "Programme: …", "co-funded by …": the page's project is the one funded.
        /financ|finanţ|finanț|fund|förder|финанс|dofinans|program|програм/iu.test(sentence.text);
      PROJECT_WORD.lastIndex = 0;
      const project = before?.project ?? after?.project ?? (anaphoric ? main : -1);
      if (project < 0) continue;
      out.fundings.push({
        project,
        programme: mention.programme.slug,
        written: mention.matched,
        quote: sentence.text,
      });
    }
  }

  // 5. Subprojects: listed after a subproject word, or "project X … within project Y".
  for (const { sentence, children } of subprojectLists) {
    const parent = named(sentence).find((m) => !children.includes(m.project))?.project ?? main;
    for (const child of children)
      if (child !== parent && parent >= 0) out.partOf.push({ child, parent, quote: sentence.text });
  }
  for (const sentence of allSentences) {
    const within = WITHIN_PHRASE.exec(sentence.text);
    if (!within) continue;
    const child = named(sentence).find((m) => m.end <= within.index);
    const parent = named(sentence).find((m) => m.index >= within.index + within[0].length);
    if (child && parent && child.project !== parent.project) {
      out.partOf.push({ child: child.project, parent: parent.project, quote: sentence.text });
    }
  }

  // 6. Partner lists under headings, and inline lists after "partners … :".
  const consumed = new Set<number>();
  let role: Role | 'excluded' | undefined;
  let listProject = main;
  let headingCountry: CountryStatement | undefined;
  let items = 0;
  const addItem = (raw: string, quote: string, itemRole: Role) => {
    if (raw.trim().startsWith('|')) {
      const row = tableRow(raw);
      if (!row) return;
      raw = row;
    }
    if (listProject < 0) {
      notes.push({
        kind: 'skipped',
        text: 'partner entry, but the page names no single project it belongs to',
        quote,
      });
      return;
    }
    const parsed = parseItem(raw, quote, headingCountry);
    if (!parsed) {
      notes.push({ kind: 'skipped', text: 'list line not read as an organisation', quote });
      return;
    }
    notes.push(...parsed.notes);
    out.participations.push({
      project: listProject,
      organisation: parsed.organisation,
      role: parsed.role ?? itemRole,
      quote,
    });
    items += 1;
  };
  for (const [i, line] of allLines.entries()) {
    if (!line.text) {
      if (items > 0) role = undefined;
      continue;
    }
    const heading = classifyHeading(line.text);
    if (heading) {
      role = heading.role;
      headingCountry = undefined;
      items = 0;
      listProject = projectIn(line.text) ?? main;
      consumed.add(i);
      if (heading.value) {
        if (role === 'excluded')
          notes.push({
            kind: 'skipped',
            text: 'not a partner list (observers, hosts, related projects …)',
            quote: line.text,
          });
        else {
          // "A; B; C", or "A (DE), B (AT), C (IT)" when every entry closes with its country.
          const separator = heading.value.includes(';') ? /\s*;\s*/ : /(?<=\)),\s+/;
          const parts = heading.value.split(separator).filter((p) => p.trim());
          for (const part of parts) addItem(part, parts.length > 1 ? part.trim() : line.text, role);
        }
      }
      continue;
    }
    if (!role) continue;
    if (line.text.length > 250) {
      role = undefined;
      continue;
    }
    consumed.add(i);
    // The header row of a Markdown table is the row above its separator.
    if (
      line.text.startsWith('|') &&
      /^\|?[\s|:-]+\|?$/.test(allLines[i + 1]?.text ?? '') &&
      allLines[i + 1]?.text.includes('-')
    )
      continue;
    if (role === 'excluded') {
      notes.push({
        kind: 'skipped',
        text: 'listed under a heading that is not about partners',
        quote: line.text,
      });
      continue;
    }
    const asCountry = resolveCountry(line.text.replace(/:$/, ''));
    if (asCountry && line.text.replace(/:$/, '').trim().split(/\s+/).length <= 3) {
      headingCountry = { code: asCountry.code, written: asCountry.matched, quote: line.text, how: 'heading' };
      continue;
    }
    addItem(line.text, line.text, role);
  }

  // 7. Leads stated in sentences: "Partner Wiodący X: Org", "Org jest liderem tego projektu".
  for (const [i, line] of allLines.entries()) {
    if (!line.text || consumed.has(i)) continue;
    for (const sentence of sentences(line)) leadStatement(sentence);
  }

  // 8. For the review: what is only mentioned, and projects the page gives no partners for.
  for (const sentence of allSentences) {
    for (const m of sentence.text.matchAll(MENTIONED_LIST)) {
      const listed = m[2] ?? '';
      if (resolveCountryList(listed)) continue;
      notes.push({
        kind: 'skipped',
        text: `named after "${m[1]}" (observers, related projects or initiatives), not partners: ${listed}`,
        quote: sentence.text,
      });
    }
    const institutions = [...new Set([...sentence.text.matchAll(INSTITUTIONS)].map((m) => m[0]))];
    if (institutions.length) {
      notes.push({
        kind: 'skipped',
        text: `institution only mentioned, not a partner: ${institutions.join(', ')}`,
        quote: sentence.text,
      });
    }
  }
  const known = out.participations.flatMap((p) =>
    [p.organisation.name, ...p.organisation.otherNames, p.organisation.acronym ?? '']
      .filter(Boolean)
      .map(nameKey),
  );
  const mentioned: Array<{ candidate: string; key: string; quote: string }> = [];
  for (const [i, line] of allLines.entries()) {
    if (!line.text || consumed.has(i)) continue;
    for (const sentence of sentences(line)) {
      for (const candidate of organisationMentions(sentence.text)) {
        const key = nameKey(candidate);
        if (known.some((k) => k.includes(key) || key.includes(k)) || findProgrammes(candidate).length)
          continue;
        if (projects.some((p) => p.names.some((n) => nameKey(n).includes(key)))) continue;
        mentioned.push({ candidate, key, quote: sentence.text });
      }
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
  projects.forEach((project, index) => {
    const hasPartners = out.participations.some((p) => p.project === index);
    const isChild = out.partOf.some((p) => p.child === index);
    if (hasPartners || isChild) return;
    notes.push({
      kind: 'ambiguous',
      text: `project "${project.label}" is named but this page gives no partner list or lead for it; organisations the page mentions are not made its partners`,
      quote: project.quotes[0],
      about: project.label,
    });
  });

  function projectIn(text: string): number | undefined {
    const key = ` ${localKey(text)} `;
    const index = projects.findIndex((p) =>
      p.names.some((n) => localKey(n).length > 1 && key.includes(` ${localKey(n)} `)),
    );
    return index >= 0 ? index : undefined;
  }

  function leadStatement(sentence: Segment) {
    const folded = foldKeep(sentence.text);
    for (const marker of FOLDED_LEAD) {
      if (marker === 'lead') continue;
      const at = folded.search(new RegExp(`(?<![\\p{L}])${escapeRegExp(marker)}(?![\\p{L}])`, 'u'));
      if (at < 0) continue;
      const afterMarker = sentence.text.slice(at + marker.length);
      // "… Partnerem Wiodącym SMART+: The Aragonese Federation …"
      const colon = /^\s*([^:]{0,40}?)\s*:\s*(.+)$/u.exec(afterMarker);
      if (colon && colon[2]) {
        const project = colon[1] ? projectIn(colon[1]) : main;
        if (project !== undefined && project >= 0) {
          const parsed = parseItem(colon[2], sentence.text);
          if (parsed) {
            notes.push(...parsed.notes);
            out.participations.push({
              project,
              organisation: parsed.organisation,
              role: 'lead',
              quote: sentence.text,
            });
          }
        }
        return;
      }
      // "Klaster Lifescience jest liderem tego projektu."
      const before = sentence.text.slice(0, at);
      const copula =
        /^(.+?)\s+(?:is|jest|je|este|ist|è|est|es|е|on|er|är|on|ir|yra)\s+(?:\S+\s+){0,3}$/u.exec(before);
      if (copula && copula[1]) {
        const orgText = withoutArticle(cleanName(copula[1]));
        if (!/^\p{Lu}/u.test(orgText) || orgText.split(' ').length > 10 || PROJECT_WORD.test(orgText)) {
          PROJECT_WORD.lastIndex = 0;
          return;
        }
        const project = projectIn(afterMarker) ?? main;
        if (project < 0) return;
        const parsed = parseItem(orgText, sentence.text);
        if (parsed)
          out.participations.push({
            project,
            organisation: parsed.organisation,
            role: 'lead',
            quote: sentence.text,
          });
      }
      return;
    }
  }

  return out;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
