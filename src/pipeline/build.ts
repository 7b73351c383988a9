// Extractions of all documents + the alias book -> one resolved graph (plain records) and review notes.
import type { AliasBook, ParticipationAlias } from '../graph/aliases';
import { countryLabel } from '../graph/countries';
import { nameKey, slugify } from '../graph/normalise';
import { orgKindFromName } from '../graph/orgKind';
import { PROGRAMMES } from '../graph/programmes';
import { matchRegions } from '../graph/regions';
import { resolveMentions, type NameMention } from '../graph/resolve';
import { packByName } from './languages';
import { stemmerOf } from './languages/lexicon';
import type {
  CountryAttributes,
  EdgeAttributes,
  OrganisationAttributes,
  ProgrammeAttributes,
  ProjectAttributes,
  Role,
  Source,
} from '../graph/types';
import type {
  DocumentExtraction,
  ParticipationRecord,
  ProjectRecord,
  ReviewNote,
  SourceDocument,
} from './types';

export interface BuiltNode {
  key: string;
  attributes: OrganisationAttributes | ProjectAttributes | ProgrammeAttributes | CountryAttributes;
}

export interface BuiltEdge {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

export interface BuiltGraph {
  nodes: BuiltNode[];
  edges: BuiltEdge[];
  /** Review notes per document (file name), plus `*` for notes about the whole set. */
  notes: Map<string, ReviewNote[]>;
  /** Where each organisation's region was read: the document and the words naming it. */
  regions: RegionFact[];
}

export interface RegionFact {
  organisation: string;
  doc: string;
  code: string;
  name: string;
  /** The words of the source line that name the region. */
  written: string;
  /** The source line (a quote of the organisation's node). */
  quote: string;
}

const ROLE_RANK: Record<Role, number> = { lead: 3, partner: 2, associated: 1 };

/** A `partner:` entry of the alias file that the documents cannot back; the build stops on it. */
export class AliasEntryError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`alias file line ${line}: ${reason}`);
  }
}

