import { describe, expect, it } from 'vitest';
import { fitAround } from '../../../src/features/canvas/fitAround';

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
