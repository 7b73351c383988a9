// Consortium / ego view: one project's consortium or one organisation's neighbourhood
// (projections/neighbourhood.ts walks it). Countries of the organisations shown and programmes of the
// projects shown come along.
// Cost: the walk reads the neighbourhood's participations (the edges of every ring but the last). Within
// the draw budget the view is built from its nodes' own edges (plain.ts). Past it only the part drawn is
// read and built, consortium by consortium (drawInTurn), and the whole is counted from the cheaper side
// (neighbourhood.ts): a hub in thousands of projects costs its projects' participations, the countries'
// edges and the budget, not its partners' own thousands of projects.
import { DirectedGraph } from 'graphology';
import type { DrawBudget } from '../budget';
import type { ConsortiaGraph, EdgeAttributes } from '../types';
import type { ViewEdgeAttributes, ViewGraph, ViewNodeAttributes } from '../view-types';
import { countedEdge, countNode, viewNode } from './common';
import {
  contextSide,
  isContextEdge,
  neighbourhoodSize,
  walkNeighbourhood,
  type Neighbourhood,
} from './neighbourhood';
import { plainView, type PlainOptions } from './plain';

export const EGO_DEPTHS = [1, 2, 3] as const;
export type EgoDepth = (typeof EGO_DEPTHS)[number];

export function ego(
  graph: ConsortiaGraph,
  root: string | null,
  depth: EgoDepth = 1,
  options: PlainOptions = {},
): ViewGraph {
  const view: ViewGraph = new DirectedGraph<ViewNodeAttributes, ViewEdgeAttributes>();
  if (!root || !graph.hasNode(root)) return view;
  const hood = walkNeighbourhood(graph, root, depth);
  const limit = options.limit;
  const candidates = limit && hood.members.size > limit.nodes ? contextSide(graph, hood) : null;
  if (limit && candidates) {
    // Past the budget already: counted without reading the last ring's edges.
    const size = neighbourhoodSize(graph, hood, options, candidates);
    if (size.nodes > limit.nodes || size.edges > limit.edges) {
      drawInTurn(graph, view, hood, size.drawn, limit, size.counts);
      view.setAttribute('total', { nodes: size.nodes, edges: size.edges });
      return view;
    }
  }
  const keep = new Set(hood.members);
  for (const key of hood.members)
    graph.forEachOutEdge(key, (_, a, __, target) => {
      if (isContextEdge(a)) keep.add(target);
    });
  // Nodes in the graph's order, as the network view has them.
  const nodes = graph.filterNodes((key) => keep.has(key));
  return plainView(
    graph,
    view,
    {
      nodes,
      focus: root,
      edge,
      drawCut: (cut, inView, budget) => drawInTurn(graph, cut, hood, (key) => inView.has(key), budget),
    },
    options,
  );
}

const edge = (a: EdgeAttributes): ViewEdgeAttributes => ({ type: a.type, weight: 1, role: a.role });

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** What the cut reads of a node it takes, once, from its edges. */
interface Read {
  count: number;
  lead: boolean;
  /** The other ends of its participations. */
  partners: string[];
  /** The countries and programmes it is located in or funded by. */
  along: string[];
  /** Its out-edges: key, target, key, target, … */
  out: string[];
}

/**
 * Draws what an ego view past the budget shows, into `view`: the root, then ring by ring (nearest
 * first) the largest consortia first, each project with its partners (the most active first), until
 * `budget.nodes` are taken; each node taken brings its country or programme while there is room. Then
 * every edge among them (fitToBudget cuts those to the budget). Reads only the edges of what it takes,
 * and of each project considered. `counts`: countNode of nodes it does not read, when known.
 */
function drawInTurn(
  graph: ConsortiaGraph,
  view: ViewGraph,
  hood: Neighbourhood,
  drawn: (key: string) => boolean,
  budget: DrawBudget,
  counts?: ReadonlyMap<string, number>,
): void {
  const taken = new Set<string>();
  const full = () => taken.size >= budget.nodes;
  const reads = new Map<string, Read>();
  const read = (key: string): Read => {
    const known = reads.get(key);
    if (known) return known;
    const counted = countedEdge(graph.getNodeAttribute(key, 'type'));
    const r: Read = { count: 0, lead: false, partners: [], along: [], out: [] };
    graph.forEachEdge(key, (edgeKey, a, source, target) => {
      if (a.type === counted) r.count += 1;
      if (a.type === 'participates_in') {
        r.partners.push(source === key ? target : source);
        // As viewNode has it: only organisations and projects lead.
        if (a.role === 'lead' && counted === 'participates_in') r.lead = true;
      }
      if (source !== key) return;
      r.out.push(edgeKey, target);
      if (isContextEdge(a)) r.along.push(target);
    });
    reads.set(key, r);
    return r;
  };
  const count = (key: string) => hood.counts.get(key) ?? read(key).count;
  const largestFirst = (keys: readonly string[]) =>
    keys.filter((key) => !taken.has(key)).sort((a, b) => count(b) - count(a) || byKey(a, b));
  const take = (key: string) => {
    if (full() || taken.has(key) || !drawn(key)) return;
    taken.add(key);
    for (const target of read(key).along)
      if (!full() && !taken.has(target) && drawn(target)) taken.add(target);
  };
  take(hood.root);
  for (const ring of hood.rings.slice(1)) {
    if (full()) break;
    for (const key of largestFirst(ring)) {
      if (full()) break;
      take(key);
      if (graph.getNodeAttribute(key, 'type') === 'project')
        for (const partner of largestFirst(read(key).partners.filter((p) => hood.members.has(p))))
          take(partner);
    }
  }
  const shownCounts = new Map<string, number>();
  for (const key of taken)
    shownCounts.set(
      key,
      reads.get(key)?.count ?? hood.counts.get(key) ?? counts?.get(key) ?? countNode(graph, key),
    );
  for (const key of taken)
    view.addNode(key, {
      ...viewNode(graph, key, graph.getNodeAttributes(key), shownCounts, reads.get(key)?.lead),
      ...(key === hood.root ? { focus: true } : {}),
    });
  for (const key of taken) {
    const out = reads.get(key)?.out ?? graph.outEdges(key).flatMap((e) => [e, graph.target(e)]);
    for (let i = 0; i < out.length; i += 2)
      if (view.hasNode(out[i + 1]!))
        view.addDirectedEdgeWithKey(out[i]!, key, out[i + 1]!, edge(graph.getEdgeAttributes(out[i]!)));
  }
}
