// Fitting the graph into the part of the canvas the legend does not cover.

export interface Box {
  x1: number;
  y1: number;
  w: number;
  h: number;
}

/** A rectangle on the canvas, in rendered pixels from its top-left corner. */
export interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/** Space left between the graph and the corner it keeps clear. */
export const CORNER_GAP = 6;

/**
 * Zoom and pan that show the whole `bounds` (model coordinates) inside a `width` x `height` canvas with
 * `padding` on every side, above a strip of `bottomReserve` pixels and right of a strip of `leftReserve`
 * pixels kept clear for the legend. Never zooms past `maxZoom`; returns null when there is nothing to fit
 * or no room to fit it in.
 */
export function fitAround(
  bounds: Box,
  width: number,
  height: number,
  padding: number,
  bottomReserve = 0,
  maxZoom = Infinity,
  leftReserve = 0,
): Viewport | null {
  // Keep a reserve only while it leaves at least half the canvas for the graph.
  const bottom = Math.min(Math.max(0, bottomReserve), height / 2);
  const left = Math.min(Math.max(0, leftReserve), width / 2);
  const roomW = width - 2 * padding - left;
  const roomH = height - 2 * padding - bottom;
  if (!(roomW > 0 && roomH > 0) || !Number.isFinite(bounds.w) || !Number.isFinite(bounds.h)) return null;
  const zoom = Math.min(
    maxZoom,
    bounds.w > 0 ? roomW / bounds.w : maxZoom,
    bounds.h > 0 ? roomH / bounds.h : maxZoom,
  );
  if (!Number.isFinite(zoom) || zoom <= 0) return null;
  const cx = bounds.x1 + bounds.w / 2;
  const cy = bounds.y1 + bounds.h / 2;
  return {
    zoom,
    pan: { x: padding + left + roomW / 2 - cx * zoom, y: padding + roomH / 2 - cy * zoom },
  };
}

/**
 * fitAround.fitBesideCorner: the fit that keeps the bottom-left `corner` (the legend) clear, by fitting
 * the graph above it or right of it, whichever shows it larger. Null when neither has room.
 */
export function fitBesideCorner(
  bounds: Box,
  width: number,
  height: number,
  padding: number,
  corner: Rect,
  maxZoom = Infinity,
): Viewport | null {
  const above = fitAround(bounds, width, height, padding, height - padding - corner.y1 + CORNER_GAP, maxZoom);
  const beside = fitAround(bounds, width, height, padding, 0, maxZoom, corner.x2 + CORNER_GAP - padding);
  if (!above || !beside) return above ?? beside;
  return beside.zoom > above.zoom ? beside : above;
}

/** fitAround.overlaps: whether two rectangles share any area. */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.x1 < b.x2 && a.x2 > b.x1 && a.y1 < b.y2 && a.y2 > b.y1;
}
