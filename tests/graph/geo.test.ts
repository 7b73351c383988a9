import { describe, expect, it } from 'vitest';
import { countryLatLon, GEO_MIN_DISTANCE, geoPosition, separate } from '../../src/graph/geo';
import { countries } from '../../src/graph/projections/countries';
import { fixtureGraph } from './build';

describe('geographic layout', () => {
  it('has no position for an unknown country without coordinates', () => {
    expect(countryLatLon('ZZ')).toBeUndefined();
    expect(countryLatLon('ZZ', 10, 20)).toEqual([10, 20]);
  });

  it('separates points on the same spot deterministically', () => {
    const out = separate(
      new Map([
        ['a', { x: 0, y: 0 }],
        ['b', { x: 0, y: 0 }],
      ]),
      10,
    );
    expect(out.get('a')!.x).toBeCloseTo(-5);
    expect(out.get('b')!.x).toBeCloseTo(5);
  });

  it('keeps countries apart on the map while west stays west', () => {
    const v = countries(fixtureGraph());
    const keys = v.nodes();
    for (const a of keys)
      for (const b of keys) {
        if (a >= b) continue;
        const d = Math.hypot(
          v.getNodeAttribute(a, 'x')! - v.getNodeAttribute(b, 'x')!,
          v.getNodeAttribute(a, 'y')! - v.getNodeAttribute(b, 'y')!,
        );
        expect(d).toBeGreaterThan(GEO_MIN_DISTANCE - 1);
      }
    expect(v.getNodeAttribute('country:ES', 'x')!).toBeLessThan(v.getNodeAttribute('country:AT', 'x')!);
    expect(geoPosition(50, 10).y).toBeLessThan(geoPosition(40, 10).y);
  });
});
