// The graph on screen changes only when an import is accepted: reading any file (good, broken, random)
// leaves the store as it was; accepting shows the new graph and keeps it in the browser.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importJob } from '../../src/io/importJob';
import { readImportResult } from '../../src/io/importResult';
import { writeGexf } from '../../src/io/gexf';
import { createAppStore } from '../../src/store';
import { acceptImport, datasetStore } from '../../src/store/datasets';
import { smallGraph } from '../io/smallGraph';

const quiet = { progress: () => {} };

function storeWithGraph() {
  const store = createAppStore();
  store.getState().setDataset({ name: 'Bundled', graph: smallGraph() });
  return store;
}

describe('importing and accepting', () => {
  it('leaves the graph on screen untouched while files are read, whatever they hold', async () => {
    const store = storeWithGraph();
    const before = store.getState().dataset;
    const gexf = writeGexf(smallGraph());
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('a.csv', 'a.gexf', 'a.json', 'a.graphml'),
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.nat({ max: gexf.length }).map((cut) => gexf.slice(0, cut)),
        ),
        async (name, text) => {
          const result = await readImportResult(
            await importJob({ fileName: name, file: new Blob([text]) }, quiet),
          );
          expect(result.ok === true || result.errors.length > 0).toBe(true);
          expect(store.getState().dataset).toBe(before);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('shows an accepted table and keeps it, listed, in the browser', async () => {
    const store = storeWithGraph();
    const result = await readImportResult(
      await importJob({ fileName: 'p.csv', file: new Blob(['project,partner\nP1,Alpha\nP1,Beta\n']) }, quiet),
    );
    if (!result.ok) throw new Error(result.errors.join('\n'));
    await acceptImport(store, result);
    expect(store.getState().dataset?.name).toBe('p.csv');
    expect(store.getState().dataset?.graph.order).toBe(3);
    const id = store.getState().datasetId;
    expect(id).toEqual(expect.any(String));
    expect(store.getState().keptDatasets.map((d) => d.name)).toContain('p.csv');
    expect((await (await datasetStore()).get(id!))?.meta.nodes).toBe(3);
  });
});
