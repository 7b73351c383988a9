// The graph as arrays: nodes and edges numbered once, their types and roles as small codes, so filters
// and projections of a large dataset (150,000 nodes, 600,000 edges) are passes over typed arrays
// instead of string-keyed maps and graphology callbacks (a pass of those costs ~0.1-0.3 s there).
// A filtered dataset is a part of the numbered graph: its node and edge numbers, no copy of the graph.
import {
  EDGE_TYPES,
  NODE_TYPES,
  ROLES,
  type ConsortiaGraph,
  type EdgeAttributes,
  type EdgeType,
  type NodeAttributes,
  type NodeType,
  type Role,
} from './types';

/** The code of a type or role outside the lists (a graph can carry its own). */
export const OTHER = 255;

const codes = <T extends string>(list: readonly T[]) =>
  Object.fromEntries(list.map((name, i) => [name, i])) as Record<T, number>;

export const NODE_CODE = codes<NodeType>(NODE_TYPES);
export const EDGE_CODE = codes<EdgeType>(EDGE_TYPES);
export const ROLE_CODE = codes<Role>(ROLES);

/** Looks a name up in `list`: its place, OTHER for a name outside it (or none). */
const coder = <T extends string>(list: readonly T[]) => {
  const table = new Map<string | undefined, number>(list.map((name, i) => [name, i]));
  return (name: string | undefined): number => table.get(name) ?? OTHER;
};
const nodeCode = coder(NODE_TYPES);
const edgeCode = coder(EDGE_TYPES);
const roleCode = coder(ROLES);

/** The whole graph numbered: node i is `keys[i]`, edge e runs from node `source[e]` to `target[e]`. */
export interface NumberedGraph {
  readonly graph: ConsortiaGraph;
  readonly keys: readonly string[];
  readonly attributes: readonly NodeAttributes[];
  /** NODE_CODE of each node's type. */
  readonly nodeType: Uint8Array;
  readonly id: ReadonlyMap<string, number>;
  /** Edges in the graph's order. */
  readonly edgeKeys: readonly string[];
  readonly edgeAttributes: readonly EdgeAttributes[];
  readonly source: Int32Array;
  readonly target: Int32Array;
  /** EDGE_CODE of each edge's type. */
  readonly edgeType: Uint8Array;
  /** ROLE_CODE of each edge's role (OTHER without one). */
  readonly role: Uint8Array;
}

/** Edges by node, as offsets into one array: node i's edges are `edges[start[i]]` to `edges[start[i + 1] - 1]`. */
export interface Adjacency {
  readonly start: Int32Array;
  readonly edges: Int32Array;
}

/**
 * A numbered graph or a part of it (a filtered dataset): its nodes and edges in its own order. Read-only;
 * what projections need of it (node counts, lead flags, edges by node, the graphology graph) is worked
 * out once, when first asked for.
 */
export class IndexedGraph {
  /** 1 for the nodes of this part, by node number. */
  readonly has: Uint8Array;
  private memo: {
    counts?: Uint32Array;
    leads?: Uint8Array;
    out?: Adjacency;
    in?: Adjacency;
    graph?: ConsortiaGraph;
  } = {};

  constructor(
    readonly whole: NumberedGraph,
    /** Node numbers in this graph's order. */
    readonly nodes: Int32Array,
    /** Edge numbers in this graph's order; both ends of each are in `nodes`. */
    readonly edges: Int32Array,
    private readonly isWhole = false,
  ) {
    this.has = new Uint8Array(whole.keys.length);
    for (let i = 0; i < nodes.length; i++) this.has[nodes[i]!] = 1;
  }

  get order(): number {
    return this.nodes.length;
  }

