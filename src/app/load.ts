// Loads the bundled graph (data/graph.json, copied into the build as an asset) and checks it.
import { isLargeDataset } from '../graph/budget';
import { parseGraph } from '../graph/schema';
import { offerSourceText } from '../worker/view.client';
import type { Dataset } from '../store/slices/data';

// A glob, so the app still builds (and explains itself) before the data build has run.
const bundled = import.meta.glob('../../data/graph.json', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** The bundled graph's address; before the first data build, where a server may still provide one. */
export const BUNDLED_GRAPH_URL: string = Object.values(bundled)[0] ?? './data/graph.json';

export type LoadResult = { ok: true; dataset: Dataset } | { ok: false; errors: string[] };

/** load.loadGraph: fetches and checks a graph; every failure comes back as messages, never a throw. */
export async function loadGraph(
  url: string | undefined = BUNDLED_GRAPH_URL,
  where = 'data/graph.json',
): Promise<LoadResult> {
  if (!url)
    return {
      ok: false,
      errors: [`${where}: not found in this build. Run \`npm run build:data\`, then reload.`],
    };
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    return { ok: false, errors: [`${where}: could not be fetched (${(error as Error).message}).`] };
  }
  if (!response.ok)
    return {
      ok: false,
      errors: [`${where}: the server answered ${response.status} ${response.statusText}.`],
    };
  let text: string;
  let json: unknown;
  try {
    text = await response.text();
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`${where}: is not valid JSON (${(error as Error).message}).`] };
  }
  const parsed = parseGraph(json, where);
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  if (isLargeDataset(parsed.graph)) offerSourceText(parsed.graph, text);
  const name = parsed.graph.getAttribute('name') ?? 'Bundled project pages';
  return { ok: true, dataset: { name, graph: parsed.graph } };
}
