// One document -> what it states about projects and partners, in named steps over a read-only context:
// find projects, find lists, read profiles, read prose, read items (with their countries), assign roles, then metadata,
// funding and what is only mentioned. General by design: no step names a page, an organisation or a project.
import type { Role } from '../../graph/types';
import type {
  CountryStatement,
  DocumentExtraction,
  ParticipationRecord,
  ReviewNote,
  SourceDocument,
} from '../types';
import { findBlocks } from './blocks';
import { makeContext, type DocumentContext } from './context';
import { isFunder, readFunding, readSubprojects } from './funding';
import { readItem } from './items';
import { mentionNotes } from './mentions';
import { readMetadata } from './metadata';
import {
  findProjects,
  pageAsProject,
  projectFromAddress,
  projectFromTitle,
  type FoundProjects,
} from './projects';
import { readProfiles } from './profiles';
import { readProse } from './prose';
import { tokenize } from './words';

export { makeContext } from './context';

interface Entry {
  raw: string;
  quote: string;
  role: Role;
  project: number;
  country?: CountryStatement;
  carrier?: boolean;
}

/**
 * The project of partners a page gives no project for: the only one it names; else the one it names most
 * (the first of those), said in the review; else the one its address names, as inferred.
 */
function fallbackProject(ctx: DocumentContext, found: FoundProjects, notes: ReviewNote[]): number {
  if (found.projects.length === 1) return 0;
  if (found.projects.length) {
    const counts = found.projects.map((_, i) => found.mentions.filter((m) => m.project === i).length);
    const best = counts.indexOf(Math.max(...counts));
    notes.push({
      kind: 'ambiguous',
      text: `the page names ${found.projects.length} projects and says of none that it is the page's; its partners are given to "${found.projects[best]!.label}", the one named most (first)`,
      quote: found.projects[best]!.quotes[0],
      about: found.projects[best]!.label,
    });
    return best;
  }
  const named = projectFromTitle(ctx) ?? projectFromAddress(ctx);
  const inferred = named ?? pageAsProject(ctx);
  if (!inferred) return -1;
  found.projects.push({ label: inferred.name, names: [inferred.name], quotes: [inferred.quote] });
  found.main = 0;
  notes.push({
    kind: 'inferred',
    text: named
      ? `project "${inferred.name}" is named only by the page's ${inferred.quote === ctx.doc.source?.quote ? 'address' : 'title'}; its partners are this page's list`
      : `the page names no project; its partners are kept under a project named after the page ("${inferred.name}"), to be renamed`,
    quote: inferred.quote,
  });
  return 0;
}

/** Step 6, roles: the body a project is carried out by ("derulat de", "implemented by … in partnership
 * with …") leads it when the page names no other lead. */
function assignCarriers(participations: ParticipationRecord[], carriers: Set<ParticipationRecord>) {
  for (const p of carriers) {
    const hasLead = participations.some((o) => o.project === p.project && o.role === 'lead');
    const partnered = participations.some((o) => o.project === p.project && o !== p && !carriers.has(o));
    if (!hasLead && partnered) p.role = 'lead';
  }
}

/** "… plėtros fondo parama – 345 627,29 Eur (85%)": a sum of money is a budget line, not a partner. */
const MONEY = /\d[\d\s.,]*\s?(?:EUR|Eur|eur|€|euro|евро|ευρώ)\b|€\s?\d/u;

/** Why a name read from an entry is no partner at all, or undefined when it may be one. */
function notAPartner(ctx: DocumentContext, name: string): string | undefined {
  // "kommuner i projektet Urban Platsinnovation": words in lower case that go on to name the project.
  const aboutTheProject =
    /^\p{Ll}/u.test(name) && tokenize(name).some((t) => ctx.lexicon.project.test(t.folded));
  if (aboutTheProject || MONEY.test(name)) return 'words about the project or its money, not an organisation';
  if (isFunder(name)) return 'a fund or programme pays for projects, it is no partner';
  return undefined;
}

/** extract.extractDocument: what one document states about projects and partners. */
export function extractDocument(doc: SourceDocument): DocumentExtraction {
  const ctx = makeContext(doc);
  const found = findProjects(ctx);
  const notes: ReviewNote[] = [...found.notes];
  const out: DocumentExtraction = {
    doc: doc.name,
    language: ctx.pack.code,
    projects: found.projects,
    participations: [],
    fundings: [],
    partOf: [],
    notes,
  };
  const addProject = (name: string, quote: string, at: { start: number; end: number }) => {
    let index = found.projects.findIndex((p) => p.names.includes(name));
    if (index < 0) {
      found.projects.push({ label: name, names: [name], quotes: [quote] });
      index = found.projects.length - 1;
    }
    found.mentions.push({ project: index, ...at });
    found.mentions.sort((a, b) => a.start - b.start);
    return index;
  };
  out.partOf = readSubprojects(ctx, found, addProject);

  const blocks = findBlocks(ctx, found, addProject);
  notes.push(...blocks.notes);
  const profiles = readProfiles(ctx, found, blocks.used);
  const entries: Entry[] = [...blocks.entries, ...profiles, ...readProse(ctx, found, blocks.used)];
  if (entries.some((e) => e.project < 0)) {
    const project = fallbackProject(ctx, found, notes);
    for (const e of entries) if (e.project < 0) e.project = project;
  }
  if (!found.projects.length) {
    notes.push({ kind: 'skipped', text: 'no project named in this document; nothing extracted' });
    return out;
  }
  if (found.main >= 0) out.mainProject = found.main;

  const carriers = new Set<ParticipationRecord>();
  for (const entry of entries) {
    if (entry.project < 0) {
      notes.push({
        kind: 'skipped',
        text: 'partner entry, but the page names no single project it belongs to',
        quote: entry.quote,
      });
      continue;
    }
    const parsed = readItem(ctx, entry.raw, entry.quote, entry.country ? { country: entry.country } : {});
    if (!parsed) {
      notes.push({ kind: 'skipped', text: 'list line not read as an organisation', quote: entry.quote });
      continue;
    }
    const rejected = notAPartner(ctx, parsed.organisation.name);
    if (rejected) {
      notes.push({ kind: 'skipped', text: rejected, quote: entry.quote });
      continue;
    }
    notes.push(...parsed.notes);
    const record: ParticipationRecord = {
      project: entry.project,
      organisation: parsed.organisation,
      role: parsed.role ?? entry.role,
      quote: entry.quote,
    };
    out.participations.push(record);
    if (entry.carrier && !parsed.role) carriers.add(record);
  }
  assignCarriers(out.participations, carriers);

  readMetadata(ctx, found);
  out.fundings = readFunding(ctx, found);
  notes.push(...mentionNotes(ctx, out, blocks.used));
  return out;
}
