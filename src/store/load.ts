// Loads the bundled graph (data/graph.json, copied into the build as an asset): a worker fetches, parses
// and checks it; the page builds the graph from the parts it hands over, each part a short task.
import { DirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { ConsortiaGraph, EdgeAttributes, GraphAttributes, NodeAttributes } from '../graph/types';
import type { Dataset } from './slices/data';
import { runJob, type RunOptions } from '../worker/client';
import { checkPart, type OpenGraphPayload, type OpenGraphResult } from '../worker/openGraph.contract';

// A glob, so the app still builds (and explains itself) before the data build has run.
const bundled = import.meta.glob('../../data/graph.json', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** The bundled graph's address; before the first data build, where a server may still provide one. */
export const BUNDLED_GRAPH_URL: string = Object.values(bundled)[0] ?? './data/graph.json';

export type LoadResult =
  | { ok: true; dataset: Dataset }
  /** `cancelled`: the signal stopped it; nothing went wrong with the file. */
  | { ok: false; errors: string[]; cancelled?: true };

export type RunOpenGraph = (payload: OpenGraphPayload, options: RunOptions) => Promise<OpenGraphResult>;

const openInWorker: RunOpenGraph = (payload, options) => runJob('openGraph', payload, options);

/** load.loadGraph: fetches and checks a graph; every failure comes back as messages, never a throw. */
export async function loadGraph(
  url: string | undefined = BUNDLED_GRAPH_URL,
  where = 'data/graph.json',
  {
    run = openInWorker,
    base = globalThis.location?.href,
    onProgress,
    signal,
  }: {
    run?: RunOpenGraph;
    base?: string;
    onProgress?: RunOptions['onProgress'];
    /** Stops the opening worker (the page was left, or the load is no longer wanted). */
    signal?: AbortSignal;
  } = {},
): Promise<LoadResult> {
  if (!url)
    return {
      ok: false,
      errors: [`${where}: not found in this build. Run \`npm run build:data\`, then reload.`],
    };
  let address: string;
  try {
    address = new URL(url, base).toString();
  } catch {
    return { ok: false, errors: [`${where}: ${url} is not a valid address.`] };
  }
  const graph: ConsortiaGraph = new DirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  let parts = 0;
  const onPart = (value: unknown) => {
    const problem = checkPart(value);
    if (problem)
      throw new Error(`${where}: the worker sent a malformed part (part ${parts + 1}: ${problem}).`);
    parts++;
    graph.import(value as Partial<SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>>);
  };
  let result: OpenGraphResult;
  try {
    result = await run(
      { url: address, where },
      { onPart, ...(onProgress ? { onProgress } : {}), ...(signal ? { signal } : {}) },
    );
  } catch (error) {
    const errors = (error instanceof Error ? error.message : String(error)).split('\n');
    return signal?.aborted ? { ok: false, errors, cancelled: true } : { ok: false, errors };
  }
  if (graph.order !== result.nodes || graph.size !== result.edges)
    return {
      ok: false,
      errors: [
        `${where}: the worker handed over ${graph.order} of ${result.nodes} nodes and ${graph.size} of ${result.edges} edges.`,
      ],
    };
  graph.replaceAttributes(result.attributes as GraphAttributes);
  const name = graph.getAttribute('name') ?? 'Bundled project pages';
  const { countries, programmes, years, projects, undatedProjects } = result.filterOptions;
  return {
    ok: true,
    dataset: {
      name,
      graph,
      source: result.source,
      filterOptions: { countries, programmes, years, projects, undatedProjects },
    },
  };
}