  /** Each node's count, by node number: projects joined, partners, organisations, projects. */
  counts(): Uint32Array {
    if (this.memo.counts) return this.memo.counts;
    const { nodeType, source, target, edgeType } = this.whole;
    const counted = COUNTED_EDGE;
    const counts = new Uint32Array(nodeType.length);
    for (let i = 0; i < this.edges.length; i++) {
      const e = this.edges[i]!;
      const s = source[e]!;
      const t = target[e]!;
      const type = edgeType[e]!;
      if (type === counted[nodeType[s]!]) counts[s]! += 1;
      if (t !== s && type === counted[nodeType[t]!]) counts[t]! += 1;
    }
    return (this.memo.counts = counts);
  }

  /** By node number: 1 for an organisation that leads a project and for a project with a lead partner. */
  leads(): Uint8Array {
    if (this.memo.leads) return this.memo.leads;
    const { source, target, edgeType, role } = this.whole;
    const leads = new Uint8Array(this.whole.keys.length);
    for (let i = 0; i < this.edges.length; i++) {
      const e = this.edges[i]!;
      if (edgeType[e] !== EDGE_CODE.participates_in || role[e] !== ROLE_CODE.lead) continue;
      leads[source[e]!] = 1;
      leads[target[e]!] = 1;
    }
    return (this.memo.leads = leads);
  }

  /** Each node's outgoing edges, in this graph's edge order. */
  outEdges(): Adjacency {
    return (this.memo.out ??= adjacency(this.whole.keys.length, this.edges, this.whole.source));
  }

  /** Each node's incoming edges, in this graph's edge order. */
  inEdges(): Adjacency {
    return (this.memo.in ??= adjacency(this.whole.keys.length, this.edges, this.whole.target));
  }

  /**
   * A node's outgoing edges in the order graphology's forEachOutEdge gives them: the order they were
   * added, except that targets whose key is an array index ("12") come first, by number (graphology
   * keeps them in an object's keys).
   */
  outEdgesOf(id: number): number[] {
    const { start, edges } = this.outEdges();
    const list = Array.from(edges.subarray(start[id]!, start[id + 1]!));
    const keys = this.whole.keys;
    const target = this.whole.target;
    if (!list.some((e) => isArrayIndex(keys[target[e]!]!))) return list;
    const numbered = list.filter((e) => isArrayIndex(keys[target[e]!]!));
    numbered.sort((a, b) => Number(keys[target[a]!]) - Number(keys[target[b]!]));
    return [...numbered, ...list.filter((e) => !isArrayIndex(keys[target[e]!]!))];
  }

  /** queries.countryOf: an organisation's country code, from its attribute, else its located_in edge. */
  countryOf(id: number): string | undefined {
    const a = this.whole.attributes[id]!;
    if (a.type === 'organisation' && a.country) return a.country;
    for (const e of this.outEdgesOf(id)) {
      if (this.whole.edgeType[e] !== EDGE_CODE.located_in) continue;
      const target = this.whole.attributes[this.whole.target[e]!]!;
      if (target.type === 'country') return target.code;
    }
    return undefined;
  }

  /** The number of a node of this graph, or -1. */
  idOf(key: string): number {
    const id = this.whole.id.get(key);
    return id !== undefined && this.has[id] ? id : -1;
  }

  /**
   * This graph as a graphology graph: the numbered graph itself when this is all of it, else a copy of
   * its nodes (attributes copied, in this graph's order) and edges, as graphology-operators' subgraph
   * makes one.
   */
  graph(): ConsortiaGraph {
    if (this.isWhole) return this.whole.graph;
    if (this.memo.graph) return this.memo.graph;
    const w = this.whole;
    const graph = w.graph.nullCopy() as ConsortiaGraph;
    for (let i = 0; i < this.nodes.length; i++) {
      const id = this.nodes[i]!;
      graph.addNode(w.keys[id]!, { ...w.attributes[id]! });
    }
    for (let i = 0; i < this.edges.length; i++) {
      const e = this.edges[i]!;
      graph.addDirectedEdgeWithKey(w.edgeKeys[e]!, w.keys[w.source[e]!]!, w.keys[w.target[e]!]!, {
        ...w.edgeAttributes[e]!,
      });
    }
    return (this.memo.graph = graph);
  }

