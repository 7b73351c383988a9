// Helpers the projections share: pair keys and view nodes.
import type { NodeAttributes } from '../types';
import type { ViewNodeAttributes } from '../view-types';

/** Stable key of an undirected pair. */
export function pairKey(a: string, b: string): [string, string, string] {
  const [s, t] = a < b ? [a, b] : [b, a];
  return [`${s}--${t}`, s, t];
}

/** A view node that keeps the model node's type, label and position, with its count and lead flag. */
export function viewNodeOf(a: NodeAttributes, count: number, lead: boolean): ViewNodeAttributes {
  return { type: a.type, label: a.label, x: a.x, y: a.y, count, lead: lead || undefined };
}
