// Louvain communities (Blondel et al. 2008) over the compact graph's typed arrays, seeded for
// reproducible runs. Like the other kernels it reads the arrays the job already built: running
// graphology-communities-louvain instead meant the library building its own index from a graphology
// graph on every run, which made it the one metric slower in the worker than on its own (bench, issue 6).
// Its local moves are the library's default, "fast local moves": a queue of nodes to visit, where a
// move puts the moved node's neighbours outside its new community back in the queue.
import { renumberBySize } from './components';
import { seededRandom } from './rng';
import type { CompactGraph } from './types';

export interface LouvainOptions {
  weighted: boolean;
  resolution: number;
  seed: number;
}

export const DEFAULTS: LouvainOptions = { weighted: false, resolution: 1, seed: 42 };

export interface LouvainResult {
  /** Community number of each node, 0 = largest. */
  community: Uint32Array;
  count: number;
  /** Modularity of this partition, same weighting and resolution (as modularity.ts gives it). */
  modularity: number;
}

/** One level's graph: symmetric adjacency (each tie twice) plus each node's self-loop weight. */
interface Level {
  n: number;
  offsets: Uint32Array;
  neighbours: Uint32Array;
  weights: Float64Array;
  loops: Float64Array;
}

/** 0, 1, …, n − 1. */
function identity(n: number): Uint32Array {
  const array = new Uint32Array(n);
  for (let v = 0; v < n; v++) array[v] = v;
  return array;
}

/** A gain must beat staying by this much, so rounding never moves a node back and forth. */
const EPSILON = 1e-10;

/**
 * The fast local moving phase on one level: each node's community after it. Returns null when no node
 * moved (the partition of this level is final).
 */
function moveNodes(level: Level, resolution: number, random: () => number): Uint32Array | null {
  const { n, offsets, neighbours, weights, loops } = level;
  const strength = new Float64Array(n);
  let total = 0;
  for (let v = 0; v < n; v++) {
    let k = 2 * loops[v]!;
    for (let j = offsets[v]!, end = offsets[v + 1]!; j < end; j++) k += weights[j]!;
    strength[v] = k;
    total += k;
  }
  const community = identity(n);
  if (total === 0) return null;
  const communityStrength = strength.slice();
  // The queue is a ring of n slots: a node is in it at most once.
  const queue = identity(n);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = queue[i]!;
    queue[i] = queue[j]!;
    queue[j] = t;
  }
  const queued = new Uint8Array(n).fill(1);
  let head = 0;
  let size = n;
  const tieTo = new Float64Array(n);
  const touched = new Uint32Array(n);
  let moved = false;
  const scale = resolution / total;
  while (size > 0) {
    const v = queue[head]!;
    head = head + 1 === n ? 0 : head + 1;
    size--;
    queued[v] = 0;
    const own = community[v]!;
    const k = strength[v]!;
    let count = 0;
    for (let j = offsets[v]!, end = offsets[v + 1]!; j < end; j++) {
      const c = community[neighbours[j]!]!;
      if (tieTo[c] === 0) touched[count++] = c;
      tieTo[c]! += weights[j]!;
    }
    communityStrength[own]! -= k;
    let best = own;
    let bestGain = tieTo[own]! - communityStrength[own]! * k * scale;
    for (let i = 0; i < count; i++) {
      const c = touched[i]!;
      const gain = tieTo[c]! - communityStrength[c]! * k * scale;
      if (gain > bestGain + EPSILON) {
        best = c;
        bestGain = gain;
      }
    }
    for (let i = 0; i < count; i++) tieTo[touched[i]!] = 0;
    communityStrength[best]! += k;
    if (best === own) continue;
    community[v] = best;
    moved = true;
    for (let j = offsets[v]!, end = offsets[v + 1]!; j < end; j++) {
      const w = neighbours[j]!;
      if (queued[w] || community[w] === best) continue;
      queued[w] = 1;
      queue[(head + size) % n] = w;
      size++;
    }
  }
  return moved ? community : null;
}

/** Communities numbered 0..count-1 in order of first appearance. */
function dense(community: Uint32Array): { labels: Uint32Array; count: number } {
  const index = new Int32Array(community.length).fill(-1);
  const labels = new Uint32Array(community.length);
  let count = 0;
  for (let v = 0; v < community.length; v++) {
    const c = community[v]!;
    if (index[c] === -1) index[c] = count++;
    labels[v] = index[c]!;
  }
  return { labels, count };
}

