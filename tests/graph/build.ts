// Builds small Consortia graphs inline for tests: orgs in projects with roles and countries.
import { DirectedGraph } from 'graphology';
import type {
  ConsortiaGraph,
  EdgeAttributes,
  GraphAttributes,
  NodeAttributes,
  Role,
} from '../../src/graph/types';
import type { ViewGraph } from '../../src/graph/view-types';
import { LARGE_DATASET } from '../../src/graph/budget';
import { parseGraph } from '../../src/graph/schema';
import { readFileSync } from 'node:fs';
import { hash01 } from '../../src/graph/geometry';

export interface Spec {
  projects: Record<
    string,
    { programme?: string; start?: string; end?: string; members: Array<[string, Role]> }
  >;
  countries: Record<string, string>; // org -> country code
}

/** Two triangles joined by one edge, as layout input: keys and [source, target, weight] by index. */
export const TWO_TRIANGLES: { keys: string[]; edges: Array<[number, number, number]> } = {
  keys: ['a', 'b', 'c', 'd', 'e', 'f'],
  edges: [
    [0, 1, 1],
    [1, 2, 1],
    [2, 0, 1],
    [3, 4, 1],
    [4, 5, 1],
    [5, 3, 1],
    [2, 3, 1],
  ],
};

/**
 * Just past the large-dataset threshold: organisations o0, o1, … in the country `countryOf(i)` gives,
 * two to a project (p0, p2, …, o-even leads) in programme:x. Each organisation brings a node and a
 * located_in edge, each project a node and two participations: 3.5 per organisation.
 */
export function pairsPastLarge(countryOf: (i: number) => string): Spec {
  const spec: Spec = { projects: {}, countries: {} };
  const organisations = Math.ceil(LARGE_DATASET / 3.5);
  for (let i = 0; i < organisations; i++) spec.countries[`o${i}`] = countryOf(i);
  for (let i = 0; i + 1 < organisations; i += 2)
    spec.projects[`p${i}`] = {
      programme: 'programme:x',
      members: [
        [`o${i}`, 'lead'],
        [`o${i + 1}`, 'partner'],
      ],
    };
  return spec;
}

/** `org:a` style keys from short names; every fact gets a quote from doc "t.txt". */
export function build(spec: Spec): ConsortiaGraph {
  const g: ConsortiaGraph = new DirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  const src = (quote: string) => [{ doc: 't.txt', quote }];
  for (const [org, code] of Object.entries(spec.countries)) {
    g.mergeNode(`country:${code}`, { type: 'country', code, label: code, names: [], sources: [] });
    g.addNode(`org:${org}`, {
      type: 'organisation',
      label: org.toUpperCase(),
      names: [org.toUpperCase()],
      country: code,
      sources: src(org),
    });
    g.addDirectedEdge(`org:${org}`, `country:${code}`, {
      type: 'located_in',
      sources: src(`${org} (${code})`),
    });
  }
  for (const [p, def] of Object.entries(spec.projects)) {
    g.addNode(`project:${p}`, {
      type: 'project',
      label: p.toUpperCase(),
      names: [],
      start: def.start,
      end: def.end,
      programme: def.programme,
      sources: src(p),
    });
    if (def.programme) {
      g.mergeNode(def.programme, { type: 'programme', label: def.programme, names: [], sources: [] });
      g.addDirectedEdge(`project:${p}`, def.programme, { type: 'funded_by', sources: src(p) });
    }
    for (const [org, role] of def.members)
      g.addDirectedEdge(`org:${org}`, `project:${p}`, {
        type: 'participates_in',
        role,
        sources: src(`${org} – ${role}`),
      });
  }
  return g;
}

/** a, b in P1 (a leads); b, c in P2 (c leads); d alone in P3; e in no project. */
export const SMALL: Spec = {
  projects: {
    p1: {
      programme: 'programme:x',
      start: '2008',
      end: '2010',
      members: [
        ['a', 'lead'],
        ['b', 'partner'],
      ],
    },
    p2: {
      programme: 'programme:y',
      start: '2011-03',
      end: '2013',
      members: [
        ['b', 'partner'],
        ['c', 'lead'],
      ],
    },
    p3: { programme: 'programme:y', start: '2016', members: [['d', 'lead']] },
  },
  countries: { a: 'SI', b: 'AT', c: 'SI', d: 'CZ', e: 'CZ' },
};

export function fixtureGraph(): ConsortiaGraph {
  const parsed = parseGraph(JSON.parse(readFileSync('tests/fixtures/graph.json', 'utf8')), 'fixture');
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.graph;
}

/** 60 organisations in 25 projects of 2 to 9 members, picked by a hash; `o0` joins every fifth project. */
export function consortiaGraph(): ConsortiaGraph {
  const codes = ['AT', 'SI', 'CZ', 'PL', 'BG'];
  const spec: Spec = { projects: {}, countries: {} };
  for (let o = 0; o < 60; o++) spec.countries[`o${o}`] = codes[o % codes.length]!;
  for (let p = 0; p < 25; p++) {
    const size = 2 + Math.floor(hash01(`size${p}`) * 8);
    const members = new Set<number>(p % 5 === 0 ? [0] : []);
    for (let i = 0; members.size < size; i++) members.add(Math.floor(hash01(`p${p}m${i}`) * 60));
    spec.projects[`p${p}`] = {
      programme: `programme:${p % 3}`,
      members: [...members].map((m, i) => [`o${m}`, i === 0 ? 'lead' : 'partner']),
    };
  }
  return build(spec);
}

/** A view's nodes with their attributes, in order, and its edges sorted by key: for comparing views. */
export const dump = (view: ViewGraph) => ({
  nodes: view.mapNodes((key, a) => [key, a]),
  edges: view.mapEdges((key, a, s, t) => [key, s, t, a]).sort((x, y) => (x[0]! < y[0]! ? -1 : 1)),
});
