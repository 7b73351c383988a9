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

/**
 * What the canvas draws at most by default. Cytoscape styles, measures and draws a new element in
 * ~0.3 ms here, so a view takes its size in time: at 800 nodes and 2,500 edges a switch of view took
 * ~1 s at M, at this size ~0.7 s (docs/benchmarks.md). At the fitted zoom either is dots without labels;
 * the most important come first, and "Draw up to" DRAW_BUDGET_MORE shows more.
 */
export const DRAW_BUDGET: DrawBudget = { nodes: 500, edges: 1_500 };

/** The larger limit a person can choose ("draw more"), still short of freezing the page. */
export const DRAW_BUDGET_MORE: DrawBudget = { nodes: 3_000, edges: 12_000 };

/**
 * What a neighbourhood (the ego view) draws at most by default: less than a whole view, as it opens on
 * a click and should come at once. A hub's neighbourhood at XL filled DRAW_BUDGET (~2,000 elements),
 * and cytoscape adding and drawing them took ~0.9-1.1 s (docs/benchmarks.md); its closest partners and
 * their shared projects come first, so this keeps what the view is opened for. "Draw up to" still
 * shows DRAW_BUDGET_MORE.
 */
export const EGO_DRAW_BUDGET: DrawBudget = { nodes: 300, edges: 900 };

/** The budget a view is drawn to: a neighbourhood's or a whole view's, or the larger one when asked. */
export const drawBudget = (ego: boolean, more: boolean): DrawBudget =>
  more ? DRAW_BUDGET_MORE : ego ? EGO_DRAW_BUDGET : DRAW_BUDGET;

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
 * What the cut reads of a view: its nodes, their importance and ties. A view built in full reads its
 * own graph (viewSource); a view drawn straight from the model graph can answer the same questions
 * without being built (projections/plainIndexed.ts), so the cut costs the budget, not the whole view.
 */
export interface CutSource<Node = string> {
  /**
   * The nodes the cut may start a component from, in any order: all of the view's, or at least its
   * `budget.nodes` most important (by score, then key): the cut never starts from another.
   */
  nodes: readonly Node[];
  /** Importance (see nodeScore) of every node of the view. */
  score: Pick<ReadonlyMap<Node, number>, 'get'>;
  /** Orders nodes of equal score by their keys (nodes that are not their keys: numbers). */
  byKey?(a: Node, b: Node): number;
  forEachNeighbor(node: Node, callback: (neighbour: Node) => void): void;
  /** The view's edges between two nodes of `keep`. */
  edgesAmong(keep: ReadonlySet<Node>): Array<{ key: string; weight: number; source: Node; target: Node }>;
  /** True for a node without any edge in the whole view (kept by the cut: the edge cut did not orphan it). */
  isolated(node: Node): boolean;
  focus(node: Node): boolean;
  /** The node's type: the cut does not grow from context nodes (isContextType) but for the focus. */
  type(node: Node): string;
}

/**
 * Context nodes (countries, programmes): kept first by the cut, but it does not grow from them (their
 * ties say where an organisation is or what funds a project, not who works with whom).
 */
const isContextType = (type: string): boolean => type === 'programme' || type === 'country';

/**
 * budget.nodeScore: node importance: context nodes (programmes, countries) and the ego focus first,
 * then by count (projects joined, partners, organisations) and weighted degree (`strength`). In a view
 * around a focus (`focused`: a consortium or neighbourhood) ties within the view come before the count:
 * a partner in many of the focus's projects before a busy one in one of them. By count, a hub's
 * neighbourhood at XL kept 364 partners sharing a median 16 of its projects, 258 of them drawn with one
 * tie; by ties, 132 sharing a median 54, 4 with one tie.
 */
export function nodeScore(
  a: { type: string; count: number; focus?: boolean },
  strength: number,
  focused = false,
): number {
  const context = a.focus ? 2e12 : isContextType(a.type) ? 1e12 : 0;
  return focused ? context + strength * 1e6 + a.count : context + a.count * 1e6 + strength;
}