  /** The part of this graph's numbered whole made of `nodes` and `edges`, in their order. */
  part(nodes: Int32Array, edges: Int32Array): IndexedGraph {
    return new IndexedGraph(this.whole, nodes, edges);
  }
}

/** The edge type each node type counts (organisations and projects: participations), by node code. */
const COUNTED_EDGE = (() => {
  // A node of another type (OTHER) counts funded_by edges, as programmes do.
  const table = new Uint8Array(256).fill(EDGE_CODE.funded_by);
  table[NODE_CODE.organisation] = EDGE_CODE.participates_in;
  table[NODE_CODE.project] = EDGE_CODE.participates_in;
  table[NODE_CODE.country] = EDGE_CODE.located_in;
  return table;
})();

const isArrayIndex = (key: string): boolean => /^(?:0|[1-9]\d*)$/.test(key) && Number(key) < 4_294_967_295;

function adjacency(n: number, edges: Int32Array, end: Int32Array): Adjacency {
  const start = new Int32Array(n + 1);
  for (let i = 0; i < edges.length; i++) start[end[edges[i]!]! + 1]! += 1;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const out = new Int32Array(edges.length);
  for (let i = 0; i < edges.length; i++) {
    const e = edges[i]!;
    out[fill[end[e]!]!++] = e;
  }
  return { start, edges: out };
}

/** The numbering of each graph already numbered (graphs are never changed in place). */
const numbered = new WeakMap<ConsortiaGraph, IndexedGraph>();

/**
 * indexed.indexGraph: `graph` numbered, as one IndexedGraph of all of it. One pass over its nodes and
 * one over its edges (~0.2 s at 600,000 edges); every edge is read as directed (a ConsortiaGraph's are).
 * Once per graph: the page numbers the dataset it shows for every view and filter otherwise.
 */
export function indexGraph(graph: ConsortiaGraph): IndexedGraph {
  const known = numbered.get(graph);
  // The sizes guard against a graph changed since (tests build graphs up between calls).
  if (known && known.whole.keys.length === graph.order && known.whole.edgeKeys.length === graph.size)
    return known;
  const indexed = numberGraph(graph);
  numbered.set(graph, indexed);
  return indexed;
}

function numberGraph(graph: ConsortiaGraph): IndexedGraph {
  const n = graph.order;
  const m = graph.size;
  const keys = new Array<string>(n);
  const attributes = new Array<NodeAttributes>(n);
  const nodeType = new Uint8Array(n);
  const id = new Map<string, number>();
  let i = 0;
  graph.forEachNode((key, a) => {
    keys[i] = key;
    attributes[i] = a;
    nodeType[i] = nodeCode(a.type);
    id.set(key, i++);
  });
  const edgeKeys = new Array<string>(m);
  const edgeAttributes = new Array<EdgeAttributes>(m);
  const source = new Int32Array(m);
  const target = new Int32Array(m);
  const edgeType = new Uint8Array(m);
  const role = new Uint8Array(m);
  let e = 0;
  graph.forEachEdge((key, a, s, t) => {
    edgeKeys[e] = key;
    edgeAttributes[e] = a;
    source[e] = id.get(s)!;
    target[e] = id.get(t)!;
    edgeType[e] = edgeCode(a.type);
    role[e] = roleCode(a.role);
    e += 1;
  });
  const whole = {
    graph,
    keys,
    attributes,
    nodeType,
    id,
    edgeKeys,
    edgeAttributes,
    source,
    target,
    edgeType,
    role,
  };
  return new IndexedGraph(whole, range(n), range(m), true);
}

const range = (n: number): Int32Array => {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  return out;
};

/** An IndexedGraph as it is, or a graphology graph numbered (what projections take). */
export const indexedOf = (graph: ConsortiaGraph | IndexedGraph): IndexedGraph =>
  graph instanceof IndexedGraph ? graph : indexGraph(graph);
