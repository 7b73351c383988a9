import { describe, expect, it } from 'vitest';
import { buildSearch, createSearch } from '../../src/graph/search';
import Graph from 'graphology';
import { foldText, searchTerm, searchWords } from '../../src/graph/text';
import type { ConsortiaGraph } from '../../src/graph/types';
import { fixtureGraph } from './build';

describe('search', () => {
  const search = createSearch(fixtureGraph());
  const first = (q: string) => search.search(q)[0]?.key;

  it('finds nothing for an empty query or nonsense', () => {
    expect(search.search('   ')).toEqual([]);
    expect(search.search('qqqxxzz')).toEqual([]);
  });

  it('folds case, diacritics and Cyrillic', () => {
    expect(foldText('Babeş-Bolyai')).toBe('babes-bolyai');
    expect(foldText('Клъстер Зелена синергия')).toBe('klaster zelena sinergia');
    expect(searchTerm('Ústeckého')).toBe(searchTerm('ustecky'));
  });

  it.each([
    ['ustecky', 'org:rra-usteckeho-kraje'],
    ['babes bolyai', 'org:babes-bolyai-university'],
    ['zelena sinergia', 'org:zelena-sinergia'],
    ['bistra', 'org:zrs-bistra-ptuj'],
    ['clustrs cord', 'project:clusters-cord'],
    ['smegonet', 'project:smegonet'],
    ['Malopolskie', 'org:malopolska-region'],
  ])('"%s" finds %s first', (query, key) => {
    expect(first(query)).toBe(key);
  });

  it('reads symbols in names and queries as words: @ as a, + as plus, & as and', () => {
    expect(searchWords('')).toEqual([]);
    expect(searchWords('Sm@rt Region')).toEqual(['Smart', 'Region']);
    expect(searchWords('SMART+')).toEqual(['SMART', 'plus']);
    expect(searchWords('Fish & Chips')).toEqual(['Fish', 'and', 'Chips']);
    expect(searchWords('Innovation + Technik | B’FONDI © 2020')).toEqual([
      'Innovation',
      'plus',
      'Technik',
      'B',
      'FONDI',
      '2020',
    ]);
  });

  it.each([
    ['smart region', 'project:sm-rt-region'],
    ['sm@rt region', 'project:sm-rt-region'],
    ['smart plus', 'project:smart-plus'],
    ['smart+', 'project:smart-plus'],
  ])('"%s" finds %s first, whichever way the symbol is written', (query, key) => {
    expect(first(query)).toBe(key);
  });

  it('"smart" finds both SMART+ and Sm@rt Region', () => {
    expect(search.search('smart').map((h) => h.key)).toEqual(
      expect.arrayContaining(['project:smart-plus', 'project:sm-rt-region']),
    );
  });

  it('"fish and chips" finds "Fish & Chips", and "fish & chips" finds "Fish and Chips"', () => {
    const graph: ConsortiaGraph = new Graph({ type: 'directed' });
    const labels = ['Fish & Chips', 'Fish and Chips Network', 'Chips for Fish'];
    labels.forEach((label, i) =>
      graph.addNode(`p:${i + 1}`, { type: 'project', label, names: [label], sources: [] }),
    );
    const mini = createSearch(graph);
    expect(mini.search('fish and chips').map((h) => h.key)).toEqual(['p:1', 'p:2']);
    expect(mini.search('fish & chips').map((h) => h.key)).toEqual(['p:1', 'p:2']);
  });

  it('says which other name matched when it is not the label', () => {
    const hit = search.search('Cluj County')[0]!;
    expect(hit.key).toBe('org:cluj-county-council');
    expect(hit.alias).toBe('Cluj County Council');
  });
});

describe('buildSearch (a chunk at a time)', () => {
  it('refuses a chunk size that is not a positive integer', async () => {
    await expect(buildSearch(fixtureGraph(), { chunkSize: 0 })).rejects.toThrow(/^search: chunkSize/);
    await expect(buildSearch(fixtureGraph(), { chunkSize: 2.5 })).rejects.toThrow(/^search: chunkSize/);
    await expect(buildSearch(fixtureGraph(), { budgetMs: 0 })).rejects.toThrow(/^search: budgetMs/);
  });

  it('stops at the next chunk once aborted', async () => {
    const controller = new AbortController();
    let chunks = 0;
    const built = buildSearch(fixtureGraph(), {
      chunkSize: 5,
      signal: controller.signal,
      onProgress: () => {
        chunks++;
        controller.abort();
      },
    });
    await expect(built).rejects.toBeDefined();
    expect(chunks).toBe(1);
  });

  it('ends a step once its time budget is spent, reading the clock every 16 nodes', async () => {
    const graph = fixtureGraph();
    let clock = 0;
    const steps: number[] = [];
    await buildSearch(graph, {
      budgetMs: 1,
      now: () => clock++,
      onProgress: (done) => steps.push(done),
    });
    // Each read advances the fake clock 1 ms: read at the start, then after 16 nodes (1 ms spent: stop).
    expect(graph.order).toBeGreaterThan(16);
    expect(steps).toEqual([16, graph.order]);
  });

  it('answers like the index built at once, pausing between chunks and reporting progress', async () => {
    const graph = fixtureGraph();
    const progress: number[] = [];
    let pauses = 0;
    const chunked = await buildSearch(graph, {
      chunkSize: 7,
      pause: async () => {
        pauses++;
      },
      onProgress: (done, total) => {
        expect(total).toBe(graph.order);
        progress.push(done);
      },
    });
    expect(progress.at(-1)).toBe(graph.order);
    expect(progress).toHaveLength(Math.ceil(graph.order / 7));
    expect(pauses).toBe(progress.length - 1);
    const atOnce = createSearch(graph);
    for (const query of ['ustecky', 'babes bolyai', 'clustrs cord', 'Cluj County'])
      expect(chunked.search(query)).toEqual(atOnce.search(query));
  });
});
