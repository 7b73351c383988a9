// Worker side of the `openGraph` job: fetch, JSON.parse and the contract check of a whole graph file run
// here, where they cannot hold the page; the page only adds the checked nodes and edges, a part at a time.
import { filterOptions } from '../graph/filterOptions';
import { parseGraph } from '../graph/schema';
import type { OpenGraphPayload, OpenGraphResult } from './openGraph.contract';
import type { JobContext } from './protocol';

export const OPEN_GRAPH_DEFAULTS = {
  /** Nodes per part: each part is a task on the page (copy in, add to the graph), tens of ms. */
  nodesPerPart: 1000,
  /** Edges per part. */
  edgesPerPart: 1000,
};

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function openGraphJob(
  payload: OpenGraphPayload,
  context: JobContext,
  { nodesPerPart, edgesPerPart } = OPEN_GRAPH_DEFAULTS,
): Promise<OpenGraphResult> {
  const { url, where } = payload;
  const part = context.part;
  if (!part) throw new Error('openGraph: this job hands the graph over in parts and needs JobContext.part');
  context.progress(0, 1, 'downloading');
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new Error(`${where}: could not be fetched (${describe(error)}).`);
  }
  if (!response.ok)
    throw new Error(`${where}: the server answered ${response.status} ${response.statusText}.`);
  const source = await response.blob();
  context.progress(0, 1, 'reading');
  let json: unknown;
  try {
    json = JSON.parse(await source.text());
  } catch (error) {
    throw new Error(`${where}: is not valid JSON (${describe(error)}).`);
  }
  context.progress(0, 1, 'checking');
  const parsed = parseGraph(json, where);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  json = undefined;
  // Without dates there are no years; the contract leaves the key out rather than carry undefined.
  const { years, ...options } = filterOptions(parsed.graph);
  // export() fills in the keys parseGraph gave keyless edges, so both sides name every edge alike.
  const { attributes, nodes, edges } = parsed.graph.export();
  const total = nodes.length + edges.length;
  for (let i = 0; i < nodes.length; i += nodesPerPart) {
    part({ nodes: nodes.slice(i, i + nodesPerPart) });
    context.progress(Math.min(i + nodesPerPart, nodes.length), total, 'handing over');
  }
  for (let i = 0; i < edges.length; i += edgesPerPart) {
    part({ edges: edges.slice(i, i + edgesPerPart) });
    context.progress(nodes.length + Math.min(i + edgesPerPart, edges.length), total, 'handing over');
  }
  return {
    source,
    attributes: { ...attributes },
    nodes: nodes.length,
    edges: edges.length,
    filterOptions: years ? { ...options, years } : options,
  };
}
