// The datasets a person can switch between: the bundled graph (id null) and imported ones kept in the
// browser. The list mirrors IndexedDB (see store/datasets.ts); the graph itself is in the data slice.
import type { DatasetMeta } from '../../io/datasets';
import type { SliceCreator } from '../types';

export interface DatasetsSlice {
  /** Imported datasets kept in this browser, newest first. */
  keptDatasets: DatasetMeta[];
  /** Which dataset is on screen: null for the bundled graph. */
  datasetId: string | null;
  /** The `?data=` address the dataset on screen came from, kept in the URL so a link reopens it. */
  dataAddress: string | null;
  setKeptDatasets(list: DatasetMeta[]): void;
  setDatasetId(id: string | null): void;
  setDataAddress(address: string | null): void;
}

export const createDatasetsSlice: SliceCreator<DatasetsSlice> = (set) => ({
  keptDatasets: [],
  datasetId: null,
  dataAddress: null,
  setKeptDatasets(keptDatasets) {
    set({ keptDatasets });
  },
  setDatasetId(datasetId) {
    set({ datasetId, dataAddress: null });
  },
  setDataAddress(dataAddress) {
    set({ dataAddress });
  },
});
