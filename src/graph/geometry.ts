// Small pure geometry helpers shared by the pipeline's and the worker's layouts.

/** Each point's distance to its nearest other point (exact), by a sweep over points sorted by x. */
export function nearestDistances(points: ReadonlyArray<{ x: number; y: number }>): number[] {
  const order = points.map((_, i) => i).sort((a, b) => points[a]!.x - points[b]!.x);
  const out = new Array<number>(points.length).fill(Infinity);
  for (let r = 0; r < order.length; r += 1) {
    const p = points[order[r]!]!;
    let best = Infinity;
    for (let s = r + 1; s < order.length; s += 1) {
      const q = points[order[s]!]!;
      if (q.x - p.x >= best) break;
      best = Math.min(best, Math.hypot(p.x - q.x, p.y - q.y));
    }
    for (let s = r - 1; s >= 0; s -= 1) {
      const q = points[order[s]!]!;
      if (p.x - q.x >= best) break;
      best = Math.min(best, Math.hypot(p.x - q.x, p.y - q.y));
    }
    out[order[r]!] = best;
  }
  return out;
}

/** A number in [0, 1) from a string, the same on every machine (FNV-1a). */
export function hash01(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h / 0x100000000;
}

/** The factor that puts the closest tenth of neighbour pairs `distance` apart (1 when undefined). */
export function neighbourScale(points: ReadonlyArray<{ x: number; y: number }>, distance: number): number {
  const nearest = nearestDistances(points).sort((a, b) => a - b);
  const tenth = nearest[Math.floor(nearest.length / 10)] ?? 0;
  return tenth > 0 && Number.isFinite(tenth) ? distance / tenth : 1;
}
