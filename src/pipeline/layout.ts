// Precomputed positions: ForceAtlas2 from seeded starting points (deterministic), and country centroids.
import { geoArea, geoCentroid } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { DirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-50m.json' with { type: 'json' };
import { alpha2FromNumeric, resolveCountry } from '../graph/countries';
import { hash01, neighbourScale } from '../graph/geometry';
import type { BuiltEdge, BuiltNode } from './build';

// LinLog with gravity spreads the consortia as clear groups and keeps unconnected projects near;
// measured on the seeds, it gives the widest gaps between neighbours relative to the drawing's size.
export const LAYOUT_DEFAULTS = {
  iterations: 1000,
  scale: 100,
  /** Positions are in screen pixels at zoom 1: close neighbours end up about this far apart. */
  neighbourDistance: 70,
  settings: {
    linLogMode: false,
    scalingRatio: 10,
    gravity: 1,
    edgeWeightInfluence: 1,
    barnesHutOptimize: false,
  },
  /** Consortia hold together; countries and programmes pull more gently, so they sit between them. */
  edgeWeights: { participates_in: 1, part_of: 1, funded_by: 0.5, located_in: 0.2 } as Record<string, number>,
  /**
   * Past this many nodes the exact O(n²) repulsion is too slow (1,000 iterations: ~20 s at 1.1k nodes,
   * minutes at 10k): Barnes–Hut (O(n log n)) and fewer iterations, `iterations * largeGraphNodes / n`
   * but at least `minIterations`. The seeds (~50 nodes) stay far below, so their output is unchanged.
   */
  largeGraphNodes: 500,
  minIterations: 100,
  /**
   * A work budget in node-iterations: past `maxNodeIterations / minIterations` nodes (30k) iterations
   * fall below the floor, so the build time stays bounded (50k nodes: 60 iterations, 150k: 20),
   * counted in iterations, not seconds, so the output stays deterministic.
   */
  maxNodeIterations: 3_000_000,
  /** Barnes–Hut's accuracy: 1 (coarser than graphology's 0.5) roughly halves an iteration at 50k nodes. */
  barnesHutTheta: 1,
};

/** The ForceAtlas2 iterations and Barnes–Hut switch for a graph of `order` nodes. */
export function layoutEffort(
  order: number,
  options: Pick<
    typeof LAYOUT_DEFAULTS,
    'iterations' | 'largeGraphNodes' | 'minIterations' | 'maxNodeIterations'
  > = LAYOUT_DEFAULTS,
): { iterations: number; barnesHut: boolean } {
  if (order <= options.largeGraphNodes) return { iterations: options.iterations, barnesHut: false };
  const scaled = Math.round((options.iterations * options.largeGraphNodes) / order);
  const floored = Math.max(options.minIterations, Math.min(options.iterations, scaled));
  return {
    iterations: Math.max(1, Math.min(floored, Math.floor(options.maxNodeIterations / order))),
    barnesHut: true,
  };
}

const round2 = (n: number) => Math.round(n * 100) / 100;
/** The order of `localeCompare`, an order of magnitude faster when sorting 600k edge keys. */
const byLocale = new Intl.Collator().compare;

/** layout.forcePositions: x/y for every node, rounded to two decimals. */
export function forcePositions(
  nodes: BuiltNode[],
  edges: BuiltEdge[],
  options = LAYOUT_DEFAULTS,
): Map<string, { x: number; y: number }> {
  const graph = new DirectedGraph();
  for (const node of [...nodes].sort((a, b) => byLocale(a.key, b.key))) {
    graph.addNode(node.key, {
      x: (hash01(node.key) - 0.5) * options.scale,
      y: (hash01(`${node.key}#y`) - 0.5) * options.scale,
    });
  }
  for (const edge of [...edges].sort((a, b) => byLocale(a.key, b.key))) {
    if (!graph.hasEdge(edge.source, edge.target)) {
      graph.addEdge(edge.source, edge.target, { weight: options.edgeWeights[edge.attributes.type] ?? 1 });
    }
  }
  const effort = layoutEffort(graph.order, options);
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    ...options.settings,
    ...(effort.barnesHut ? { barnesHutOptimize: true, barnesHutTheta: options.barnesHutTheta } : {}),
  };
  const positions = forceAtlas2(graph, { iterations: effort.iterations, settings, getEdgeWeight: 'weight' });
  // ForceAtlas2's units are arbitrary; the app draws nodes tens of pixels wide at zoom 1, so scale
  // until the closest tenth of neighbour pairs are `neighbourDistance` apart.
  const points = Object.values(positions);
  const factor = neighbourScale(points, options.neighbourDistance);
  const out = new Map<string, { x: number; y: number }>();
  for (const [key, p] of Object.entries(positions))
    out.set(key, { x: round2(p.x * factor), y: round2(p.y * factor) });
  return out;
}

let centroids: Map<string, { lat: number; lon: number }> | undefined;

/** layout.countryCentroid: the centroid of a country's largest land area (mainland France, not Guiana). */
export function countryCentroid(code: string): { lat: number; lon: number } | undefined {
  if (!centroids) {
    centroids = new Map();
    const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
    const collection = feature(topology, topology.objects.countries);
    for (const f of collection.features as Array<Feature<Polygon | MultiPolygon>>) {
      // A few shapes have no ISO number (Kosovo); their English name then says which country they are.
      const name = (f.properties as { name?: string } | null)?.name;
      const alpha2 =
        f.id === undefined
          ? name
            ? resolveCountry(name, { typos: false })?.code
            : undefined
          : alpha2FromNumeric(String(f.id));
      if (!alpha2 || !f.geometry) continue;
      let shape: Feature<Polygon | MultiPolygon> = f;
      if (f.geometry.type === 'MultiPolygon') {
        const parts = f.geometry.coordinates.map((coordinates) => ({
          type: 'Polygon' as const,
          coordinates,
        }));
        parts.sort((a, b) => geoArea(b) - geoArea(a));
        shape = { type: 'Feature', properties: {}, geometry: parts[0]! };
      }
      const [lon, lat] = geoCentroid(shape);
      centroids.set(alpha2, { lat: round2(lat), lon: round2(lon) });
    }
  }
  return centroids.get(code);
}