/** A participation: read from a document, or given by the alias file (its project already resolved). */
interface Participation {
  doc: string;
  record: ParticipationRecord;
  fromAlias?: { entry: ParticipationAlias; project: string; projectSource: Source };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Occurrences of `name` as a whole name on one line (not inside a longer word); flags say the case. */
function namePattern(name: string, flags: string): RegExp {
  const words = name.trim().split(/\s+/).map(escapeRegExp).join('[^\\S\\r\\n]+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, flags);
}

/**
 * The alias file's `partner:` entries as participations: the organisation's name must occur verbatim in a
 * document (its first line there is the organisation's quote; every spelling differing only in case
 * becomes one of its names), and the project must be one the documents name (the sentence naming it is
 * the project's quote). Throws AliasEntryError when one of the two is found and the other is not; an
 * entry neither of whose names these documents contain is about other documents and is not used.
 */
function aliasParticipations(
  aliases: AliasBook,
  documents: SourceDocument[],
  projects: Map<string, BuiltNode>,
  notes: Map<string, ReviewNote[]>,
): Participation[] {
  const noteFor = (doc: string, note: ReviewNote) => notes.get(doc)?.push(note);
  const out: Participation[] = [];
  for (const entry of aliases.participations) {
    const exact = namePattern(entry.organisation, 'u');
    const home = documents.find((d) => exact.test(d.readable));
    const wanted = new Set([nameKey(entry.project)]);
    for (const same of aliases.same)
      if (same.names.some((n) => nameKey(n) === nameKey(entry.project)))
        for (const n of same.names) wanted.add(nameKey(n));
    const matches = [...projects.values()].filter((node) => {
      const a = node.attributes as ProjectAttributes;
      return [a.label, ...a.names, a.acronym, a.code].some((n) => n && wanted.has(nameKey(n)));
    });
    // Neither name in these documents: the entry is about other pages (the review lists it as not used).
    if (!home && !matches.length) continue;
    if (!home)
      throw new AliasEntryError(
        entry.line,
        `"${entry.organisation}" occurs in no document as written, though the project "${entry.project}" does; copy the name exactly as a page writes it`,
      );
    if (!matches.length)
      throw new AliasEntryError(
        entry.line,
        `no document names a project "${entry.project}", though "${entry.organisation}" occurs in ${home.name}`,
      );
    if (matches.length > 1)
      throw new AliasEntryError(
        entry.line,
        `"${entry.project}" names ${matches.length} projects (${matches.map((m) => m.key).join(', ')}); use a fuller name`,
      );
    const line = home.readable.split('\n').find((l) => exact.test(l))!;
    const quote = line.trim();
    const spellings = [entry.organisation];
    for (const d of documents)
      for (const m of d.readable.matchAll(namePattern(entry.organisation, 'giu')))
        if (!spellings.includes(m[0])) spellings.push(m[0]);

    const project = matches[0]!;
    const attrs = project.attributes as ProjectAttributes;
    const projectNames = [attrs.label, ...attrs.names, attrs.acronym].filter((n): n is string => !!n);
    const naming = (s: Source) => projectNames.some((n) => namePattern(n, 'iu').test(s.quote));
    const sources = [...attrs.sources].sort(
      (a, b) => Number(b.doc === home.name) - Number(a.doc === home.name),
    );
    const projectSource = sources.find(naming) ?? sources[0];
    if (!projectSource)
      throw new AliasEntryError(entry.line, `project "${entry.project}" has no sentence to quote`);

    out.push({
      doc: home.name,
      record: {
        project: -1,
        organisation: { name: entry.organisation, otherNames: spellings.slice(1), quote },
        role: entry.role,
        quote,
      },
      fromAlias: { entry, project: project.key, projectSource },
    });
    // The page's own notes said the opposite; they now point to the entry that overrules them.
    const overruled = ` (alias file line ${entry.line} makes "${entry.organisation}" ${entry.role === 'lead' ? 'its lead' : `a ${entry.role}`})`;
    for (const note of notes.get(home.name) ?? []) {
      const aboutProject = note.kind === 'ambiguous' && note.about === attrs.label;
      const aboutOrg =
        note.kind === 'skipped' && !!note.about && spellings.some((n) => nameKey(n) === nameKey(note.about!));
      if (aboutProject) note.text += overruled;
      if (aboutOrg) note.text += ` (a ${entry.role} of ${attrs.label} by alias file line ${entry.line})`;
    }
    noteFor(home.name, {
      kind: 'alias',
      text: `"${entry.organisation}" is ${entry.role === 'lead' ? 'the lead' : `a ${entry.role}`} of ${attrs.label} (“${projectSource.quote}”) from alias file line ${entry.line}: ${entry.comment}`,
    });
  }
  return out;
}

function addSource(sources: Source[], doc: string, quote: string) {
  if (!sources.some((s) => s.doc === doc && s.quote === quote)) sources.push({ doc, quote });
}

function uniqueKey(taken: Set<string>, base: string): string {
  let key = base;
  for (let n = 2; taken.has(key); n += 1) key = `${base}-${n}`;
  taken.add(key);
  return key;
}

/** Names the page shortened ("SMART" for "SMART+") identify a project only on that page. */
function crossDocumentNames(project: ProjectRecord): { names: string[]; local: string[] } {
  const names: string[] = [];
  const local: string[] = [];
  for (const name of project.names) {
    const shortened = project.names.some((o) => o !== name && nameKey(o) === `${nameKey(name)} plus`);
    (shortened ? local : names).push(name);
  }
  return { names, local };
}

/** A name with each word stemmed in its page's language, for merging case forms across pages. */
function stemmedName(name: string, language: string | undefined): string {
  const pack = language ? packByName(language) : undefined;
  const stem = pack ? stemmerOf(pack) : (w: string) => w;
  return nameKey(name)
    .split(' ')
    .map((w) => (w.length >= 5 ? stem(w) : w))
    .join(' ');
}

/** build.buildGraph: resolves projects and organisations across documents and makes nodes and edges. */
export function buildGraph(
  extractions: DocumentExtraction[],
  aliases: AliasBook,
  documents: SourceDocument[] = [],
): BuiltGraph {
  // Copies: the alias file's entries may amend a page's notes, and the extractions stay as read.
  const notes = new Map<string, ReviewNote[]>(
    extractions.map((e) => [e.doc, e.notes.map((n) => ({ ...n }))]),
  );
  const noteFor = (doc: string, note: ReviewNote) => notes.get(doc)?.push(note);
  const nodes = new Map<string, BuiltNode>();
  const edges = new Map<string, BuiltEdge>();
  const takenKeys = new Set<string>();
  const regions: RegionFact[] = [];

  // Projects.
  const projectRefs: Array<{ doc: string; local: number; record: ProjectRecord }> = [];
  for (const e of extractions)
    e.projects.forEach((record, local) => projectRefs.push({ doc: e.doc, local, record }));
  const projectMentions: NameMention[] = projectRefs.map(({ doc, record }) => {
    const { names, local } = crossDocumentNames(record);
    return { names, localNames: local, scope: doc };
  });
  const projectResolution = resolveMentions(projectMentions, aliases);
  for (const reason of projectResolution.reasons) {
    const a = projectRefs[reason.a]!;
    const b = projectRefs[reason.b]!;
    noteFor(b.doc, {
      kind: 'merged',
      text: `project "${b.record.label}" (${b.doc}) = "${a.record.label}" (${a.doc}): ${reason.rule}`,
    });
  }
  const projectKeyOf = new Map<string, string>();
  const groupKeys = new Map<number, string>();
  const projectGroups = new Map<number, number[]>();
  projectResolution.groups.forEach((g, i) => projectGroups.set(g, [...(projectGroups.get(g) ?? []), i]));
  for (const [group, members] of projectGroups) {
    const records = members.map((i) => projectRefs[i]!);
    const acronym = records.map((r) => r.record.acronym).find(Boolean);
    const labelled = records.find((r) => r.record.acronym) ?? records[0]!;
    const label = labelled.record.label;
    const key = uniqueKey(takenKeys, `project:${slugify(acronym ?? label)}`);
    groupKeys.set(group, key);
    const names: string[] = [];
    const sources: Source[] = [];
    const attributes: ProjectAttributes = { type: 'project', label, names, sources };
    for (const { doc, local, record } of records) {
      projectKeyOf.set(`${doc}#${local}`, key);
      for (const n of record.names) if (!names.includes(n)) names.push(n);
      for (const q of record.quotes) addSource(sources, doc, q);
      for (const field of [
        'acronym',
        'code',
        'start',
        'end',
        'budgetEur',
        'partnerCount',
        'status',
      ] as const) {
        const value = record[field];
        if (value === undefined) continue;
        const current = attributes[field];
        if (current === undefined) (attributes as unknown as Record<string, unknown>)[field] = value;
        else if (current !== value) {
          noteFor(doc, {
            kind: 'ambiguous',
            text: `project "${label}": ${field} ${String(value)} here differs from ${String(current)} stated earlier; the earlier value is kept`,
          });
        }
      }
    }
    nodes.set(key, { key, attributes });
  }
  const projectKey = (doc: string, local: number) => projectKeyOf.get(`${doc}#${local}`)!;

  // Programmes and funding.
  for (const e of extractions) {
    for (const f of e.fundings) {
      const programme = PROGRAMMES.find((p) => p.slug === f.programme)!;
      const key = `programme:${programme.slug}`;
      const node = nodes.get(key) ?? {
        key,
        attributes: {
          type: 'programme',
          label: programme.label,
          names: [],
          sources: [],
        } as ProgrammeAttributes,
      };
      nodes.set(key, node);
      const attrs = node.attributes as ProgrammeAttributes;
      if (!attrs.names.includes(f.written)) attrs.names.push(f.written);
      addSource(attrs.sources, e.doc, f.quote);
      const project = projectKey(e.doc, f.project);
      addEdge(edges, 'funded_by', project, key, e.doc, f.quote);
      const projectAttrs = nodes.get(project)!.attributes as ProjectAttributes;
      if (!projectAttrs.programme) projectAttrs.programme = key;
      else if (projectAttrs.programme !== key) {
        noteFor(e.doc, {
          kind: 'ambiguous',
          text: `project "${projectAttrs.label}" is linked to two programmes (${projectAttrs.programme}, ${key}); both edges are kept`,
          quote: f.quote,
        });
      }
    }
    for (const p of e.partOf) {
      const child = projectKey(e.doc, p.child);
      const parent = projectKey(e.doc, p.parent);
      if (child !== parent) addEdge(edges, 'part_of', child, parent, e.doc, p.quote);
    }
  }

  // Organisations.
  const participations: Participation[] = [];
  for (const e of extractions)
    for (const record of e.participations) participations.push({ doc: e.doc, record });
  participations.push(...aliasParticipations(aliases, documents, nodes, notes));
  const languages = new Map(extractions.map((e) => [e.doc, e.language]));
  const orgMentions: NameMention[] = participations.map(({ doc, record }) => {
    const names = [record.organisation.name, ...record.organisation.otherNames];
    return {
      names,
      localNames: record.organisation.acronym ? [record.organisation.acronym] : [],
      scope: doc,
      stemmedNames: names.map((n) => stemmedName(n, languages.get(doc))),
    };
  });
  const orgResolution = resolveMentions(orgMentions, aliases);
  for (const reason of orgResolution.reasons) {
    const a = participations[reason.a]!;
    const b = participations[reason.b]!;
    // Two entries of the alias file naming one organisation: nothing was merged that a person must check.
    if (a.fromAlias && b.fromAlias && a.record.organisation.name === b.record.organisation.name) continue;
    noteFor(b.doc, {
      kind: 'merged',
      text: `"${b.record.organisation.name}" = "${a.record.organisation.name}" (${a.doc}): ${reason.rule}`,
    });
  }
  const orgGroups = new Map<number, number[]>();
  orgResolution.groups.forEach((g, i) => orgGroups.set(g, [...(orgGroups.get(g) ?? []), i]));
  for (const members of orgGroups.values()) {
    const records = members.map((i) => participations[i]!);
    const first = records[0]!;
    const key = uniqueKey(takenKeys, `org:${slugify(first.record.organisation.name)}`);
    const names: string[] = [];
    const sources: Source[] = [];
    for (const { doc, record } of records) {
      const o = record.organisation;
      for (const n of [o.name, ...o.otherNames, ...(o.acronym ? [o.acronym] : [])])
        if (!names.includes(n)) names.push(n);
      addSource(sources, doc, o.quote);
    }
    const label = names.filter((n) => !isShort(n)).sort((a, b) => b.length - a.length)[0] ?? names[0]!;
    const attributes: OrganisationAttributes = { type: 'organisation', label, names, sources };

    // Country: stated beside the name beats a word inside the name; the alias file fills the gaps.
    const statements = records.flatMap(({ doc, record }) =>
      record.organisation.country ? [{ doc, s: record.organisation.country }] : [],
    );
    statements.sort((a, b) => rankHow(a.s.how) - rankHow(b.s.how));
    let country = statements[0];
    if (!country) {
      const alias = aliases.countries.find((c) => names.some((n) => nameKey(n) === nameKey(c.name)));
      if (alias) {
        country = {
          doc: first.doc,
          s: { code: alias.code, written: alias.name, quote: first.record.organisation.quote, how: 'alias' },
        };
        noteFor(first.doc, {
          kind: 'alias',
          text: `country ${alias.code} of "${label}" from alias file line ${alias.line}: ${alias.comment}`,
        });
      } else {
        noteFor(first.doc, {
          kind: 'ambiguous',
          text: `no country stated for "${label}"; none assigned`,
          quote: first.record.organisation.quote,
        });
      }
    }
    if (country) {
      const code = country.s.code;
      attributes.country = code;
      const countryKey = `country:${code}`;
      const node = nodes.get(countryKey) ?? {
        key: countryKey,
        attributes: {
          type: 'country',
          code,
          label: countryLabel(code),
          names: [],
          sources: [],
        } as CountryAttributes,
      };
      nodes.set(countryKey, node);
      const cAttrs = node.attributes as CountryAttributes;
      for (const { doc, s } of statements
        .filter((st) => st.s.code === code)
        .concat(statements.length ? [] : [country])) {
        if (s.how !== 'alias' && !cAttrs.names.includes(s.written)) cAttrs.names.push(s.written);
        if (s.how !== 'alias') addSource(cAttrs.sources, doc, s.quote);
        addEdge(edges, 'located_in', key, countryKey, doc, s.quote);
      }
      for (const { doc, s } of statements.filter((st) => st.s.code !== code)) {
        noteFor(doc, {
          kind: 'ambiguous',
          text: `"${label}": country ${s.code} ("${s.written}") here, ${code} kept`,
          quote: s.quote,
        });
      }
    }
    // Region and city: from the organisation's names first, then the line naming it (its source).
    const region = regionOf(records, attributes.country);
    if (region) {
      attributes.region = region.match.name;
      attributes.regionCode = region.match.code;
      regions.push({
        organisation: key,
        doc: region.doc,
        code: region.match.code,
        name: region.match.name,
        written: region.match.written,
        quote: region.quote,
      });
    }
    const city = records.map((r) => r.record.organisation.city).find(Boolean) ?? region?.match.city;
    if (city) attributes.city = city;
    const kind =
      orgKindFromName(names.join(' ; ')) ?? records.map((r) => r.record.organisation.kind).find(Boolean);
    if (kind) attributes.kind = kind;
    nodes.set(key, { key, attributes });

    // Participation: one edge per project, the strongest role any document states.
    for (const { doc, record, fromAlias } of records) {
      const project = fromAlias?.project ?? projectKey(doc, record.project);
      const edge = addEdge(edges, 'participates_in', key, project, doc, record.quote);
      if (fromAlias)
        addSource(edge.attributes.sources, fromAlias.projectSource.doc, fromAlias.projectSource.quote);
      const role = edge.attributes.role;
      if (!role || ROLE_RANK[record.role] > ROLE_RANK[role]) edge.attributes.role = record.role;
    }
  }

  return { nodes: [...nodes.values()], edges: [...edges.values()], notes, regions };
}

/** The words of a line that follow a name ("…, Cluj-Napoca (RO)"), not the other entries of the line. */
function lineAfterName(quote: string, name: string): string {
  const at = quote.indexOf(name);
  if (at < 0) return quote.length <= name.length + 60 ? quote : '';
  const rest = quote.slice(at, at + name.length + 60);
  return rest.split(/;|\s[•·|]\s/u)[0]!;
}

/** The first region stated in an organisation's names, else in the lines naming it, in document order. */
function regionOf(
  records: Array<{ doc: string; record: ParticipationRecord }>,
  country: string | undefined,
): { doc: string; quote: string; match: ReturnType<typeof matchRegions>[number] } | undefined {
  const options = country ? { country } : {};
  // The line around a name is read only for a region of the organisation's known country: a sentence
  // names many places, and a small word of it ("agentschap van de Vlaamse overheid") may spell one.
  for (const from of country ? (['names', 'line'] as const) : (['names'] as const)) {
    for (const { doc, record } of records) {
      const o = record.organisation;
      const texts = from === 'names' ? [o.name, ...o.otherNames] : [lineAfterName(o.quote, o.name)];
      for (const text of texts) {
        // A region is a proper name: "centar" in "Tehnološko-inovacijski centar Međimurje" is none.
        const match = matchRegions(text, options).find((m) => /^[\p{Lu}\p{N}]/u.test(m.written));
        if (match && o.quote.includes(match.written)) return { doc, quote: o.quote, match };
      }
    }
  }
  return undefined;
}

function rankHow(how: string): number {
  return ['explicit', 'heading', 'name', 'alias'].indexOf(how);
}

function isShort(name: string): boolean {
  return name.length <= 12 && !name.includes(' ');
}

function addEdge(
  edges: Map<string, BuiltEdge>,
  type: EdgeAttributes['type'],
  source: string,
  target: string,
  doc: string,
  quote: string,
): BuiltEdge {
  const key = `${type}:${source}->${target}`;
  const edge = edges.get(key) ?? { key, source, target, attributes: { type, sources: [] } };
  edges.set(key, edge);
  addSource(edge.attributes.sources, doc, quote);
  return edge;
}
