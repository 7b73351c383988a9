// What the details panel shows for one node: attributes, projects with roles, partners, countries,
// and the quotes that state each fact, with their document and language.
import { labelCollator } from './filterOptions';
import { documentLanguages } from './lang';
import { countryKey, countryOf } from './queries';
import { citePage, type PageCitation } from './sourcePages';
import type { ConsortiaGraph, NodeType, Role, Source } from './types';

export interface QuotedSource extends Source {
  /** BCP 47 language of the document, when it can be told. */
  lang?: string;
  /** The page the quote comes from: its title or address, and a link when known. */
  page: PageCitation;
  /** What the quote supports ("lead partner in Clusters Cord"). */
  fact: string;
}

export interface LinkedNode {
  key: string;
  label: string;
  role?: Role;
  /** Partners: how many projects they share with the node. */
  shared?: number;
  country?: string;
}

/** What a list of the panel needs: its length and a part of it (an array is one). */
export interface ListOf<T> {
  readonly length: number;
  slice(start?: number, end?: number): T[];
}

export interface NodeDetails {
  key: string;
  type: NodeType;
  label: string;
  /** Other names, as written in the documents. */
  aliases: string[];
  /** [name, value] pairs in display order; only attributes that are present. */
  facts: Array<[string, string]>;
  projects: LinkedNode[];
  /** Most projects together first, then by name; put in order only as far as it is read (rankedPartners). */
  partners: ListOf<LinkedNode>;
  /** The partners are being counted elsewhere (the view worker): `partners` is empty until they come. */
  partnersPending?: boolean;
  organisations: LinkedNode[];
  countries: LinkedNode[];
  sources: QuotedSource[];
}

/** Quotes read per document to tell its language: plenty for a majority vote, and bounded at any size. */
export const LANGUAGE_SAMPLE = 200;

/** Language per document (undefined: cannot be told), per graph; graphs are never changed in place. */
const languageCache = new WeakMap<ConsortiaGraph, Map<string, string | undefined>>();

/**
 * The language of a document, from its first LANGUAGE_SAMPLE quotes in the graph. The scan stops as soon
 * as the document asked for has its sample, and keeps every other document it completes, so a large
 * dataset is scanned in full at most once, and mostly not at all.
 */
function languageOf(graph: ConsortiaGraph, doc: string): string | undefined {
  let known = languageCache.get(graph);
  if (!known) languageCache.set(graph, (known = new Map()));
  if (known.has(doc)) return known.get(doc);
  const byDoc = new Map<string, string[]>();
  const done = (d: string) => known.has(d);
  const add = (sources: Source[]): boolean => {
    for (const s of sources) {
      if (done(s.doc)) continue;
      let quotes = byDoc.get(s.doc);
      if (!quotes) byDoc.set(s.doc, (quotes = []));
      quotes.push(s.quote);
      if (quotes.length === LANGUAGE_SAMPLE) {
        known.set(s.doc, documentLanguages(new Map([[s.doc, quotes]])).get(s.doc));
        byDoc.delete(s.doc);
        if (s.doc === doc) return true;
      }
    }
    return false;
  };
  let found = false;
  for (const { attributes } of graph.nodeEntries()) if ((found = add(attributes.sources))) break;
  if (!found) for (const { attributes } of graph.edgeEntries()) if ((found = add(attributes.sources))) break;
  // A full scan: every document seen now has all its quotes.
  if (!found) {
    const languages = documentLanguages(byDoc);
    for (const d of byDoc.keys()) known.set(d, languages.get(d));
    if (!known.has(doc)) known.set(doc, undefined);
  }
  return known.get(doc);
}

const ROLE_WORD: Record<Role, string> = {
  lead: 'lead partner',
  partner: 'partner',
  associated: 'associated partner',
};

/**
 * details.rankedPartners: partners by projects together (most first), then by name, each with its
 * country. A hub of a large dataset has tens of thousands of partners and the panel shows fifty: the
 * list is sorted and built only as far as it is read, a group of equal counts at a time (names compared
 * by the locale's collation cost more than counting the partners).
 */
export function rankedPartners(
  graph: ConsortiaGraph,
  together: ReadonlyMap<string, number>,
): ListOf<LinkedNode> {
  const byCount = new Map<number, string[]>();
  for (const [partner, count] of together) {
    const group = byCount.get(count);
    if (group) group.push(partner);
    else byCount.set(count, [partner]);
  }
  const counts = [...byCount.keys()].sort((x, y) => y - x);
  const ranked: LinkedNode[] = [];
  let next = 0;
  const readTo = (end: number) => {
    while (ranked.length < end && next < counts.length) {
      const count = counts[next++]!;
      const group = byCount.get(count)!.map((k) => ({ key: k, label: graph.getNodeAttribute(k, 'label') }));
      group.sort((x, y) => labelCollator.compare(x.label, y.label));
      for (const { key, label } of group)
        ranked.push({ key, label, shared: count, country: countryOf(graph, key) });
    }
  };
  return {
    length: together.size,
    slice(start = 0, end = together.size) {
      const from = start < 0 ? Math.max(0, together.size + start) : start;
      const to = end < 0 ? together.size + end : Math.min(end, together.size);
      readTo(to);
      return ranked.slice(from, to);
    },
  };
}

