// Stand-in for the pipeline, used only while `build:data --csv` is not available: turns a generated partner
// table into a graph in the app's format (organisations, projects, programmes, countries; positions from a
// short ForceAtlas2 run). The report says whenever a size was measured on this graph instead of the
// pipeline's.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { DirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { parseGraph } from '../../src/graph/schema';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../../src/graph/types';
import type { PartnerRow } from './partner-table';

const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export function fallbackGraph(csvFile: string, name: string): object {
  const rows = Papa.parse<PartnerRow>(readFileSync(csvFile, 'utf8'), { header: true, skipEmptyLines: true });
  if (rows.errors.length) throw new Error(`fallback-graph: ${csvFile}: ${rows.errors[0]!.message}`);
  const g = new DirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  g.setAttribute('name', name);
  let seed = 1;
  const rand = () => ((seed = (seed * 48271) % 2147483647) / 2147483647) * 1000;
  const place = () => ({ x: rand(), y: rand() });
  for (const r of rows.data) {
    const country = `country:${r.country}`;
    const programme = `programme:${slug(r.programme)}`;
    const project = `project:${slug(r.acronym)}`;
    const organisation = `organisation:${slug(r.partner)}-${r.country.toLowerCase()}`;
    g.mergeNode(country, {
      type: 'country',
      code: r.country,
      label: r.country,
      names: [r.country],
      sources: [],
      ...place(),
    });
    g.mergeNode(programme, {
      type: 'programme',
      label: r.programme,
      names: [r.programme],
      sources: [],
      ...place(),
    });
    if (!g.hasNode(project))
      g.addNode(project, {
        type: 'project',
        label: r.acronym,
        names: [r.project],
        acronym: r.acronym,
        programme,
        start: r.start,
        end: r.end,
        sources: [],
        ...place(),
      });
    if (!g.hasNode(organisation))
      g.addNode(organisation, {
        type: 'organisation',
        label: r.partner,
        names: [r.partner],
        country: r.country,
        city: r.city,
        sources: [],
        ...place(),
      });
    const role = /lead/i.test(r.role) ? 'lead' : 'partner';
    g.mergeDirectedEdgeWithKey(`participates_in:${organisation}->${project}`, organisation, project, {
      type: 'participates_in',
      role,
      sources: [],
    });
    g.mergeDirectedEdgeWithKey(`located_in:${organisation}->${country}`, organisation, country, {
      type: 'located_in',
      sources: [],
    });
    g.mergeDirectedEdgeWithKey(`part_of:${project}->${programme}`, project, programme, {
      type: 'part_of',
      sources: [],
    });
  }
  if (g.order <= 20_000)
    forceAtlas2.assign(g, {
      iterations: 30,
      settings: { barnesHutOptimize: true, gravity: 1, scalingRatio: 10 },
    });
  const serialized = g.export();
  const check = parseGraph(JSON.parse(JSON.stringify(serialized)), csvFile);
  if (!check.ok) throw new Error(`fallback-graph: ${check.errors.join('; ')}`);
  return serialized;
}
