// Layout options per layout id: cytoscape's own (concentric, circle, grid, breadthfirst), fcose and
// the geographic one (positions the projection computed from coordinates). All animate.
import type { LayoutOptions } from 'cytoscape';
import type { LayoutId } from '../graph/views';

export const LAYOUT_LABELS: Record<LayoutId, string> = {
  preset: 'As built',
  fcose: 'Force',
  concentric: 'Concentric (by links)',
  circle: 'Circle',
  grid: 'Grid',
  breadthfirst: 'Tree',
  geographic: 'Map',
};

/**
 * layouts.layoutLabel: the layout picker's name for `id`. "As built" only while the drawing keeps the
 * positions of the data build: a view cut to the draw budget is laid out by force for itself (in the
 * view worker or the layout job), and says so: "Force (auto)", short enough for a phone's picker
 * ("Force" is the layout a person runs).
 */
export function layoutLabel(id: LayoutId, laidOutForView: boolean): string {
  return id === 'preset' && laidOutForView ? 'Force (auto)' : LAYOUT_LABELS[id];
}

export const LAYOUT_DEFAULTS = { animationDuration: 450, padding: 40 } as const;

/**
 * A drawn graph is "large" past either count. Large graphs get their force layout (and positions for
 * views without precomputed ones) from ForceAtlas2 in the worker instead of fcose on the main thread
 * (fcose blocks the page for seconds at ~1k nodes), and the stylesheet's and renderer's cheaper finish
 * (stylesheet.ts: straight edges, short labels, no fades; edges hidden while the viewport moves). At
 * 300 nodes and 2,000 edges, the overview by country at M (40 countries, 780 ties) and a country's
 * partnerships there (265 nodes) were "small": a double-click on a country spent 0.6 s fading 780
 * curved edges and finding the one under the pointer before the view was even asked for, and the
 * partnerships 0.35 s measuring full labels to fit them. The seed graph (~50 nodes) stays far below.
 */
export const LARGE_GRAPH = { nodes: 200, edges: 600 } as const;

export const isLargeGraph = (nodes: number, edges: number): boolean =>
  nodes > LARGE_GRAPH.nodes || edges > LARGE_GRAPH.edges;

/**
 * Up to this many edges a drawing's edges take pointer events (a tie's tooltip). Past it they do not
 * (stylesheet.ts): cytoscape looks for the element under the pointer at every mouse event and measures
 * three label boxes per edge, 150 of a double-click's 270 ms on 1,500 edges. The overview by country
 * (at most 780 ties between 40 countries) keeps its tooltips.
 */
export const POINTER_EDGES_MAX = 1_000;

export const edgesTakePointer = (edges: number): boolean => edges <= POINTER_EDGES_MAX;

/** Labels smaller than this on screen are not drawn on large graphs (7 on small ones). */
export const LARGE_GRAPH_MIN_FONT = 10;

/**
 * The layouts that place nodes without reading their edges but for their number (concentric rings by
 * ties), which can run as soon as a large drawing's nodes are in, before its edges come.
 */
export const NODE_ONLY_LAYOUTS: readonly LayoutId[] = ['concentric', 'circle', 'grid'];

/** layouts.degreesOf: each node's ties (self-loops left out, as cytoscape's degree(false)). */
export function degreesOf(
  edges: ReadonlyArray<{ data: { source: string; target: string } }>,
): Map<string, number> {
  const degrees = new Map<string, number>();
  for (const { data } of edges) {
    if (data.source === data.target) continue;
    degrees.set(data.source, (degrees.get(data.source) ?? 0) + 1);
    degrees.set(data.target, (degrees.get(data.target) ?? 0) + 1);
  }
  return degrees;
}

/**
 * Options for `cy.layout()`; `animate` is off for the first paint. The force layout starts from the
 * positions the data build computed when every node has one (`randomize` false), so it is stable
 * from run to run; it starts from random positions otherwise (imported graphs without x/y).
 * `degrees`: each node's ties as the concentric rings count them, when its edges are not drawn yet.
 */
export function layoutOptions(
  id: LayoutId,
  animate: boolean,
  roots?: string[],
  randomize = true,
  degrees?: ReadonlyMap<string, number>,
): LayoutOptions {
  const common = {
    animate,
    animationDuration: LAYOUT_DEFAULTS.animationDuration,
    padding: LAYOUT_DEFAULTS.padding,
    fit: true,
  };
  switch (id) {
    case 'preset':
    case 'geographic':
      return { name: 'preset', ...common };
    case 'fcose':
      return {
        name: 'fcose',
        ...common,
        quality: 'default',
        randomize,
        nodeSeparation: 90,
        idealEdgeLength: 110,
        nodeRepulsion: 9000,
        numIter: 2500,
      } as LayoutOptions;
    case 'concentric':
      return {
        name: 'concentric',
        ...common,
        minNodeSpacing: 30,
        concentric: (node: { id(): string; degree(loops: boolean): number; data(k: string): unknown }) =>
          node.data('focus') ? 1000 : (degrees?.get(node.id()) ?? node.degree(false)),
        levelWidth: () => 2,
      } as LayoutOptions;
    case 'circle':
      return { name: 'circle', ...common, spacingFactor: 1.1 };
    case 'grid':
      return { name: 'grid', ...common, avoidOverlap: true, condense: true };
    case 'breadthfirst':
      return {
        name: 'breadthfirst',
        ...common,
        directed: false,
        spacingFactor: 1.2,
        ...(roots?.length ? { roots } : {}),
      } as LayoutOptions;
  }
}
