// Effects of importing and switching datasets: run the import job, keep an accepted graph in IndexedDB,
// open a kept one, remove one. The graph on screen changes only in `acceptImport` and `openKept`.
import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { parseGraph } from '../graph/schema';
import type { ConsortiaGraph } from '../graph/types';
import { asConsortiaGraph } from '../io/coerce';
import { openDatasetStore, type DatasetStore } from '../io/datasets';
import type { ColumnMapping } from '../io/partners/columns';
import { readImportResult } from '../io/importResult';
import { loadGraph } from './load';
import type { ReadResult, ReadSuccess } from '../io/types';
import { runJob, type RunOptions } from '../worker/client';
import type { AppStore } from './index';

let opened: Promise<DatasetStore> | null = null;
/** The browser's dataset store, opened once. */
export function datasetStore(): Promise<DatasetStore> {
  opened ??= openDatasetStore();
  return opened;
}

/** Reads a file in the worker (streamed for tables) and returns the graph with its report, or errors. */
export async function runImport(
  file: Blob,
  fileName: string,
  mapping: ColumnMapping | undefined,
  options: RunOptions,
): Promise<ReadResult> {
  const result = await runJob('import', { file, fileName, ...(mapping ? { mapping } : {}) }, options);
  return readImportResult(result);
}

/** Views read Consortia attributes; a plain graph (someone's GEXF) is shown in that form (io/coerce). */
const asShown = (result: ReadSuccess): ConsortiaGraph =>
  result.conforms ? result.graph : asConsortiaGraph(result.graph);

export async function refreshKept(store: AppStore): Promise<void> {
  try {
    store.getState().setKeptDatasets(await (await datasetStore()).list());
  } catch (error) {
    store.getState().notify('warning', error instanceof Error ? error.message : String(error));
  }
}

/** Shows an accepted import and keeps it in the browser; a storage failure still shows it, with a warning. */
export async function acceptImport(store: AppStore, result: ReadSuccess, name?: string): Promise<void> {
  const graph = asShown(result);
  const label = name ?? result.report.file;
  // A graph from the import worker comes with its file: kept as it is (a Blob: storing it copies nothing
  // on the page, where the graph itself would be cloned object by object) and handed to the workers.
  const source = result.conforms ? result.source : undefined;
  store.getState().setDataset({ name: label, graph, ...(source ? { source } : {}) });
  store.getState().setDatasetId(null);
  try {
    const meta = await (
      await datasetStore()
    ).add({
      graph: source ?? result.graph.export(),
      report: result.report,
      conforms: result.conforms,
      name: label,
    });
    store.getState().setDatasetId(meta.id);
    await refreshKept(store);
  } catch (error) {
    store
      .getState()
      .notify(
        'warning',
        `${label} is shown but not kept: ${error instanceof Error ? error.message : String(error)}`,
      );
  }
}

/**
 * Opens a kept dataset; if it cannot be read, the graph on screen stays and a message says why. A large
 * one (kept as its file) opens in the opening worker, reporting `onProgress`; aborting `signal` stops it
 * and leaves the graph on screen, with no message.
 */
export async function openKept(
  store: AppStore,
  id: string,
  { signal, onProgress }: Pick<RunOptions, 'signal' | 'onProgress'> = {},
): Promise<boolean> {
  const stored = await (await datasetStore()).get(id);
  if (signal?.aborted) return false;
  if (!stored) {
    store.getState().notify('error', 'That dataset is no longer kept in this browser.');
    await refreshKept(store);
    return false;
  }
  if (stored.graph instanceof Blob) {
    // Kept as its file: opened like the bundled graph, by the opening worker, in parts.
    const url = URL.createObjectURL(stored.graph);
    try {
      const loaded = await loadGraph(url, stored.meta.name, {
        ...(signal ? { signal } : {}),
        ...(onProgress ? { onProgress } : {}),
      });
      if (!loaded.ok) {
        if (!loaded.cancelled)
          store.getState().notify('error', loaded.errors[0] ?? `${stored.meta.name}: unreadable`);
        return false;
      }
      // Cancelled as it finished: the person no longer wants it.
      if (signal?.aborted) return false;
      store.getState().setDataset({ ...loaded.dataset, name: stored.meta.name, source: stored.graph });
      store.getState().setDatasetId(id);
      return true;
    } finally {
      URL.revokeObjectURL(url);
    }
  }
  let graph: ConsortiaGraph;
  if (stored.meta.conforms) {
    const parsed = parseGraph(stored.graph, stored.meta.name);
    if (!parsed.ok) {
      store.getState().notify('error', parsed.errors[0] ?? `${stored.meta.name}: unreadable`);
      return false;
    }
    graph = parsed.graph;
  } else {
    const plain = new Graph({ type: 'mixed', multi: true, allowSelfLoops: true });
    plain.import(stored.graph as SerializedGraph);
    graph = asConsortiaGraph(plain);
  }
  store.getState().setDataset({ name: stored.meta.name, graph });
  store.getState().setDatasetId(id);
  return true;
}

export async function removeKept(store: AppStore, id: string): Promise<void> {
  await (await datasetStore()).remove(id);
  await refreshKept(store);
}
