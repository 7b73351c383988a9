// What the details panel shows for one node: attributes, projects with roles, partners, countries,
// and the quotes that state each fact, with their document and language.
import { documentLanguages } from './lang';
import { countryKey, countryOf } from './queries';
import type { ConsortiaGraph, NodeType, Role, Source } from './types';

export interface QuotedSource extends Source {
  /** BCP 47 language of the document, when it can be told. */
  lang?: string;
  /** What the quote supports ("lead partner in Clusters Cord"). */
  fact: string;
}

export interface LinkedNode {
  key: string;
  label: string;
  role?: Role;
  /** Partners: projects shared with the node. */
  shared?: string[];
  country?: string;
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
  partners: LinkedNode[];
  organisations: LinkedNode[];
  countries: LinkedNode[];
  sources: QuotedSource[];
}

function languages(graph: ConsortiaGraph): Map<string, string> {
  const byDoc = new Map<string, string[]>();
  const add = (sources: Source[]) => {
    for (const s of sources) byDoc.set(s.doc, [...(byDoc.get(s.doc) ?? []), s.quote]);
  };
  graph.forEachNode((_, a) => add(a.sources));
  graph.forEachEdge((_, a) => add(a.sources));
  return documentLanguages(byDoc);
}

const ROLE_WORD: Record<Role, string> = {
  lead: 'lead partner',
  partner: 'partner',
  associated: 'associated partner',
};

/** details.nodeDetails: everything the panel lists for `key`, or null if the graph has no such node. */
export function nodeDetails(graph: ConsortiaGraph, key: string): NodeDetails | null {
  if (!graph.hasNode(key)) return null;
  const a = graph.getNodeAttributes(key);
  const lang = languages(graph);
  const sources: QuotedSource[] = [];
  const cite = (list: Source[], fact: string) => {
    for (const s of list) {
      const q: QuotedSource = { ...s, fact };
      const l = lang.get(s.doc);
      if (l) q.lang = l;
      if (!sources.some((o) => o.doc === q.doc && o.quote === q.quote)) sources.push(q);
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
    const partners = new Map<string, string[]>();
    graph.forEachOutEdge(key, (_, e, __, project) => {
      if (e.type !== 'participates_in') return;
      const role = e.role ?? 'partner';
      details.projects.push({ key: project, label: label(project), role });
      cite(e.sources, `${ROLE_WORD[role]} in ${label(project)}`);
      graph.forEachInEdge(project, (_, pe, other) => {
        if (pe.type !== 'participates_in' || other === key) return;
        partners.set(other, [...(partners.get(other) ?? []), project]);
      });
    });
    graph.forEachOutEdge(key, (_, e, __, country) => {
      if (e.type === 'located_in') cite(e.sources, `located in ${label(country)}`);
    });
    details.partners = [...partners]
      .map(([k, shared]) => ({ key: k, label: label(k), shared, country: countryOf(graph, k) }))
      .sort((x, y) => y.shared!.length - x.shared!.length || x.label.localeCompare(y.label));
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
    details.organisations.sort((x, y) => order[x.role!] - order[y.role!] || x.label.localeCompare(y.label));
    details.countries = [...codes].sort().map((c) => countryLink(c)!);
  } else if (a.type === 'country') {
    facts.push(['Code', a.code]);
    graph.forEachInEdge(key, (_, e, org) => {
      if (e.type === 'located_in') details.organisations.push({ key: org, label: label(org) });
    });
    details.organisations.sort((x, y) => x.label.localeCompare(y.label));
  } else {
    graph.forEachInEdge(key, (_, e, project) => {
      if (e.type === 'funded_by') details.projects.push({ key: project, label: label(project) });
    });
  }
  // The node's own quotes last, so a quote that states a role keeps that more telling fact.
  cite(a.sources, a.label);
  return details;
}
