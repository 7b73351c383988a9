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
  // Each tier outranks any count: at XL a country counts 20,000 organisations, which outranked the
  // ego centre (5,000 + its projects) and even a selected organisation.
  const tier =
    (node.selected ? 8 : 0) +
    (node.focus ? 4 : 0) +
    (node.type === 'organisation' ? 0 : 2) +
    (node.major ? 1 : 0);
  return tier * 1e9 + Math.min(node.count, 1e9 - 1);
}

/**
 * labels.chooseLabels: the labels to draw at this viewport (none overlapping, the more important first)
 * and the label scale (labelScale). Zoomed out on a large drawing, where labels keep their model size
 * and so vanish, its few most important on screen (landmarkCount) are still labelled, each with its own
 * scale (`landmarks`) so it is drawn at LANDMARK_PX: the hub and its busiest partners, the largest
 * countries of an overview. A label is no candidate when it would be drawn smaller than the
 * stylesheet's min-zoomed-font-size (cytoscape skips it anyway) or, on a large drawing, lies wholly off
 * screen, so cytoscape never lays out text nobody sees. A small drawing keeps its off-screen labels:
 * fitting it to the screen measures them.
 */
export function chooseLabels(
  nodes: readonly LabelNode[],
  viewport: LabelViewport,
  large: boolean,
): { shown: Set<string>; scale: number; landmarks: Map<string, number> } {
  const { zoom, pan, width, height } = viewport;
  const scale = labelScale(zoom, large);
  const minFont = large ? LARGE_GRAPH_MIN_FONT : LABEL_DEFAULTS.minFontSize;
  const boxes: LabelBox[] = [];
  // A large drawing's labels too small to draw at this zoom: the most important few become landmarks.
  const small: LabelBox[] = [];
  const smallScale = new Map<string, number>();
  for (const node of nodes) {
    if (!node.text) continue;
    const fontSize = labelFontSize(node.type);
    const readable = fontSize * scale * zoom >= minFont;
    if (!readable && !large) continue;
    // A landmark's label is drawn at LANDMARK_PX on screen, whatever the zoom.
    const s = readable ? scale : LANDMARK_PX / (fontSize * zoom);
    const box: LabelBox = {
      id: node.id,
      x: node.x * zoom + pan.x,
      top: (node.y + node.height / 2) * zoom + pan.y + 4 * s * zoom,
      width: labelWidth(node.text, zoom * s, fontSize),
      height: fontSize * 1.3 * s * zoom,
      priority: labelPriority(node),
    };
    const offScreen =
      large &&
      (box.x + box.width / 2 < 0 ||
        box.x - box.width / 2 > width ||
        box.top > height ||
        box.top + box.height < 0);
    if (offScreen) continue;
    if (readable) boxes.push(box);
    else {
      small.push(box);
      smallScale.set(node.id, s);
    }
  }
  const shown = pickLabels(boxes);
  const landmarks = new Map<string, number>();
  if (small.length) {
    const top = small
      .sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : 1))
      .slice(0, landmarkCount(width, height));
    // The landmarks must not overlap the labels already shown nor each other.
    const placed = pickLabels([
      ...boxes.filter((b) => shown.has(b.id)).map((b) => ({ ...b, priority: 1e12 })),
      ...top,
    ]);
    for (const box of top)
      if (placed.has(box.id)) {
        shown.add(box.id);
        landmarks.set(box.id, smallScale.get(box.id)!);
      }
  }
  return { shown, scale, landmarks };
}

/** On-screen font size of a landmark label (a large drawing's few most important, zoomed out), px. */
export const LANDMARK_PX = 12;

/**
 * How many landmarks a large drawing zoomed out labels: about one per 60,000 px² of canvas (a dozen on a
 * laptop, four on a phone). Each is restyled as the zoom changes, so they stay few.
 */
export const landmarkCount = (width: number, height: number): number =>
  Math.max(3, Math.min(16, Math.round((width * height) / 60_000)));
