// Articulation points (cut vertices) by Tarjan's algorithm, iterative so deep graphs cannot overflow the stack.
import type { CompactGraph } from '../metrics/types';

/**
 * articulation.articulationPoints: for each node, how many more connected pieces its component falls
 * into when it is removed (0 = not an articulation point).
 */
export function articulationPoints(graph: CompactGraph): Uint32Array {
  const n = graph.keys.length;
  const discovery = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const next = new Uint32Array(n); // next adjacency index to look at, per node
  const splits = new Uint32Array(n);
  const stack = new Uint32Array(n);
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (discovery[root] !== -1) continue;
    let top = 0;
    stack[top++] = root;
    discovery[root] = low[root] = time++;
    next[root] = graph.offsets[root]!;
    let rootChildren = 0;
    while (top > 0) {
      const v = stack[top - 1]!;
      if (next[v]! < graph.offsets[v + 1]!) {
        const w = graph.neighbours[next[v]!++]!;
        if (discovery[w] === -1) {
          parent[w] = v;
          discovery[w] = low[w] = time++;
          next[w] = graph.offsets[w]!;
          stack[top++] = w;
          if (v === root) rootChildren++;
        } else if (w !== parent[v]) low[v] = Math.min(low[v]!, discovery[w]!);
      } else {
        top--;
        const p = parent[v]!;
        if (p !== -1) {
          low[p] = Math.min(low[p]!, low[v]!);
          // v's subtree cannot reach above p: removing p cuts it off.
          if (p !== root && low[v]! >= discovery[p]!) splits[p]!++;
        }
      }
    }
    // The root cuts when it has two or more DFS children; removing it leaves one piece per child.
    splits[root] = rootChildren >= 2 ? rootChildren - 1 : 0;
  }
  return splits;
}
