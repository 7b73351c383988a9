import Graph from 'graphology';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { MetricsResult } from '../../src/graph/metrics';
import type { ViewGraph } from '../../src/graph/view-types';
import { writeNodesCsv } from '../../src/io/csvExport';
import { exportGraphOf, METRIC_TYPES } from '../../src/io/exportGraph';
import { readGexf, writeGexf } from '../../src/io/gexf';
import { readGraphml, writeGraphml } from '../../src/io/graphml';
import { smallGraph } from './smallGraph';

function view(): ViewGraph {
  const v: ViewGraph = new Graph({ type: 'directed' });
  v.addNode('org:zrs-bistra', { type: 'organisation', label: 'ZRS Bistra Ptuj', count: 1 });
  v.addNode('org:xss', { type: 'organisation', label: 'x', count: 1 });
  v.addDirectedEdgeWithKey('co:1', 'org:zrs-bistra', 'org:xss', { type: 'co_partners', weight: 1 });
  return v;
}

const metrics: MetricsResult = {
  keys: ['org:zrs-bistra', 'org:xss', 'org:not-shown'],
  labels: ['ZRS Bistra Ptuj', 'x', 'gone'],
  weighted: false,
  nodes: { betweenness: [0, 0], closeness: [0.5, null], community: [0, 1], core: [1, 1] },
  graph: {},
  approximations: {},
  failures: {},
};

describe('exports carry the metrics of the shown view', () => {
  it('adds no metric before metrics ran, and none to a node the view does not show', () => {
    const plain = exportGraphOf(smallGraph(), view(), 'v', null);
    expect(plain.getNodeAttributes('org:xss')).not.toHaveProperty('betweenness');
    const out = exportGraphOf(smallGraph(), view(), 'v', metrics);
    expect(out.hasNode('org:not-shown')).toBe(false);
  });

  it('sets each metric as a node attribute, left out where it does not apply', () => {
    const out = exportGraphOf(smallGraph(), view(), 'v', metrics);
    expect(out.getNodeAttributes('org:zrs-bistra')).toMatchObject({
      betweenness: 0,
      closeness: 0.5,
      core: 1,
    });
    expect(out.getNodeAttributes('org:xss')).not.toHaveProperty('closeness');
    const rows = Papa.parse<Record<string, string>>(writeNodesCsv(out), { header: true }).data;
    expect(rows.find((r) => r.key === 'org:xss')).toMatchObject({
      betweenness: '0',
      closeness: '',
      core: '1',
    });
  });

  it('GEXF declares a score double even when every value is whole, counts and categories integer', () => {
    const text = writeGexf(exportGraphOf(smallGraph(), view(), 'v', metrics), undefined, METRIC_TYPES);
    expect(text).toContain('<attribute id="betweenness" title="betweenness" type="double"/>');
    expect(text).toContain('<attribute id="closeness" title="closeness" type="double"/>');
    expect(text).toContain('<attribute id="core" title="core" type="integer"/>');
    expect(text).toContain('<attribute id="community" title="community" type="integer"/>');
    // Only node declarations change: an edge weight of whole numbers stays as it was inferred.
    expect(text).not.toMatch(/<attribute id="count" title="count" type="double"\/>/);
    const back = readGexf(text, 'v.gexf');
    expect(back.ok && back.graph.getNodeAttributes('org:zrs-bistra')).toMatchObject({
      betweenness: 0,
      closeness: 0.5,
      core: 1,
    });
  });

  it('GraphML declares a score double even when every value is whole, counts and categories int', () => {
    const text = writeGraphml(exportGraphOf(smallGraph(), view(), 'v', metrics), undefined, METRIC_TYPES);
    expect(text).toMatch(/<key id="n\d+" for="node" attr.name="betweenness" attr.type="double"\/>/);
    expect(text).toMatch(/<key id="n\d+" for="node" attr.name="core" attr.type="int"\/>/);
    expect(text).toMatch(/<key id="n\d+" for="node" attr.name="count" attr.type="int"\/>/);
    const back = readGraphml(text, 'v.graphml');
    expect(back.ok && back.graph.getNodeAttributes('org:xss')).toMatchObject({ betweenness: 0, core: 1 });
  });
});
