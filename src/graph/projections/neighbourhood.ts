// An ego view's neighbourhood as data, before anything is built: who is how many project hops from the
// centre, and how large the view of it is. Depth counts project hops: depth 1 = the node's projects (or
// partners) and who is in them; each further step adds the partners' other projects and their partners.
import { NODE_TYPES, type ConsortiaGraph, type EdgeAttributes, type NodeType } from '../types';
import { countedEdge } from './common';

export interface Neighbourhood {
  root: string;
  /** rings[0] is the root; rings[i] the nodes first reached in i org–project half-steps. */
  rings: string[][];
  /** The nodes of every ring (the countries and programmes that come along are not in it). */
  members: Set<string>;
  /** countNode of each node whose edges the walk read. */
  counts: Map<string, number>;
  /** How many rings, from the root, the walk read the edges of (all but the last; none from a country). */
  read: number;
  /** The participations into the rings the walk read (both ends are members). */
  participationsIn: number;
  /** The other in-edges of those rings, as source, target, source, target, … */
  otherIn: string[];
}

/** Countries and programmes come along with the organisations and projects located in or funded by them. */
export const isContextEdge = (a: EdgeAttributes): boolean =>
  a.type === 'located_in' || a.type === 'funded_by';

/**
 * neighbourhood.walkNeighbourhood: the rings of `root` (a project or organisation) out to `depth` project
 * hops; a country's or programme's neighbourhood is its own organisations or projects. Reads the edges
 * of every ring but the last, so it costs the neighbourhood's participations.
 */
export function walkNeighbourhood(graph: ConsortiaGraph, root: string, depth: number): Neighbourhood {
  const members = new Set<string>([root]);
  const rings: string[][] = [[root]];
  const counts = new Map<string, number>();
  const otherIn: string[] = [];
  let participationsIn = 0;
  const rootType = graph.getNodeAttribute(root, 'type');
  if (rootType !== 'organisation' && rootType !== 'project') {
    const next = graph.neighbors(root).filter((n) => !members.has(n));
    for (const n of next) members.add(n);
    rings.push(next);
    return { root, rings, members, counts, read: 0, participationsIn, otherIn };
  }
  // Each org–project hop is one half-step; depth d means 2d half-steps from an organisation,
  // 2d - 1 from a project (a project's consortium is one half-step away).
  const halfSteps = rootType === 'project' ? 2 * depth - 1 : 2 * depth;
  let frontier = rings[0]!;
  for (let step = 0; step < halfSteps; step++) {
    const next: string[] = [];
    for (const key of frontier) {
      const counted = countedEdge(graph.getNodeAttribute(key, 'type'));
      let count = 0;
      graph.forEachEdge(key, (_, a, source, target) => {
        if (target === key)
          if (a.type === 'participates_in') participationsIn += 1;
          else otherIn.push(source, key);
        if (a.type === counted) count += 1;
        if (a.type !== 'participates_in') return;
        const n = source === key ? target : source;
        if (members.has(n)) return;
        members.add(n);
        next.push(n);
      });
      counts.set(key, count);
    }
    rings.push(next);
    frontier = next;
  }
  return { root, rings, members, counts, read: halfSteps, participationsIn, otherIn };
}

/** The countries and programmes outside the neighbourhood: what may come along. */
const contextCandidates = (graph: ConsortiaGraph, members: ReadonlySet<string>): string[] =>
  graph.filterNodes((key, a) => (a.type === 'country' || a.type === 'programme') && !members.has(key));

/**
 * neighbourhood.contextSide: the side to count a neighbourhood from. The countries and programmes
 * neighbourhoodSize would read, when that (with the unread rings' in-edges) reads fewer edges than
 * counting the view from its members' own out-edges, twice (for what comes along, then for the edges
 * among them), as plainView does; null when the members' side is cheaper.
 * A hub's partners have thousands of projects between them, a programme's projects one programme each.
 */
export function contextSide(graph: ConsortiaGraph, hood: Neighbourhood): string[] | null {
  const candidates = contextCandidates(graph, hood.members);
  let fromContext = 0;
  for (const key of candidates) fromContext += graph.degree(key);
  for (const ring of hood.rings.slice(hood.read)) for (const key of ring) fromContext += graph.inDegree(key);
  let fromMembers = 0;
  for (const key of hood.members)
    if ((fromMembers += 2 * graph.outDegree(key)) > fromContext) return candidates;
  return null;
}