/** How nodeDetails gets an organisation's partners and the projects shared with each. */
export interface PartnerCounts {
  /**
   * Counted already (the view worker counts a large dataset's), or 'later': not counted here, the
   * details say they are pending. Absent: counted here, from the graph.
   */
  partners?: ReadonlyMap<string, number> | 'later';
}

/** details.nodeDetails: everything the panel lists for `key`, or null if the graph has no such node. */
export function nodeDetails(
  graph: ConsortiaGraph,
  key: string,
  { partners }: PartnerCounts = {},
): NodeDetails | null {
  if (!graph.hasNode(key)) return null;
  const a = graph.getNodeAttributes(key);
  const sources: QuotedSource[] = [];
  const cited = new Set<string>();
  const documents = graph.getAttribute('documents');
  const cite = (list: Source[], fact: string) => {
    for (const s of list) {
      const id = `${s.doc}\u0000${s.quote}`;
      if (cited.has(id)) continue;
      cited.add(id);
      const q: QuotedSource = { ...s, fact, page: citePage(documents, s.doc) };
      const l = languageOf(graph, s.doc);
      if (l) q.lang = l;
      sources.push(q);
    }
  };
  const label = (k: string) => graph.getNodeAttribute(k, 'label');
  const facts: Array<[string, string]> = [];
  const details: NodeDetails = {
    key,
    type: a.type,
    label: a.label,
    aliases: a.names.filter((n) => n !== a.label),
    facts,
    projects: [],
    partners: [],
    organisations: [],
    countries: [],
    sources,
  };
  const countryLink = (code: string | undefined): LinkedNode | undefined => {
    if (!code) return undefined;
    const k = countryKey(graph, code);
    return { key: k ?? code, label: k ? label(k) : code };
  };
  if (a.type === 'organisation') {
    if (a.kind) facts.push(['Kind', a.kind]);
    const where = [a.city, a.region].filter(Boolean).join(', ');
    if (where) facts.push(['Place', where]);
    const country = countryLink(a.country ?? countryOf(graph, key));
    if (country) details.countries.push(country);
    const together = partners === undefined ? new Map<string, number>() : null;
    graph.forEachOutEdge(key, (_, e, __, project) => {
      if (e.type !== 'participates_in') return;
      const role = e.role ?? 'partner';
      details.projects.push({ key: project, label: label(project), role });
      cite(e.sources, `${ROLE_WORD[role]} in ${label(project)}`);
      if (together)
        graph.forEachInEdge(project, (_, pe, other) => {
          if (pe.type !== 'participates_in' || other === key) return;
          together.set(other, (together.get(other) ?? 0) + 1);
        });
    });
    graph.forEachOutEdge(key, (_, e, __, country) => {
      if (e.type === 'located_in') cite(e.sources, `located in ${label(country)}`);
    });
    if (partners === 'later') details.partnersPending = true;
    else details.partners = rankedPartners(graph, together ?? partners!);
  } else if (a.type === 'project') {
    if (a.acronym && a.acronym !== a.label) facts.push(['Acronym', a.acronym]);
    if (a.code) facts.push(['Code', a.code]);
    if (a.programme && graph.hasNode(a.programme)) facts.push(['Programme', label(a.programme)]);
    if (a.start || a.end) facts.push(['Period', `${a.start ?? '?'} – ${a.end ?? '?'}`]);
    if (a.budgetEur !== undefined) facts.push(['Budget', `€${a.budgetEur.toLocaleString('en')}`]);
    if (a.partnerCount !== undefined) facts.push(['Partners (as stated)', String(a.partnerCount)]);
    if (a.status) facts.push(['Status', a.status]);
    const codes = new Set<string>();
    graph.forEachInEdge(key, (_, e, org) => {
      if (e.type === 'part_of') details.projects.push({ key: org, label: `${label(org)} (subproject)` });
      if (e.type !== 'participates_in') return;
      const role = e.role ?? 'partner';
      const country = countryOf(graph, org);
      if (country) codes.add(country);
      details.organisations.push({ key: org, label: label(org), role, country });
      cite(e.sources, `${label(org)}: ${ROLE_WORD[role]}`);
    });
    graph.forEachOutEdge(key, (_, e, __, target) => {
      if (e.type === 'part_of')
        details.projects.push({ key: target, label: `${label(target)} (parent project)` });
      if (e.type === 'part_of' || e.type === 'funded_by')
        cite(e.sources, `${e.type === 'part_of' ? 'part of' : 'funded by'} ${label(target)}`);
    });
    const order: Record<Role, number> = { lead: 0, partner: 1, associated: 2 };
    details.organisations.sort(
      (x, y) => order[x.role!] - order[y.role!] || labelCollator.compare(x.label, y.label),
    );
    details.countries = [...codes].sort().map((c) => countryLink(c)!);
  } else if (a.type === 'country') {
    facts.push(['Code', a.code]);
    graph.forEachInEdge(key, (_, e, org) => {
      if (e.type === 'located_in') details.organisations.push({ key: org, label: label(org) });
    });
    details.organisations.sort((x, y) => labelCollator.compare(x.label, y.label));
  } else {
    graph.forEachInEdge(key, (_, e, project) => {
      if (e.type === 'funded_by') details.projects.push({ key: project, label: label(project) });
    });
  }
  // The node's own quotes last, so a quote that states a role keeps that more telling fact.
  cite(a.sources, a.label);
  return details;
}
