// Imported datasets kept in the browser (IndexedDB through idb): a small list for the picker and the
// graphs themselves, written together in one transaction so a dataset is either all there or absent.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ImportReport } from './types';

export interface DatasetMeta {
  id: string;
  /** What the user sees in the list (the file name unless renamed). */
  name: string;
  fileName: string;
  format: ImportReport['format'];
  importedAt: string;
  nodes: number;
  edges: number;
  /** False: a plain graph that is not in the Consortia format (views that need types show less). */
  conforms: boolean;
}

export interface StoredDataset {
  meta: DatasetMeta;
  /** graphology's serialized graph. */
  graph: unknown;
  report: ImportReport;
}

interface DatasetsDB extends DBSchema {
  meta: { key: string; value: DatasetMeta };
  graphs: { key: string; value: { id: string; graph: unknown; report: ImportReport } };
}

export const DATASETS_DB = 'consortia-datasets';

export interface DatasetStore {
  /** Newest first. */
  list(): Promise<DatasetMeta[]>;
  get(id: string): Promise<StoredDataset | undefined>;
  add(input: {
    graph: unknown;
    report: ImportReport;
    conforms: boolean;
    name?: string;
  }): Promise<DatasetMeta>;
  remove(id: string): Promise<void>;
  close(): void;
}

function describe(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') return 'the browser has no room left for it (storage full)';
  return error instanceof Error ? error.message : String(error);
}

const newId = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/** datasets.openDatasetStore: the browser's IndexedDB (tests install fake-indexeddb). */
export async function openDatasetStore(dbName = DATASETS_DB): Promise<DatasetStore> {
  let db: IDBPDatabase<DatasetsDB>;
  try {
    db = await openDB<DatasetsDB>(dbName, 1, {
      upgrade(database) {
        database.createObjectStore('meta', { keyPath: 'id' });
        database.createObjectStore('graphs', { keyPath: 'id' });
      },
    });
  } catch (error) {
    throw new Error(`datasets: cannot open the browser's storage (${describe(error)})`);
  }
  return {
    async list() {
      const all = await db.getAll('meta');
      return all.sort((a, b) => b.importedAt.localeCompare(a.importedAt));
    },
    async get(id) {
      const tx = db.transaction(['meta', 'graphs'], 'readonly');
      const [meta, stored] = await Promise.all([
        tx.objectStore('meta').get(id),
        tx.objectStore('graphs').get(id),
      ]);
      await tx.done;
      if (!meta || !stored) return undefined;
      return { meta, graph: stored.graph, report: stored.report };
    },
    async add({ graph, report, conforms, name }) {
      const meta: DatasetMeta = {
        id: newId(),
        name: name ?? report.file,
        fileName: report.file,
        format: report.format,
        importedAt: new Date().toISOString(),
        nodes: report.nodes,
        edges: report.edges,
        conforms,
      };
      try {
        const tx = db.transaction(['meta', 'graphs'], 'readwrite');
        await Promise.all([
          tx.objectStore('graphs').put({ id: meta.id, graph, report }),
          tx.objectStore('meta').put(meta),
          tx.done,
        ]);
      } catch (error) {
        throw new Error(`datasets: could not keep "${meta.name}" in this browser: ${describe(error)}`);
      }
      return meta;
    },
    async remove(id) {
      const tx = db.transaction(['meta', 'graphs'], 'readwrite');
      await Promise.all([tx.objectStore('meta').delete(id), tx.objectStore('graphs').delete(id), tx.done]);
    },
    close: () => db.close(),
  };
}
