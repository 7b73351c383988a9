import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDatasetStore } from '../../src/io/datasets';
import type { ImportReport } from '../../src/io/types';
import { smallGraph } from './smallGraph';

const report = (file: string): ImportReport => ({
  file,
  format: 'csv',
  read: 3,
  nodes: 6,
  edges: 5,
  skipped: [],
  notes: [],
});

describe('datasets kept in the browser', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
  });

  it('finds nothing for an unknown id', async () => {
    const store = await openDatasetStore();
    expect(await store.get('nope')).toBeUndefined();
    expect(await store.list()).toEqual([]);
  });

  it('lists a kept dataset after the store is reopened (a reload), newest first, and removes it', async () => {
    const first = await openDatasetStore();
    const a = await first.add({ graph: smallGraph().export(), report: report('a.csv'), conforms: true });
    await new Promise((r) => setTimeout(r, 5));
    const b = await first.add({
      graph: smallGraph().export(),
      report: report('b.gexf'),
      conforms: false,
      name: 'Bee',
    });
    first.close();

    const again = await openDatasetStore();
    expect((await again.list()).map((d) => [d.name, d.fileName, d.nodes, d.conforms])).toEqual([
      ['Bee', 'b.gexf', 6, false],
      ['a.csv', 'a.csv', 6, true],
    ]);
    const stored = await again.get(a.id);
    expect(stored?.report.file).toBe('a.csv');
    expect((stored?.graph as { nodes: unknown[] }).nodes).toHaveLength(6);

    await again.remove(b.id);
    expect((await again.list()).map((d) => d.id)).toEqual([a.id]);
    expect(await again.get(b.id)).toBeUndefined();
    again.close();
  });
});