/** The graph of communities: one node each, ties summed, ties inside a community as its self-loop. */
function aggregate(level: Level, labels: Uint32Array, count: number): Level {
  const { n, offsets, neighbours, weights } = level;
  const loops = new Float64Array(count);
  // Members of each community together (counting sort), so each community's ties are summed at once.
  const start = new Uint32Array(count + 1);
  for (let v = 0; v < n; v++) start[labels[v]! + 1]!++;
  for (let c = 0; c < count; c++) start[c + 1]! += start[c]!;
  const members = new Uint32Array(n);
  const fill = start.slice(0, count);
  for (let v = 0; v < n; v++) members[fill[labels[v]!]!++] = v;
  const tieTo = new Float64Array(count);
  const touched = new Uint32Array(count);
  const newOffsets = new Uint32Array(count + 1);
  const newNeighbours: number[] = [];
  const newWeights: number[] = [];
  for (let c = 0; c < count; c++) {
    let touchedCount = 0;
    for (let i = start[c]!; i < start[c + 1]!; i++) {
      const v = members[i]!;
      loops[c]! += level.loops[v]!;
      for (let j = offsets[v]!, end = offsets[v + 1]!; j < end; j++) {
        const d = labels[neighbours[j]!]!;
        // A tie inside the community is met from both ends: half its weight each time.
        if (d === c) loops[c]! += weights[j]! / 2;
        else {
          if (tieTo[d] === 0) touched[touchedCount++] = d;
          tieTo[d]! += weights[j]!;
        }
      }
    }
    for (let i = 0; i < touchedCount; i++) {
      const d = touched[i]!;
      newNeighbours.push(d);
      newWeights.push(tieTo[d]!);
      tieTo[d] = 0;
    }
    newOffsets[c + 1] = newNeighbours.length;
  }
  return {
    n: count,
    offsets: newOffsets,
    neighbours: Uint32Array.from(newNeighbours),
    weights: Float64Array.from(newWeights),
    loops,
  };
}

/**
 * The modularity of the partition whose communities are this level's nodes: Σ_c [L_c/m − γ (D_c/2m)²]
 * (as modularity.ts), L_c being c's self-loop and D_c its strength.
 */
function levelModularity(level: Level, resolution: number): number {
  let total = 0;
  const strength = new Float64Array(level.n);
  for (let c = 0; c < level.n; c++) {
    let k = 2 * level.loops[c]!;
    for (let j = level.offsets[c]!, end = level.offsets[c + 1]!; j < end; j++) k += level.weights[j]!;
    strength[c] = k;
    total += k;
  }
  if (total === 0) return 0;
  let q = 0;
  for (let c = 0; c < level.n; c++)
    q += (2 * level.loops[c]!) / total - resolution * (strength[c]! / total) ** 2;
  return q;
}

/**
 * louvain.louvain: a partition into communities that locally maximises modularity at the given
 * resolution; the same seed gives the same partition of the same graph.
 */
export function louvain(graph: CompactGraph, options: Partial<LouvainOptions> = {}): LouvainResult {
  const settings = { ...DEFAULTS, ...options };
  if (!(settings.resolution > 0)) throw new Error('louvain: resolution must be positive');
  const n = graph.keys.length;
  const random = seededRandom(settings.seed);
  let level: Level = {
    n,
    offsets: graph.offsets,
    neighbours: graph.neighbours,
    weights: settings.weighted ? graph.weights : new Float64Array(graph.neighbours.length).fill(1),
    loops: new Float64Array(n),
  };
  // Each original node's community on the current level.
  const assignment = identity(n);
  for (;;) {
    const moved = moveNodes(level, settings.resolution, random);
    if (!moved) break;
    const { labels, count } = dense(moved);
    for (let v = 0; v < n; v++) assignment[v] = labels[assignment[v]!]!;
    const before = level.n;
    level = aggregate(level, labels, count);
    if (count === before) break;
  }
  return {
    community: renumberBySize(assignment, level.n),
    count: level.n,
    modularity: levelModularity(level, settings.resolution),
  };
}
