import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { writeNodesCsv, writeEdgesCsv } from '../../src/io/csvExport';
import { readGexf, writeGexf } from '../../src/io/gexf';
import { readGraphml, writeGraphml } from '../../src/io/graphml';
import { readGraphJson, writeGraphJson } from '../../src/io/json';
import { readGraphFile, sniffFormat } from '../../src/io/readGraphFile';
import Papa from 'papaparse';
import type { GenericGraph } from '../../src/io/types';
import { XSS_NAME, smallGraph, snapshot } from './smallGraph';

const roundTrips = [
  ['graphology JSON', 'g.json', writeGraphJson, readGraphJson],
  ['GEXF', 'g.gexf', writeGexf, readGexf],
  ['GraphML', 'g.graphml', writeGraphml, readGraphml],
] as const;

describe('graph file round trips', () => {
  for (const [name, file, write, read] of roundTrips) {
    it(`${name}: export then import gives the same graph (nodes, edges, attributes, arrays, markup as text)`, () => {
      const graph = smallGraph();
      const result = read(write(graph), file);
      if (!result.ok) throw new Error(result.errors.join('\n'));
      expect(result.conforms).toBe(true);
      expect(snapshot(result.graph)).toEqual(snapshot(graph));
      expect(result.graph.getNodeAttributes('org:xss').label).toBe(XSS_NAME);
      expect(result.report).toMatchObject({ file, nodes: 6, edges: 5, skipped: [] });
    });

    it(`${name}: the same through readGraphFile, which sniffs the format`, () => {
      const result = readGraphFile(file, write(smallGraph()));
      expect(result.ok && result.conforms && snapshot(result.graph)).toEqual(snapshot(smallGraph()));
    });

    it(`${name}: carries the view's positions, colours and sizes`, () => {
      const text = write(smallGraph(), {
        node: (key) => (key === 'org:xss' ? { x: 10, y: 20, color: '#0072b2', size: 7 } : undefined),
      });
      const result = read(text, file);
      if (!result.ok) throw new Error(result.errors.join('\n'));
      // The contract check keeps x/y; colour and size are display data the plain reading keeps.
      expect(result.graph.getNodeAttributes('org:xss')).toMatchObject({ x: 10, y: 20 });
      expect(text).toMatch(/0072b2|0, ?114, ?178|r="0" g="114" b="178"/i);
    });
  }

  it('GraphML declares a typed key for every attribute', () => {
    const text = writeGraphml(smallGraph());
    expect(text).toContain(
      '<key id="n3" for="node" attr.name="names" attr.type="string"/>'.replace(
        'n3',
        text.match(/<key id="(n\d+)" for="node" attr.name="names"/)![1]!,
      ),
    );
    expect(text).toMatch(/attr.name="budgetEur" attr.type="double"/);
    expect(text).toMatch(/attr.name="x" attr.type="double"/);
    expect(text).toMatch(/for="edge" attr.name="role" attr.type="string"/);
    expect(text).not.toContain('<script>');
  });

  it('GEXF and GraphML keep markup in names as escaped text', () => {
    expect(writeGexf(smallGraph())).not.toMatch(/<script>|<img/);
    expect(writeGraphml(smallGraph())).not.toMatch(/<script>|<img/);
  });
});

describe('lenient reading of graphs in other shapes', () => {
  it('reads any graphology JSON as a plain graph and says it is not the Consortia format', () => {
    const other = new Graph({ type: 'undirected' });
    other.addNode('a', { name: 'A' });
    other.addNode('b');
    other.addEdge('a', 'b', { weight: 2 });
    const result = readGraphJson(JSON.stringify(other.export()), 'other.json');
    expect(result.ok && !result.conforms && result.graph.order).toBe(2);
    expect(result.ok && result.report.notes[0]).toMatch(
      /^other\.json: not in the Consortia format, read as a plain graph/,
    );
  });

  it('reads a Gephi-style GEXF without our attributes as a plain graph', () => {
    const gexf = `<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="undirected"><nodes><node id="1" label="One"/><node id="2" label="Two"/></nodes><edges><edge id="e" source="1" target="2"/></edges></graph></gexf>`;
    const result = readGexf(gexf, 'gephi.gexf');
    expect(result.ok && !result.conforms && [result.graph.order, result.graph.size]).toEqual([2, 1]);
    expect(result.ok && result.graph.getNodeAttributes('1').label).toBe('One');
  });
});

