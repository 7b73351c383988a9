// Fitting the graph into the part of the canvas the legend does not cover.

export interface Box {
  x1: number;
  y1: number;
  w: number;
  h: number;
}

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/**
 * Zoom and pan that show the whole `bounds` (model coordinates) inside a `width` x `height` canvas with
 * `padding` on every side, above a strip of `bottomReserve` pixels kept clear for the legend.
 * Never zooms past `maxZoom`; returns null when there is nothing to fit or no room to fit it in.
 */
export function fitAround(
  bounds: Box,
  width: number,
  height: number,
  padding: number,
  bottomReserve = 0,
  maxZoom = Infinity,
): Viewport | null {
  const roomW = width - 2 * padding;
  // Keep the reserve only while it leaves at least half the height for the graph.
  const reserve = Math.min(Math.max(0, bottomReserve), height / 2);
  const roomH = height - 2 * padding - reserve;
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
    pan: { x: width / 2 - cx * zoom, y: padding + roomH / 2 - cy * zoom },
  };
}