export interface NeighbourhoodSize {
  nodes: number;
  edges: number;
  /** True for a node the view draws (a member or what comes along, of a type drawn, not an orphan dropped). */
  drawn(key: string): boolean;
  /** countNode of the countries and programmes that come along. */
  counts: Map<string, number>;
}

/**
 * neighbourhood.neighbourhoodSize: the nodes and edges of the view of `hood` (its members, the countries
 * and programmes they are located in or funded by, every edge among them) under the type and orphan
 * filters, without reading the last ring's edges (a hub's partners, who have thousands): each edge is
 * counted once, from its target, and what comes along is found from the countries' and programmes' side
 * (so a member's located_in or funded_by edge to a node of another type is not seen). `candidates`:
 * the countries and programmes outside the neighbourhood, when the caller has them (contextSide).
 */
export function neighbourhoodSize(
  graph: ConsortiaGraph,
  hood: Neighbourhood,
  options: { nodeTypes?: readonly NodeType[]; hideOrphans?: boolean } = {},
  candidates: readonly string[] = contextCandidates(graph, hood.members),
): NeighbourhoodSize {
  const { members, root } = hood;
  // Each country and programme read once: whether a member is located in or funded by it, its count,
  // and the members it has edges from.
  const context = new Map<string, string[]>();
  const counts = new Map<string, number>();
  for (const key of candidates) {
    const counted = countedEdge(graph.getNodeAttribute(key, 'type'));
    const from: string[] = [];
    let along = false;
    let count = 0;
    graph.forEachEdge(key, (_, e, source, target) => {
      if (e.type === counted) count += 1;
      if (target !== key || !members.has(source)) return;
      along ||= isContextEdge(e);
      from.push(source);
    });
    if (!along) continue;
    context.set(key, from);
    counts.set(key, count);
  }
  // Every type drawn (the filters' default) filters nothing: no member is asked its type.
  const drawnTypes = new Set(options.nodeTypes ?? NODE_TYPES);
  const typeFilter = NODE_TYPES.some((type) => !drawnTypes.has(type));
  let inView = (key: string) => members.has(key) || context.has(key);
  if (typeFilter) {
    const typed = new Set<string>([root]);
    for (const key of [...members, ...context.keys()])
      if (drawnTypes.has(graph.getNodeAttribute(key, 'type'))) typed.add(key);
    inView = (key) => typed.has(key);
  }
  const linked = options.hideOrphans ? new Set<string>() : null;
  let edges = 0;
  const edge = (source: string, target: string) => {
    if (!inView(source) || !inView(target)) return;
    edges += 1;
    linked?.add(source).add(target);
  };
  // Edges to members. Into the rings the walk read: the participations as it counted them (unless a
  // type or orphan filter asks about each one) and the other edges it kept; the other rings' read here.
  if (!typeFilter && !linked) edges += hood.participationsIn;
  else
    for (const ring of hood.rings.slice(0, hood.read))
      for (const key of ring)
        graph.forEachInEdge(key, (_, a, source) => {
          if (a.type === 'participates_in') edge(source, key);
        });
  for (let i = 0; i < hood.otherIn.length; i += 2) edge(hood.otherIn[i]!, hood.otherIn[i + 1]!);
  for (const ring of hood.rings.slice(hood.read))
    for (const key of ring)
      if (graph.inDegree(key) > 0) graph.forEachInEdge(key, (_, __, source) => edge(source, key));
  // Edges to what comes along: from members (read above), and from one another (none the pipeline builds).
  for (const [key, from] of context) {
    for (const source of from) edge(source, key);
    if (graph.outDegree(key) > 0)
      graph.forEachOutEdge(key, (_, __, ___, target) => {
        if (context.has(target)) edge(key, target);
      });
  }
  const drawn = (key: string) => inView(key) && (!linked || key === root || linked.has(key));
  let nodes = 0;
  for (const key of members) if (drawn(key)) nodes += 1;
  for (const key of context.keys()) if (drawn(key)) nodes += 1;
  return { nodes, edges, drawn, counts };
}