describe('bad graph files', () => {
  it('names the file and the problem for JSON that does not parse', () => {
    expect(readGraphJson('{"nodes": [', 'bad.json')).toEqual({
      ok: false,
      errors: [expect.stringMatching(/^bad\.json: not valid JSON \(/)],
    });
  });

  it('refuses JSON that is not a graph', () => {
    expect(readGraphJson('{"hello": 1}', 'x.json')).toEqual({
      ok: false,
      errors: ['x.json: not a graph: expected graphology JSON with a "nodes" list'],
    });
  });

  it('reports broken XML with a line number', () => {
    const result = readGexf('<gexf><graph><nodes><node id="a"></nodes></graph></gexf>', 'broken.gexf');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toBe(
      'broken.gexf: broken XML at line 1, column 41: unexpected close tag.',
    );
  });

  it('reports a GraphML edge to a missing node', () => {
    const text = `<graphml><graph edgedefault="directed"><node id="a"/><edge source="a" target="zz"/></graph></graphml>`;
    expect(readGraphml(text, 'g.graphml')).toEqual({
      ok: false,
      errors: ['g.graphml: unreadable GraphML: an edge points to a node that is not in the file'],
    });
  });

  it('reports a GEXF edge to a missing node', () => {
    const text = `<gexf><graph><nodes><node id="a"/></nodes><edges><edge id="e" source="a" target="zz"/></edges></graph></gexf>`;
    const result = readGexf(text, 'g.gexf');
    expect(!result.ok && result.errors[0]).toMatch(/^g\.gexf: unreadable GEXF: /);
  });

  it('tells GraphML from GEXF by the root element', () => {
    expect(readGraphml('<svg/>', 'x.graphml')).toEqual({
      ok: false,
      errors: ['x.graphml: not GraphML (the root element is <svg>)'],
    });
  });

  it('refuses an empty, binary, unknown or too large file', () => {
    expect(readGraphFile('a.json', '  \n')).toEqual({ ok: false, errors: ['a.json: the file is empty'] });
    expect(readGraphFile('a.xlsx', 'PK\u0003\u0004\u0000\u0000')).toEqual({
      ok: false,
      errors: ['a.xlsx: looks like a binary file, not a graph or a CSV/TSV table'],
    });
    expect(readGraphFile('a.pdf', '%PDF-1.4')).toEqual({
      ok: false,
      errors: [
        'a.pdf: not a format Consortia reads (expected graphology JSON, GEXF, GraphML, or a CSV/TSV partner table)',
      ],
    });
    expect(
      readGraphFile('big.json', '{"nodes":[]}'.padEnd(3 * 1048576, ' '), { maxChars: 2 * 1048576 }),
    ).toEqual({
      ok: false,
      errors: ['big.json: too large to read (3 MB; the limit is 2 MB)'],
    });
  });

  it('sniffs by content before the extension', () => {
    expect(sniffFormat('data.txt', '<?xml version="1.0"?>\n<graphml>')).toBe('graphml');
    expect(sniffFormat('export.xml', '<gexf version="1.3">')).toBe('gexf');
    expect(sniffFormat('partners', 'project;partner;country\n')).toBe('csv');
  });
});

describe('CSV export', () => {
  it('neutralises spreadsheet formulas, also before a line break, but keeps numbers', () => {
    const graph = smallGraph() as unknown as GenericGraph;
    graph.setNodeAttribute('org:zrs-bistra', 'city', '=HYPERLINK("http://x")\nmore');
    graph.setNodeAttribute('org:xss', 'city', '@SUM(A1)');
    graph.setNodeAttribute('project:clusters', 'status', '-2+3');
    graph.setNodeAttribute('programme:cadses', 'label', '\tTAB');
    graph.setNodeAttribute('org:xss', 'degree', -3);
    const rows = Papa.parse<Record<string, string>>(writeNodesCsv(graph), { header: true }).data;
    const byKey = Object.fromEntries(rows.map((r) => [r.key, r]));
    expect(byKey['org:zrs-bistra']!.city).toBe(`'=HYPERLINK("http://x")\nmore`);
    expect(byKey['org:xss']!.city).toBe("'@SUM(A1)");
    expect(byKey['org:xss']!.degree).toBe('-3');
    expect(byKey['project:clusters']!.status).toBe("'-2+3");
    expect(byKey['programme:cadses']!.label).toBe("'\tTAB");
  });

  it('writes nodes with attributes and metrics, edges with type, role and weight', () => {
    const graph = smallGraph() as unknown as GenericGraph;
    graph.setNodeAttribute('org:zrs-bistra', 'degree', 2);
    const nodes = Papa.parse<Record<string, string>>(writeNodesCsv(graph), { header: true });
    expect(nodes.meta.fields!.slice(0, 3)).toEqual(['key', 'type', 'label']);
    const bistra = nodes.data.find((r) => r.key === 'org:zrs-bistra')!;
    expect(bistra).toMatchObject({
      type: 'organisation',
      country: 'SI',
      degree: '2',
      names: 'ZRS Bistra Ptuj; Znanstveno-raziskovalno središče Bistra',
    });
    expect(bistra.sources).toBe('doc.txt: ZRS Bistra Ptuj (SI)');
    const edges = Papa.parse<Record<string, string>>(writeEdgesCsv(smallGraph()), { header: true });
    expect(edges.meta.fields!.slice(0, 6)).toEqual(['key', 'source', 'target', 'type', 'role', 'weight']);
    expect(
      edges.data.find((e) => e.source === 'org:zrs-bistra' && e.type === 'participates_in'),
    ).toMatchObject({ role: 'lead', target: 'project:clusters' });
  });
});

describe('showing a plain graph', () => {
  it('turns untyped nodes into organisations and untyped links into partnerships, keeping typed ones', async () => {
    const { asConsortiaGraph } = await import('../../src/io/coerce');
    const plain = new Graph({ type: 'mixed', multi: true });
    plain.addNode('a', { label: 'Alpha', x: 1, y: 2, weird: [1] });
    plain.addNode('b');
    plain.addNode('country:SI', { type: 'country', code: 'SI', label: 'Slovenia', names: [], sources: [] });
    plain.addUndirectedEdge('a', 'b');
    plain.addUndirectedEdge('b', 'a');
    plain.addDirectedEdge('a', 'country:SI', { type: 'located_in', sources: [] });
    plain.addDirectedEdge('a', 'a');
    const shown = asConsortiaGraph(plain);
    expect(shown.getNodeAttributes('a')).toEqual({
      type: 'organisation',
      label: 'Alpha',
      names: ['Alpha'],
      sources: [],
      x: 1,
      y: 2,
    });
    expect(shown.getNodeAttributes('b')).toMatchObject({ type: 'organisation', label: 'b' });
    expect(shown.getNodeAttributes('country:SI')).toMatchObject({ type: 'country', code: 'SI' });
    expect(shown.edges().sort()).toEqual(['located_in:a->country:SI', 'participates_in:a->b']);
    expect(shown.getEdgeAttributes('participates_in:a->b')).toEqual({
      type: 'participates_in',
      role: 'partner',
      sources: [],
    });
  });
});

describe('export of the shown view', () => {
  it('carries every dataset attribute of the shown nodes and edges plus what the view computed', async () => {
    const { exportGraphOf } = await import('../../src/io/exportGraph');
    const dataset = smallGraph();
    const view = new Graph({ type: 'directed' });
    view.addNode('org:zrs-bistra', { type: 'organisation', label: 'ZRS Bistra Ptuj', count: 1, lead: true });
    view.addNode('org:xss', { type: 'organisation', label: XSS_NAME, count: 1 });
    view.addDirectedEdgeWithKey('co:1', 'org:zrs-bistra', 'org:xss', {
      type: 'co_partners',
      weight: 1,
      via: ['project:clusters'],
    });
    const out = exportGraphOf(dataset, view as never, 'Small (co-partners)');
    expect(out.order).toBe(2);
    expect(out.getNodeAttributes('org:zrs-bistra')).toMatchObject({
      city: 'Ptuj',
      kind: 'development agency',
      count: 1,
      lead: true,
    });
    expect(out.getEdgeAttributes('co:1')).toEqual({
      type: 'co_partners',
      weight: 1,
      via: ['project:clusters'],
    });
    expect(out.getAttribute('name')).toBe('Small (co-partners)');
    const back = readGexf(writeGexf(out), 'v.gexf');
    expect(back.ok && back.graph.getEdgeAttributes('co:1')).toEqual({
      type: 'co_partners',
      weight: 1,
      via: ['project:clusters'],
    });
  });
});
