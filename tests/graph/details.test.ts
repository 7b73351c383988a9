import { describe, expect, it } from 'vitest';
import { LANGUAGE_SAMPLE, nodeDetails, rankedPartners } from '../../src/graph/details';
import { labelCollator } from '../../src/graph/filterOptions';
import { countryOf } from '../../src/graph/queries';
import { documentLanguages } from '../../src/graph/lang';
import type { ConsortiaGraph, Source } from '../../src/graph/types';
import { build, fixtureGraph } from './build';

/** The language of every document from all its quotes: what the panel showed before sampling. */
function allQuoteLanguages(graph: ConsortiaGraph): Map<string, string> {
  const byDoc = new Map<string, string[]>();
  const add = (sources: Source[]) => {
    for (const s of sources) byDoc.set(s.doc, [...(byDoc.get(s.doc) ?? []), s.quote]);
  };
  graph.forEachNode((_, a) => add(a.sources));
  graph.forEachEdge((_, a) => add(a.sources));
  return documentLanguages(byDoc);
}

describe('nodeDetails', () => {
  it('has nothing for a key that is not a node', () => {
    expect(nodeDetails(fixtureGraph(), 'org:nobody')).toBeNull();
  });

  it("gives each quote its document's language, as reading every quote of the document did", () => {
    const graph = fixtureGraph();
    const expected = allQuoteLanguages(graph);
    let checked = 0;
    graph.forEachNode((key) => {
      for (const q of nodeDetails(graph, key)!.sources) {
        expect([key, q.doc, q.lang]).toEqual([key, q.doc, expected.get(q.doc)]);
        checked++;
      }
    });
    expect(checked).toBeGreaterThan(30);
    expect(
      new Set(graph.mapNodes((k) => nodeDetails(graph, k)!.sources.map((q) => q.lang)).flat()),
    ).toContain('sl');
  });

  it('tells the language of a document with more quotes than the sample from its first ones', () => {
    const graph = fixtureGraph();
    const slovene = nodeDetails(graph, 'org:zrs-bistra-ptuj')!.sources.find((q) => q.lang === 'sl')!;
    const many = Array.from({ length: LANGUAGE_SAMPLE * 3 }, (_, i) => ({
      doc: 'big.txt',
      quote: `${slovene.quote} ${i}`,
    }));
    graph.setNodeAttribute('org:zrs-bistra-ptuj', 'sources', many);
    const sources = nodeDetails(graph, 'org:zrs-bistra-ptuj')!.sources.filter((q) => q.doc === 'big.txt');
    expect(sources).toHaveLength(LANGUAGE_SAMPLE * 3);
    expect(new Set(sources.map((q) => q.lang))).toEqual(new Set(['sl']));
  });

  it('lists a quote once, under the first fact it supports, however often it is cited', () => {
    const graph = build({ countries: { a: 'SI' }, projects: { p1: { members: [['a', 'lead']] } } });
    const repeated = Array.from({ length: 3000 }, (_, i) => ({ doc: 't.txt', quote: `row ${i % 1000}` }));
    graph.setNodeAttribute('country:SI', 'sources', repeated);
    const details = nodeDetails(graph, 'country:SI')!;
    expect(details.sources).toHaveLength(1000);
    expect(details.sources.map((q) => q.quote).slice(0, 2)).toEqual(['row 0', 'row 1']);
  });

  it('ranks partners by projects together, then by name, as far as they are read', () => {
    // o shares p1 and p2 with b, p1 with a and c, p2 with d; names out of key order.
    const graph = build({
      countries: { o: 'SI', a: 'AT', b: 'HR', c: 'SI', d: 'CZ' },
      projects: {
        p1: {
          members: [
            ['o', 'lead'],
            ['a', 'partner'],
            ['b', 'partner'],
            ['c', 'partner'],
          ],
        },
        p2: {
          members: [
            ['o', 'partner'],
            ['b', 'partner'],
            ['d', 'partner'],
          ],
        },
      },
    });
    const names = { a: 'Zeta', b: 'Mid', c: 'Älpha', d: 'beta' };
    for (const [k, name] of Object.entries(names)) graph.setNodeAttribute(`org:${k}`, 'label', name);
    const partners = nodeDetails(graph, 'org:o')!.partners;
    expect(partners.length).toBe(4);
    // Nothing past the end, and a part reads the same as the whole list's start.
    expect(partners.slice(0, 1).map((p) => [p.label, p.shared, p.country])).toEqual([['Mid', 2, 'HR']]);
    expect(partners.slice(0, 99).map((p) => p.label)).toEqual(['Mid', 'Älpha', 'beta', 'Zeta']);
    expect(partners.slice(1, 3).map((p) => p.label)).toEqual(['Älpha', 'beta']);
    expect(partners.slice(-1).map((p) => p.label)).toEqual(['Zeta']);
  });

  it('orders any counts as one full sort by count and name would', () => {
    const graph = fixtureGraph();
    const keys = graph.filterNodes((_, a) => a.type === 'organisation');
    const together = new Map(keys.map((k, i) => [k, 1 + ((i * 7) % 3)]));
    const expected = [...together]
      .map(([key, shared]) => ({ key, label: graph.getNodeAttribute(key, 'label'), shared }))
      .sort((x, y) => y.shared - x.shared || labelCollator.compare(x.label, y.label))
      .map((p) => ({ ...p, country: countryOf(graph, p.key) }));
    const ranked = rankedPartners(graph, together);
    expect(ranked.slice(0, 3)).toEqual(expected.slice(0, 3));
    expect(ranked.slice()).toEqual(expected);
  });
});
