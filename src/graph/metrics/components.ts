// Connected components, numbered by size (0 = largest; ties by first node), so colours are stable.
import type { CompactGraph } from './types';

export interface ComponentsResult {
  /** Component number of each node. */
  component: Uint32Array;
  count: number;
}

/** components.connectedComponents: labels every node with its component, largest first. */
export function connectedComponents(graph: CompactGraph): ComponentsResult {
  const n = graph.keys.length;
  const raw = new Int32Array(n).fill(-1);
  const sizes: number[] = [];
  const queue = new Uint32Array(n);
  for (let s = 0; s < n; s++) {
    if (raw[s] !== -1) continue;
    const id = sizes.length;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    raw[s] = id;
    while (head < tail) {
      const v = queue[head++]!;
      for (let j = graph.offsets[v]!; j < graph.offsets[v + 1]!; j++) {
        const w = graph.neighbours[j]!;
        if (raw[w] === -1) {
          raw[w] = id;
          queue[tail++] = w;
        }
      }
    }
    sizes.push(tail);
  }
  return { component: renumberBySize(raw, sizes.length), count: sizes.length };
}

/** components.renumberBySize: relabels groups 0..k-1 by decreasing size, ties by first appearance. */
export function renumberBySize(labels: ArrayLike<number>, count: number): Uint32Array {
  const sizes = new Array<number>(count).fill(0);
  const first = new Array<number>(count).fill(Infinity);
  for (let v = 0; v < labels.length; v++) {
    const label = labels[v]!;
    sizes[label]!++;
    if (first[label] === Infinity) first[label] = v;
  }
  const order = Array.from({ length: count }, (_, i) => i).sort(
    (a, b) => sizes[b]! - sizes[a]! || first[a]! - first[b]!,
  );
  const rank = new Array<number>(count);
  order.forEach((label, i) => (rank[label] = i));
  return Uint32Array.from(labels, (label) => rank[label]!);
}
