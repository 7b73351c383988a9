// Label decluttering: which node labels to draw so that none overlap on screen. Greedy by priority
// (selected, the ego centre, projects/countries/programmes, busy organisations), on a grid index.
// Pure: it works from each node's data and model position, never from cytoscape's geometry (asking
// cytoscape for a node's rendered size computes the style of every node, ~140 ms for 800 nodes).
import { LARGE_GRAPH_MIN_FONT } from './layouts';

export interface LabelBox {
  id: string;
  /** Centre x and top y of the label on screen, in px. */
  x: number;
  top: number;
  width: number;
  height: number;
  /** Higher first. */
  priority: number;
}

export const LABEL_DEFAULTS = {
  /** Font size in the stylesheet, model px: organisations, and the fewer, bigger nodes. */
  fontSize: 11,
  majorFontSize: 13,
  /** Average glyph width relative to the font size (Inter/DejaVu at 11 px). */
  glyphWidth: 0.58,
  /** The stylesheet's text-max-width, model px. */
  maxWidth: 140,
  /** Gap kept between two labels, px. */
  gap: 3,
  /** Below this rendered size cytoscape hides labels anyway (min-zoomed-font-size). */
  minFontSize: 7,
} as const;

/** Approximate rendered width of a label, px, at zoom `zoom`. */
export function labelWidth(text: string, zoom: number, fontSize: number = LABEL_DEFAULTS.fontSize): number {
  return Math.min(LABEL_DEFAULTS.maxWidth, text.length * fontSize * LABEL_DEFAULTS.glyphWidth) * zoom;
}

/** labels.pickLabels: ids of the labels to draw; a label is dropped when it would overlap a kept one. */
export function pickLabels(boxes: LabelBox[], gap: number = LABEL_DEFAULTS.gap): Set<string> {
  const order = [...boxes].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : 1));
  const cell = 80;
  const grid = new Map<string, LabelBox[]>();
  const kept = new Set<string>();
  const cells = (b: LabelBox) => {
    const out: string[] = [];
    const x0 = Math.floor((b.x - b.width / 2 - gap) / cell);
    const x1 = Math.floor((b.x + b.width / 2 + gap) / cell);
    const y0 = Math.floor((b.top - gap) / cell);
    const y1 = Math.floor((b.top + b.height + gap) / cell);
    for (let i = x0; i <= x1; i++) for (let j = y0; j <= y1; j++) out.push(`${i},${j}`);
    return out;
  };
  const overlaps = (a: LabelBox, b: LabelBox) =>
    Math.abs(a.x - b.x) * 2 < a.width + b.width + 2 * gap &&
    a.top < b.top + b.height + gap &&
    b.top < a.top + a.height + gap;
  for (const box of order) {
    const keys = cells(box);
    if (keys.some((k) => grid.get(k)?.some((other) => overlaps(box, other)))) continue;
    kept.add(box.id);
    for (const k of keys) grid.set(k, [...(grid.get(k) ?? []), box]);
  }
  return kept;
}

/** What decluttering reads of a drawn node: its data and model position. */
export interface LabelNode {
  id: string;
  /** Model position of the node's centre. */
  x: number;
  y: number;
  /** Node height in model units (elements.nodeHeight). */
  height: number;
  /** The label text; nodes without one are never labelled. */
  text: string;
  type: string;
  count: number;
  major?: boolean;
  focus?: boolean;
  selected?: boolean;
}

/** The canvas viewport: zoom, pan (px) and size (px). */
export interface LabelViewport {
  zoom: number;
  pan: { x: number; y: number };
  width: number;
  height: number;
}

/**
 * How much labels grow in model units when zoomed out, so they keep their on-screen size on small
 * graphs (a whole graph fitted on a phone is at zoom ~0.35, where 11 px text would shrink to 4 px and
 * vanish). Large graphs keep cytoscape's own level of detail instead.
 */
export function labelScale(zoom: number, large: boolean): number {
  return large || zoom >= 1 ? 1 : 1 / zoom;
}

/** The stylesheet's font size for a node type, model px. */
export const labelFontSize = (type: string): number =>
  type === 'organisation' ? LABEL_DEFAULTS.fontSize : LABEL_DEFAULTS.majorFontSize;

/** Higher first: the selected node, the ego centre, projects/countries/programmes, then busy organisations. */
export function labelPriority(
  node: Pick<LabelNode, 'type' | 'count' | 'major' | 'focus' | 'selected'>,
): number {
  return (
    (node.selected ? 10_000 : 0) +
    (node.focus ? 5_000 : 0) +
    (node.type === 'organisation' ? 0 : 1_000) +
    (node.major ? 500 : 0) +
    node.count
  );
}

/**
 * labels.chooseLabels: the labels to draw at this viewport (none overlapping, the more important first)
 * and the label scale (labelScale). A label is no candidate when it would be drawn smaller than the
 * stylesheet's min-zoomed-font-size (cytoscape skips it anyway) or, on a large drawing, lies wholly off
 * screen, so cytoscape never lays out text nobody sees. A small drawing keeps its off-screen labels:
 * fitting it to the screen measures them.
 */
export function chooseLabels(
  nodes: readonly LabelNode[],
  viewport: LabelViewport,
  large: boolean,
): { shown: Set<string>; scale: number } {
  const { zoom, pan, width, height } = viewport;
  const scale = labelScale(zoom, large);
  const minFont = large ? LARGE_GRAPH_MIN_FONT : LABEL_DEFAULTS.minFontSize;
  const boxes: LabelBox[] = [];
  for (const node of nodes) {
    if (!node.text) continue;
    const fontSize = labelFontSize(node.type);
    if (fontSize * scale * zoom < minFont) continue;
    const box: LabelBox = {
      id: node.id,
      x: node.x * zoom + pan.x,
      top: (node.y + node.height / 2) * zoom + pan.y + 4 * scale * zoom,
      width: labelWidth(node.text, zoom * scale, fontSize),
      height: fontSize * 1.3 * scale * zoom,
      priority: labelPriority(node),
    };
    const offScreen =
      large &&
      (box.x + box.width / 2 < 0 ||
        box.x - box.width / 2 > width ||
        box.top > height ||
        box.top + box.height < 0);
    if (!offScreen) boxes.push(box);
  }
  return { shown: pickLabels(boxes), scale };
}
