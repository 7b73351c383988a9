import { describe, expect, it } from 'vitest';
import { fitAround, fitBesideCorner, overlaps } from '../../src/render/fitAround';

describe('fitAround', () => {
  it('gives up when the canvas has no room left or the bounds are not numbers', () => {
    expect(fitAround({ x1: 0, y1: 0, w: 100, h: 100 }, 60, 60, 40)).toBeNull();
    expect(fitAround({ x1: 0, y1: 0, w: Infinity, h: 100 }, 800, 600, 40)).toBeNull();
  });

  it('fits and centres the graph like a plain fit when nothing is reserved', () => {
    const fit = fitAround({ x1: -100, y1: -50, w: 200, h: 100 }, 800, 600, 40);
    // Width limits: (800 - 80) / 200 = 3.6; height would allow 5.2.
    expect(fit).toEqual({ zoom: 3.6, pan: { x: 400, y: 300 } });
  });

  it('keeps the legend strip clear by fitting above it', () => {
    const fit = fitAround({ x1: 0, y1: 0, w: 100, h: 100 }, 800, 600, 40, 120)!;
    // Room: 720 x (600 - 80 - 120) = 400 high, so zoom 4, centred at y = 40 + 200.
    expect(fit.zoom).toBe(4);
    expect(fit.pan).toEqual({ x: 400 - 50 * 4, y: 240 - 50 * 4 });
    // The graph's lowest point stays above the reserved strip.
    expect(100 * fit.zoom + fit.pan.y).toBeLessThanOrEqual(600 - 40 - 120);
  });

  it('never lets the reserve take more than half the height, nor zooms past the cap', () => {
    const fit = fitAround({ x1: 0, y1: 0, w: 10, h: 10 }, 800, 600, 40, 5000, 1.6)!;
    expect(fit.zoom).toBe(1.6);
    expect(fit.pan.y).toBe(40 + (600 - 80 - 300) / 2 - 5 * 1.6);
  });

  it('fits a single node (zero-size bounds) at the zoom cap', () => {
    expect(fitAround({ x1: 5, y1: 5, w: 0, h: 0 }, 400, 400, 40, 0, 2)).toEqual({
      zoom: 2,
      pan: { x: 200 - 10, y: 200 - 10 },
    });
  });
});

describe('fitBesideCorner', () => {
  const legend = { x1: 10, y1: 500, x2: 260, y2: 590 };

  it('fits above the legend when that shows the graph larger (a wide graph)', () => {
    const fit = fitBesideCorner({ x1: 0, y1: 0, w: 400, h: 100 }, 800, 600, 40, legend)!;
    // Above: room 720 x (500 - 6 - 40) = 454 high, zoom 1.8 by width; beside: room 494 wide, zoom 1.235.
    expect(fit.zoom).toBe(1.8);
    expect(100 * fit.zoom + fit.pan.y).toBeLessThanOrEqual(legend.y1);
  });

  it('fits right of the legend when that shows the graph larger (a tall graph)', () => {
    const fit = fitBesideCorner({ x1: 0, y1: 0, w: 100, h: 400 }, 800, 600, 40, legend)!;
    // Beside: room (800 - 80 - 226) = 494 wide x 520 high, zoom 1.3; above: 454 / 400 = 1.135.
    expect(fit.zoom).toBe(1.3);
    expect(fit.pan.x).toBeGreaterThanOrEqual(legend.x2);
  });
});

describe('overlaps', () => {
  it('counts a shared edge as no overlap, a shared area as one', () => {
    expect(overlaps({ x1: 0, y1: 0, x2: 10, y2: 10 }, { x1: 10, y1: 0, x2: 20, y2: 10 })).toBe(false);
    expect(overlaps({ x1: 0, y1: 0, x2: 10, y2: 10 }, { x1: 9, y1: 9, x2: 20, y2: 20 })).toBe(true);
  });
});
