// The draw budget: how much of a view the canvas draws. Past it, cytoscape's canvas renderer spends
// hundreds of milliseconds per frame (docs/benchmarks.md), so a larger view is cut down to its best
// connected part, deterministically, and the app says what it left out.
import Heap from 'mnemonist/heap';
import type { ConsortiaGraph } from './types';
import type { ViewGraph } from './view-types';

export interface DrawBudget {
  nodes: number;
  edges: number;
}

/** What the canvas draws at most by default: cytoscape then styles and draws a new view in under ~200 ms here. */
export const DRAW_BUDGET: DrawBudget = { nodes: 800, edges: 2_500 };

/** The larger limit a person can choose ("draw more"), still short of freezing the page. */
export const DRAW_BUDGET_MORE: DrawBudget = { nodes: 3_000, edges: 12_000 };

/**
 * A dataset is "large" past this many nodes plus edges: its views are computed in the view worker
 * (never on the page's main thread) and it opens on the overview instead of the whole network.
 * The seed graph (~50 nodes) and the S benchmark (~5k) stay on the page; M (~50k) and up do not.
 */
export const LARGE_DATASET = 20_000;

export const isLargeDataset = (graph: ConsortiaGraph): boolean => graph.order + graph.size > LARGE_DATASET;

/** A view cut to the budget, with the size of the whole view it came from. */
export interface FittedView {
  graph: ViewGraph;
  /** The whole view before the cut. */
  total: { nodes: number; edges: number };
  /** True when nodes or edges were left out. */
  capped: boolean;
  /**
   * True when the nodes' x/y were laid out for this view (graph/place.ts, in the view worker), so the
   * canvas draws them as they are instead of running a layout of its own.
   */
  placed?: boolean;
}

/**
 * Node importance: context nodes (programmes, countries) and the ego focus first, then by count
 * (projects joined, partners, organisations) and weighted degree.
 */
function scores(view: ViewGraph): Map<string, number> {
  const score = new Map<string, number>();
  view.forEachNode((key, a) => {
    let strength = 0;
    view.forEachEdge(key, (_, e) => (strength += e.weight));
    const context = a.focus ? 2e12 : a.type === 'programme' || a.type === 'country' ? 1e12 : 0;
    score.set(key, context + a.count * 1e6 + strength);
  });
  return score;
}

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The `limit` nodes of the best-connected part: grown from the most important node, always taking the
 * most important neighbour of what is taken (so a bipartite view keeps hubs with their projects, not
 * only projects), starting again from the next most important node when a component is used up.
 */
function bestPart(view: ViewGraph, score: Map<string, number>, limit: number): Set<string> {
  const ranked = view.nodes().sort((a, b) => score.get(b)! - score.get(a)! || byKey(a, b));
  const keep = new Set<string>();
  const frontier = new Heap<string>((a, b) => score.get(b)! - score.get(a)! || byKey(a, b));
  let next = 0;
  while (keep.size < limit) {
    let key = frontier.pop();
    if (key === undefined) {
      while (next < ranked.length && keep.has(ranked[next]!)) next++;
      if (next >= ranked.length) break;
      key = ranked[next]!;
    }
    if (keep.has(key)) continue;
    keep.add(key);
    view.forEachNeighbor(key, (neighbour) => {
      if (!keep.has(neighbour)) frontier.push(neighbour);
    });
  }
  return keep;
}

/**
 * budget.fitToBudget: the view itself when it fits; else its best-connected part of `budget.nodes`
 * nodes and, among them, the `budget.edges` heaviest edges. Nodes left without edges by the cut are dropped too
 * when they had edges in the whole view (so the cut does not scatter orphans); an ego focus always stays.
 */
export function fitToBudget(view: ViewGraph, budget: DrawBudget = DRAW_BUDGET): FittedView {
  // A projection that kept only its best-connected nodes says how large the whole view is.
  const whole = view.getAttribute('total') as { nodes: number; edges: number } | undefined;
  const total = whole ?? { nodes: view.order, edges: view.size };
  if (view.order <= budget.nodes && view.size <= budget.edges)
    return { graph: view, total, capped: total.nodes > view.order || total.edges > view.size };
  const score = scores(view);
  const keep = bestPart(view, score, budget.nodes);
  // Heaviest edges first; among equals, those between the most important nodes.
  const edges: Array<{ key: string; weight: number; rank: number }> = [];
  view.forEachEdge((key, a, source, target) => {
    if (keep.has(source) && keep.has(target))
      edges.push({ key, weight: a.weight, rank: Math.min(score.get(source)!, score.get(target)!) });
  });
  edges.sort((a, b) => b.weight - a.weight || b.rank - a.rank || byKey(a.key, b.key));
  const keptEdges = edges.slice(0, budget.edges);
  const linked = new Set<string>();
  for (const { key } of keptEdges) {
    linked.add(view.source(key));
    linked.add(view.target(key));
  }
  const out = view.nullCopy() as ViewGraph;
  for (const key of keep)
    if (linked.has(key) || view.degree(key) === 0 || view.getNodeAttribute(key, 'focus'))
      out.addNode(key, { ...view.getNodeAttributes(key) });
  for (const { key } of keptEdges) {
    const s = view.source(key);
    const t = view.target(key);
    const attrs = { ...view.getEdgeAttributes(key) };
    if (view.isDirected(key)) out.addDirectedEdgeWithKey(key, s, t, attrs);
    else out.addUndirectedEdgeWithKey(key, s, t, attrs);
  }
  return { graph: out, total, capped: true };
}
