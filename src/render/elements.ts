// Pure translation of a view graph into cytoscape element definitions (no cytoscape import needed).
import type { ViewGraph } from '../graph/view-types';
import { LABEL_DEFAULTS, labelFontSize } from './labels';

export interface NodeData {
  id: string;
  label: string;
  /** The label cut to the width the canvas gives it (shortLabel): large drawings show this one. */
  short: string;
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

/** Projects are flat: the stylesheet maps their size from `sizes` onto a height in `heights` (clamped). */
export const PROJECT_HEIGHT = { sizes: [SIZE_DEFAULTS.min, SIZE_DEFAULTS.max], heights: [16, 40] } as const;

/**
 * A node's drawn height in model units, as the stylesheet computes it: `size`, flattened for projects,
 * or the metric size (`msize`) when a metric sizes the nodes.
 */
export function nodeHeight(data: { type: string; size: number; msize?: number }): number {
  if (data.msize !== undefined) return data.msize;
  if (data.type !== 'project') return data.size;
  const [s0, s1] = PROJECT_HEIGHT.sizes;
  const [h0, h1] = PROJECT_HEIGHT.heights;
  const t = Math.min(1, Math.max(0, (data.size - s0) / (s1 - s0)));
  return h0 + t * (h1 - h0);
}

/**
 * Glyph width, relative to the font size, that few names exceed on average: with it, all but 19 of the
 * 10,573 names of the M benchmark fit the 140 px as organisations (11 px, weight 500) and all but 9 as
 * projects (13 px bold); the rest cytoscape still ellipsises itself.
 */
const SHORT_GLYPH_WIDTH = { organisation: 0.62, other: 0.7 } as const;

/**
 * elements.shortLabel: the label cut to about the width the canvas gives it, ending in "…". Cytoscape
 * ellipsises a label that is too wide by measuring it again for every character (~600 ms for 800 long
 * names); a label that fits is measured once.
 */
export function shortLabel(label: string, type: string): string {
  const glyph = type === 'organisation' ? SHORT_GLYPH_WIDTH.organisation : SHORT_GLYPH_WIDTH.other;
  const chars = Math.floor(LABEL_DEFAULTS.maxWidth / (labelFontSize(type) * glyph));
  const glyphs = Array.from(label);
  if (glyphs.length <= chars) return label;
  return `${glyphs
    .slice(0, chars - 1)
    .join('')
    .trimEnd()}…`;
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
      short: shortLabel(a.label, a.type),
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
