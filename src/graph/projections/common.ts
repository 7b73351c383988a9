// Helpers the projections share: node counts, lead flags, pair keys.
import type { ConsortiaGraph, NodeAttributes } from '../types';
import type { ViewEdgeAttributes, ViewGraph, ViewNodeAttributes } from '../view-types';

/** Organisations: projects joined; projects: partners; countries: organisations; programmes: projects. */
export function countNode(graph: ConsortiaGraph, key: string): number {
  const type = graph.getNodeAttribute(key, 'type');
  const wanted =
    type === 'organisation' || type === 'project'
      ? 'participates_in'
      : type === 'country'
        ? 'located_in'
        : 'funded_by';
  let n = 0;
  graph.forEachEdge(key, (_, a) => {
    if (a.type === wanted) n += 1;
  });
  return n;
}

/** Organisations that lead a project, and projects that have a lead partner. */
export function leadFlags(graph: ConsortiaGraph): Set<string> {
  const lead = new Set<string>();
  graph.forEachEdge((_, a, source, target) => {
    if (a.type === 'participates_in' && a.role === 'lead') {
      lead.add(source);
      lead.add(target);
    }
  });
  return lead;
}

/**
 * Past this many keys behind one overview tie (countries, programmes), `via` is left out and the weight
 * still counts them all: two large countries share thousands of projects, too many to list or carry.
 */
export const VIA_LIMIT = 50;

/** Stable key of an undirected pair. */
export function pairKey(a: string, b: string): [string, string, string] {
  const [s, t] = a < b ? [a, b] : [b, a];
  return [`${s}--${t}`, s, t];
}

/** Adds `via` to the tie between a and b in a pair map, counting it once. */
export function addTie(
  ties: Map<string, { source: string; target: string; via: Set<string> }>,
  a: string,
  b: string,
  via: string,
): void {
  if (a === b) return;
  const [key, source, target] = pairKey(a, b);
  const tie = ties.get(key);
  if (tie) tie.via.add(via);
  else ties.set(key, { source, target, via: new Set([via]) });
}

/** A view node that keeps the model node's type, label and position, with its count and lead flag. */
export function viewNode(
  graph: ConsortiaGraph,
  key: string,
  a: NodeAttributes,
  lead: Set<string>,
): ViewNodeAttributes {
  return {
    type: a.type,
    label: a.label,
    x: a.x,
    y: a.y,
    count: countNode(graph, key),
    lead: lead.has(key) || undefined,
  };
}

/**
 * Ties between the few nodes of an overview (countries, programmes), counted in a flat array indexed
 * by node: each group (a project's countries, an organisation's programmes) links every two of its
 * members once. Costs (members per group)² per group and no allocation per pair.
 */
export class OverviewTies {
  private readonly index: Map<string, number>;
  private readonly weight: Uint32Array;
  private readonly via: Array<string[] | null> = [];
  private readonly seen: Int32Array;
  private readonly group: number[] = [];
  private groupNo = 0;

  constructor(private readonly keys: string[]) {
    this.index = new Map(keys.map((k, i) => [k, i]));
    this.weight = new Uint32Array(keys.length * keys.length);
    this.seen = new Int32Array(keys.length).fill(-1);
  }

  /** Adds a member (a node key of the view) to the current group; unknown keys and repeats are ignored. */
  add(key: string): void {
    const i = this.index.get(key);
    if (i === undefined || this.seen[i] === this.groupNo) return;
    this.seen[i] = this.groupNo;
    this.group.push(i);
  }

  /** Closes the current group: every two of its members gain a tie made by `via`. */
  close(via: string): void {
    const n = this.keys.length;
    const g = this.group;
    for (let a = 0; a < g.length; a++)
      for (let b = a + 1; b < g.length; b++) {
        const cell = Math.min(g[a]!, g[b]!) * n + Math.max(g[a]!, g[b]!);
        const w = (this.weight[cell] = this.weight[cell]! + 1);
        if (w === 1) this.via[cell] = [via];
        else if (w > VIA_LIMIT) this.via[cell] = null;
        else this.via[cell]?.push(via);
      }
    g.length = 0;
    this.groupNo += 1;
  }

  /** Adds the ties to `view` as undirected edges of `type`, in order of their pair key. */
  addTo(view: ViewGraph, type: ViewEdgeAttributes['type']): void {
    const n = this.keys.length;
    const ties: Array<{ key: string; source: string; target: string; cell: number }> = [];
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        if (!this.weight[i * n + j]) continue;
        const [key, source, target] = pairKey(this.keys[i]!, this.keys[j]!);
        ties.push({ key, source, target, cell: i * n + j });
      }
    ties.sort((a, b) => (a.key < b.key ? -1 : 1));
    for (const { key, source, target, cell } of ties) {
      const attributes: ViewEdgeAttributes = { type, weight: this.weight[cell]! };
      const through = this.via[cell];
      if (through) attributes.via = through.sort();
      view.addUndirectedEdgeWithKey(key, source, target, attributes);
    }
  }
}
