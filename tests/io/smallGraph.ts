// A small Consortia graph built inline for the io tests: two organisations, one project, its programme and
// two countries, with arrays (names, sources), numbers, dates and a name that carries markup.
import { parseGraph } from '../../src/graph/schema';
import type { ConsortiaGraph } from '../../src/graph/types';

export const XSS_NAME = 'Agencija <img src=x onerror="alert(1)"> & <script>alert(2)</script> "Š"';

export function smallGraph(): ConsortiaGraph {
  const s = (quote: string) => [{ doc: 'doc.txt', quote }];
  const parsed = parseGraph({
    attributes: { name: 'Small', builtAt: '2026-11-23T12:00:00Z' },
    nodes: [
      {
        key: 'org:zrs-bistra',
        attributes: {
          type: 'organisation',
          label: 'ZRS Bistra Ptuj',
          names: ['ZRS Bistra Ptuj', 'Znanstveno-raziskovalno središče Bistra'],
          country: 'SI',
          city: 'Ptuj',
          kind: 'development agency',
          sources: s('ZRS Bistra Ptuj (SI)'),
          x: 1.5,
          y: -2,
        },
      },
      {
        key: 'org:xss',
        attributes: {
          type: 'organisation',
          label: XSS_NAME,
          names: [XSS_NAME],
          country: 'CZ',
          sources: [],
          x: 3,
          y: 4,
        },
      },
      {
        key: 'project:clusters',
        attributes: {
          type: 'project',
          label: 'Clusters Cord',
          names: ['Clusters Cord', 'CLUSTERS'],
          acronym: 'CLUSTERS',
          programme: 'programme:cadses',
          start: '2010-03',
          end: '2012',
          budgetEur: 1234567.5,
          sources: s('Clusters Cord'),
          x: 0,
          y: 0,
        },
      },
      {
        key: 'programme:cadses',
        attributes: { type: 'programme', label: 'Interreg IIIB CADSES', names: [], sources: [], x: 5, y: 5 },
      },
      {
        key: 'country:SI',
        attributes: {
          type: 'country',
          code: 'SI',
          label: 'Slovenia',
          names: ['Slovenija'],
          sources: [],
          lat: 46.1,
          lon: 14.8,
          x: 9,
          y: 9,
        },
      },
      {
        key: 'country:CZ',
        attributes: { type: 'country', code: 'CZ', label: 'Czechia', names: [], sources: [], x: 8, y: 8 },
      },
    ],
    edges: [
      {
        source: 'org:zrs-bistra',
        target: 'project:clusters',
        attributes: { type: 'participates_in', role: 'lead', sources: s('vodilni partner') },
      },
      {
        source: 'org:xss',
        target: 'project:clusters',
        attributes: { type: 'participates_in', role: 'partner', sources: [] },
      },
      { source: 'org:zrs-bistra', target: 'country:SI', attributes: { type: 'located_in', sources: [] } },
      { source: 'org:xss', target: 'country:CZ', attributes: { type: 'located_in', sources: [] } },
      {
        source: 'project:clusters',
        target: 'programme:cadses',
        attributes: { type: 'funded_by', sources: [] },
      },
    ],
  });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.graph;
}

/** Nodes and edges with attributes, in key order, to compare two graphs. */
export function snapshot(graph: { export(): { attributes?: unknown; nodes: unknown[]; edges: unknown[] } }) {
  const data = graph.export() as {
    attributes?: Record<string, unknown>;
    nodes: Array<{ key: string; attributes?: Record<string, unknown> }>;
    edges: Array<{ key?: string; source: string; target: string; attributes?: Record<string, unknown> }>;
  };
  return {
    attributes: data.attributes ?? {},
    nodes: [...data.nodes]
      .sort((a, b) => a.key.localeCompare(b.key))
      .map((n) => ({ key: n.key, attributes: n.attributes ?? {} })),
    edges: [...data.edges]
      .sort((a, b) => `${a.source}>${a.target}`.localeCompare(`${b.source}>${b.target}`))
      .map((e) => ({ key: e.key, source: e.source, target: e.target, attributes: e.attributes ?? {} })),
  };
}
