// Loads the NetworkX reference fixtures (scripts/networkx-fixtures.py) as graphology graphs.
import { readFileSync } from 'node:fs';
import { UndirectedGraph } from 'graphology';

export interface Reference {
  betweenness: Record<string, number>;
  degree?: Record<string, number>;
  weightedDegree?: Record<string, number>;
  closeness?: Record<string, number>;
  eigenvector?: Record<string, number>;
  pagerank?: Record<string, number>;
  core?: Record<string, number>;
  articulationPoints?: string[];
  components?: string[][];
  graph?: {
    nodes: number;
    edges: number;
    density: number;
    components: number;
    diameter: number;
    averageClustering: number;
  };
  louvain?: { seed: number; partition: string[][]; modularity: number };
}

export interface Fixture {
  name: string;
  nodes: string[];
  edges: ([string, string] | [string, string, number])[];
  unweighted: Reference;
  weighted?: Reference;
}

export function loadFixture(name: string): Fixture {
  const url = new URL(`../../fixtures/networkx/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Fixture;
}

export function fixtureGraph(fixture: Fixture): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const key of fixture.nodes) graph.addNode(key, { label: `Node ${key}` });
  for (const [source, target, weight] of fixture.edges)
    graph.addEdge(source, target, weight === undefined ? {} : { weight });
  return graph;
}
