// Pure translation of a view graph into cytoscape element definitions (no cytoscape import needed).
import type { ViewGraph } from '../graph/view-types';

export interface NodeData {
  id: string;
  label: string;
  type: string;
  count: number;
  /** Node diameter in model units, from `count` (square root, so area follows the count). */
  size: number;
  lead?: boolean;
  focus?: boolean;
  /** Labels drawn at every zoom (projects, countries, programmes, busy organisations). */
  major?: boolean;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  weight: number;
  /** Width in px from the weight. */
  width: number;
  role?: string;
  tie?: string;
  /** Human list of what creates the tie, for the tooltip. */
  via?: string;
}

export interface ElementDefinitions {
  nodes: Array<{ data: NodeData; position?: { x: number; y: number } }>;
  edges: Array<{ data: EdgeData }>;
}

export const SIZE_DEFAULTS = { min: 18, perUnit: 9, max: 64 } as const;

/** The count at which nodeSize reaches SIZE_DEFAULTS.max, and the weight at which edges are widest. */
const SATURATING_COUNT = ((SIZE_DEFAULTS.max - SIZE_DEFAULTS.min) / SIZE_DEFAULTS.perUnit) ** 2;
const SATURATING_WEIGHT = 5.4;

export function nodeSize(count: number): number {
  return Math.min(
    SIZE_DEFAULTS.max,
    SIZE_DEFAULTS.min + Math.sqrt(Math.max(0, count)) * SIZE_DEFAULTS.perUnit,
  );
}

/** elements.toElements: cytoscape elements for a view; labels of `via` keys are read from the view or `labelOf`. */
export function toElements(view: ViewGraph, labelOf: (key: string) => string = (k) => k): ElementDefinitions {
  const nodes: ElementDefinitions['nodes'] = [];
  const orgCounts: number[] = [];
  view.forEachNode((_, a) => {
    if (a.type === 'organisation') orgCounts.push(a.count);
  });
  // Organisations in more projects than most keep their label at every zoom.
  const busy = orgCounts.length
    ? Math.max(2, [...orgCounts].sort((x, y) => y - x)[Math.floor(orgCounts.length * 0.15)]!)
    : Infinity;
  const small = view.order <= 40;
  // Past the count where sizes reach their maximum (and the weight where widths do), counts and weights
  // are scaled to the view's largest, so an overview of thousands still shows which group is bigger.
  let maxCount = 0;
  view.forEachNode((_, a) => void (maxCount = Math.max(maxCount, a.count)));
  const sizeScale = maxCount > SATURATING_COUNT ? SATURATING_COUNT / maxCount : 1;
  let maxWeight = 0;
  view.forEachEdge((_, a) => void (maxWeight = Math.max(maxWeight, a.weight)));
  const widthScale = maxWeight > SATURATING_WEIGHT ? (SATURATING_WEIGHT - 1) / (maxWeight - 1) : 1;
  view.forEachNode((key, a) => {
    const data: NodeData = {
      id: key,
      label: a.label,
      type: a.type,
      count: a.count,
      size: nodeSize(a.count * sizeScale),
      major: small || a.type !== 'organisation' || a.count >= busy || a.focus ? true : undefined,
    };
    if (a.lead) data.lead = true;
    if (a.focus) data.focus = true;
    const node: ElementDefinitions['nodes'][number] = { data };
    if (a.x !== undefined && a.y !== undefined) node.position = { x: a.x, y: a.y };
    nodes.push(node);
  });
  const edges: ElementDefinitions['edges'] = [];
  view.forEachEdge((key, a, source, target) => {
    const data: EdgeData = {
      id: key,
      source,
      target,
      type: a.type,
      weight: a.weight,
      width: Math.min(10, 1.2 + (a.weight - 1) * widthScale * 2),
    };
    if (a.role) data.role = a.role;
    if (a.tie) data.tie = a.tie;
    if (a.via?.length)
      data.via = a.via
        .map((k) => (view.hasNode(k) ? view.getNodeAttribute(k, 'label') : labelOf(k)))
        .join(' · ');
    edges.push({ data });
  });
  return { nodes, edges };
}