/** A built view as a cut source. */
function viewSource(view: ViewGraph): CutSource {
  const score = new Map<string, number>();
  const focused = view.someNode((_, a) => a.focus === true);
  view.forEachNode((key, a) => {
    let strength = 0;
    view.forEachEdge(key, (_, e) => (strength += e.weight));
    score.set(key, nodeScore(a, strength, focused));
  });
  return {
    nodes: view.nodes(),
    score,
    forEachNeighbor: (key, callback) => view.forEachNeighbor(key, callback),
    edgesAmong(keep) {
      const edges: Array<{ key: string; weight: number; source: string; target: string }> = [];
      view.forEachEdge((key, a, source, target) => {
        if (keep.has(source) && keep.has(target)) edges.push({ key, weight: a.weight, source, target });
      });
      return edges;
    },
    isolated: (key) => view.degree(key) === 0,
    focus: (key) => view.getNodeAttribute(key, 'focus') === true,
    type: (key) => view.getNodeAttribute(key, 'type'),
  };
}

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The `limit` nodes of the best-connected part: grown from the most important node, always taking the
 * most important neighbour of what is taken (so a bipartite view keeps hubs with their projects, not
 * only projects), starting again from the next most important node when a component is used up. It
 * does not grow from countries and programmes: grown from them, a hub's neighbourhood at XL kept 480
 * organisations of its country and 2 of its 5,628 projects.
 */
function bestPart<Node>(source: CutSource<Node>, limit: number): Set<Node> {
  const score = source.score;
  const keyOrder = source.byKey ?? (byKey as unknown as (a: Node, b: Node) => number);
  const first = (a: Node, b: Node) => score.get(b)! - score.get(a)! || keyOrder(a, b);
  // The nodes by importance, taken from a heap as needed: a component is seldom used up, so only a
  // few of 150,000 nodes are ever ranked (a sort of them all took ~0.15 s).
  const ranked = Heap.from(source.nodes, first);
  const keep = new Set<Node>();
  const frontier = new Heap<Node>(first);
  while (keep.size < limit) {
    let node = frontier.pop();
    if (node === undefined) {
      while (ranked.size > 0 && keep.has(ranked.peek()!)) ranked.pop();
      node = ranked.pop();
      if (node === undefined) break;
    }
    if (keep.has(node)) continue;
    keep.add(node);
    if (!source.focus(node) && isContextType(source.type(node))) continue;
    source.forEachNeighbor(node, (neighbour) => {
      if (!keep.has(neighbour)) frontier.push(neighbour);
    });
  }
  return keep;
}

/**
 * budget.cutToBudget: what fitToBudget keeps of a view that does not fit: its best-connected part of
 * `budget.nodes` nodes and, among them, the `budget.edges` heaviest edges, nodes the edge cut left
 * without edges dropped (an ego focus and nodes that had no edge anyway stay). Nodes in the order they
 * were taken, edges heaviest first.
 */
export function cutToBudget<Node = string>(
  source: CutSource<Node>,
  budget: DrawBudget,
): { nodes: Node[]; edges: string[] } {
  const score = source.score;
  const keep = bestPart(source, budget.nodes);
  // Heaviest edges first; among equals, those between the most important nodes.
  const edges = source
    .edgesAmong(keep)
    .map((e) => ({ ...e, rank: Math.min(score.get(e.source)!, score.get(e.target)!) }));
  edges.sort((a, b) => b.weight - a.weight || b.rank - a.rank || byKey(a.key, b.key));
  const kept = edges.slice(0, budget.edges);
  const linked = new Set<Node>();
  for (const e of kept) {
    linked.add(e.source);
    linked.add(e.target);
  }
  return {
    nodes: [...keep].filter((node) => linked.has(node) || source.isolated(node) || source.focus(node)),
    edges: kept.map((e) => e.key),
  };
}

/**
 * budget.fitToBudget: the view itself when it fits; else its best-connected part of `budget.nodes`
 * nodes and, among them, the `budget.edges` heaviest edges (cutToBudget), as a copy.
 */
export function fitToBudget(view: ViewGraph, budget: DrawBudget = DRAW_BUDGET): FittedView {
  // A projection that kept only its best-connected nodes says how large the whole view is.
  const whole = view.getAttribute('total') as { nodes: number; edges: number } | undefined;
  const total = whole ?? { nodes: view.order, edges: view.size };
  if (view.order <= budget.nodes && view.size <= budget.edges)
    return { graph: view, total, capped: total.nodes > view.order || total.edges > view.size };
  const cut = cutToBudget(viewSource(view), budget);
  const out = view.nullCopy() as ViewGraph;
  for (const key of cut.nodes) out.addNode(key, { ...view.getNodeAttributes(key) });
  for (const key of cut.edges) {
    const s = view.source(key);
    const t = view.target(key);
    const attrs = { ...view.getEdgeAttributes(key) };
    if (view.isDirected(key)) out.addDirectedEdgeWithKey(key, s, t, attrs);
    else out.addUndirectedEdgeWithKey(key, s, t, attrs);
  }
  return { graph: out, total, capped: true };
}
