import { describe, expect, it } from 'vitest';
import { graphSourceSchema, readGraphSource, type GraphSource } from '../../src/worker/graphSource';
import { consortia } from '../graph/crossProject/smallConsortia';

const blob = (text: string) => new Blob([text], { type: 'application/json' });

describe('graph source', () => {
  it('says where a file that is not JSON came from', async () => {
    await expect(readGraphSource(blob('{"nodes": ['), 'metrics: base graph')).rejects.toThrow(
      /^metrics: base graph: is not valid JSON/,
    );
  });

  it('names the field of a file that breaks the Consortia contract', async () => {
    const serialized = consortia().export();
    (serialized.nodes[0]!.attributes as { type: string }).type = 'person';
    await expect(readGraphSource(blob(JSON.stringify(serialized)), 'crossProject: graph')).rejects.toThrow(
      /^crossProject: graph: nodes\[0\]/,
    );
  });

  it('accepts a Blob or a serialized graph at the boundary, and nothing else', () => {
    expect(graphSourceSchema.safeParse(blob('{}')).success).toBe(true);
    expect(graphSourceSchema.safeParse(consortia().export()).success).toBe(true);
    expect(graphSourceSchema.safeParse('{"nodes":[]}').success).toBe(false);
  });

  it('reads the same graph from its file as from its serialized form', async () => {
    const graph = consortia();
    const fromFile = await readGraphSource(blob(JSON.stringify(graph.export())), 'test');
    const fromObject = await readGraphSource(graph.export() as GraphSource, 'test');
    expect(fromFile.order).toBe(graph.order);
    expect(fromFile.size).toBe(graph.size);
    expect(fromFile.export()).toEqual(fromObject.export());
  });
});
