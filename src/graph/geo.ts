// Country positions for the geographic layout: the node's lat/lon, else an approximate centroid.

/** Approximate centroids (lat, lon) of European countries and neighbours, for graphs without coordinates. */
export const COUNTRY_CENTROIDS: Readonly<Record<string, readonly [number, number]>> = {
  AL: [41.1, 20.1],
  AD: [42.5, 1.5],
  AT: [47.6, 14.1],
  BA: [44.2, 17.8],
  BE: [50.6, 4.6],
  BG: [42.7, 25.5],
  BY: [53.7, 28.0],
  CH: [46.8, 8.2],
  CY: [35.0, 33.2],
  CZ: [49.8, 15.5],
  DE: [51.2, 10.4],
  DK: [56.0, 10.0],
  EE: [58.7, 25.5],
  ES: [40.4, -3.7],
  FI: [64.5, 26.0],
  FR: [46.6, 2.4],
  GB: [54.0, -2.5],
  GR: [39.1, 22.0],
  HR: [45.1, 15.7],
  HU: [47.2, 19.4],
  IE: [53.2, -8.1],
  IS: [64.9, -18.6],
  IT: [42.8, 12.6],
  LI: [47.2, 9.6],
  LT: [55.2, 23.9],
  LU: [49.8, 6.1],
  LV: [56.9, 24.8],
  MC: [43.7, 7.4],
  MD: [47.2, 28.5],
  ME: [42.8, 19.3],
  MK: [41.6, 21.7],
  MT: [35.9, 14.4],
  NL: [52.2, 5.5],
  NO: [61.0, 9.0],
  PL: [51.9, 19.1],
  PT: [39.6, -8.0],
  RO: [45.9, 24.9],
  RS: [44.0, 20.9],
  SE: [62.0, 15.0],
  SI: [46.1, 14.8],
  SK: [48.7, 19.7],
  SM: [43.9, 12.5],
  TR: [39.0, 35.2],
  UA: [49.0, 31.4],
  XK: [42.6, 20.9],
  VA: [41.9, 12.5],
  RU: [56.0, 38.0],
  GE: [42.3, 43.4],
  AM: [40.1, 45.0],
  AZ: [40.3, 47.7],
  IL: [31.4, 35.0],
  TN: [34.0, 9.5],
  MA: [31.8, -7.1],
  EG: [26.8, 30.8],
};

/** Pixels per degree of latitude in the geographic layout. */
export const GEO_SCALE = 24;

/** Screen position of a lat/lon: equirectangular, longitudes shrunk by cos(48°) to suit Europe. */
export function geoPosition(lat: number, lon: number): { x: number; y: number } {
  return { x: lon * Math.cos((48 * Math.PI) / 180) * GEO_SCALE, y: -lat * GEO_SCALE };
}

/** lat/lon of a country: given coordinates first, then the centroid table. */
export function countryLatLon(code: string, lat?: number, lon?: number): [number, number] | undefined {
  if (lat !== undefined && lon !== undefined) return [lat, lon];
  const known = COUNTRY_CENTROIDS[code];
  return known ? [known[0], known[1]] : undefined;
}

/** Minimum distance between two country nodes on the map, in layout units. */
export const GEO_MIN_DISTANCE = 96;

/**
 * geo.separate: pushes points that sit closer than `minDistance` apart, a little at a time, so
 * neighbouring small countries (Austria and Slovenia) do not cover each other. Returns new points.
 */
export function separate(
  points: ReadonlyMap<string, { x: number; y: number }>,
  minDistance = GEO_MIN_DISTANCE,
  rounds = 80,
): Map<string, { x: number; y: number }> {
  const out = new Map([...points].map(([k, p]) => [k, { ...p }]));
  const keys = [...out.keys()].sort();
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (let i = 0; i < keys.length; i++) {
      for (let j = i + 1; j < keys.length; j++) {
        const a = out.get(keys[i]!)!;
        const b = out.get(keys[j]!)!;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let d = Math.hypot(dx, dy);
        if (d >= minDistance - 1e-6) continue;
        if (d < 1e-6) {
          // Same spot: separate along a fixed direction so the result stays deterministic.
          dx = 1;
          dy = 0;
          d = 1;
        }
        const push = (minDistance - d) / 2;
        a.x -= (dx / d) * push;
        a.y -= (dy / d) * push;
        b.x += (dx / d) * push;
        b.y += (dy / d) * push;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return out;
}
