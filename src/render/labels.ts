// Label decluttering: which node labels to draw so that none overlap on screen. Greedy by priority
// (selected, the ego centre, projects/countries/programmes, busy organisations), on a grid index.

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
