import { describe, expect, it } from 'vitest';
import { PALETTES, type ThemeName } from '../../src/render/palette';

// Colour science for the checks below: WCAG contrast, CIELAB and CIEDE2000, and the colour-vision
// deficiencies simulated by Machado, Oliveira and Fernandes (2009) at full severity, in linear RGB.
const DEFICIENCIES: Record<string, number[][] | null> = {
  none: null,
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const linear = (hex: string): number[] =>
  [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });

const luminance = ([r, g, b]: number[]) => 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;

function contrast(a: string, b: string): number {
  const [x, y] = [luminance(linear(a)), luminance(linear(b))];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

function lab(hex: string, deficiency: number[][] | null): [number, number, number] {
  const c = linear(hex);
  const [r, g, b] = (
    deficiency ? deficiency.map((row) => row[0]! * c[0]! + row[1]! * c[1]! + row[2]! * c[2]!) : c
  ).map((v) => Math.min(1, Math.max(0, v))) as [number, number, number];
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

function deltaE2000([l1, a1, b1]: number[], [l2, a2, b2]: number[]): number {
  const rad = Math.PI / 180;
  const cMean = (Math.hypot(a1!, b1!) + Math.hypot(a2!, b2!)) / 2;
  const g = 0.5 * (1 - Math.sqrt(cMean ** 7 / (cMean ** 7 + 25 ** 7)));
  const [ap1, ap2] = [a1! * (1 + g), a2! * (1 + g)];
  const [c1, c2] = [Math.hypot(ap1, b1!), Math.hypot(ap2, b2!)];
  const hue = (a: number, b: number) => (((Math.atan2(b, a) / rad) % 360) + 360) % 360;
  const [h1, h2] = [hue(ap1, b1!), hue(ap2, b2!)];
  let dh = h2 - h1;
  if (c1 * c2 === 0) dh = 0;
  else if (dh > 180) dh -= 360;
  else if (dh < -180) dh += 360;
  const dH = 2 * Math.sqrt(c1 * c2) * Math.sin((dh * rad) / 2);
  const lMean = (l1! + l2!) / 2;
  const cpMean = (c1 + c2) / 2;
  const hMean = c1 * c2 === 0 ? h1 + h2 : Math.abs(h1 - h2) > 180 ? (h1 + h2 + 360) / 2 : (h1 + h2) / 2;
  const t =
    1 -
    0.17 * Math.cos((hMean - 30) * rad) +
    0.24 * Math.cos(2 * hMean * rad) +
    0.32 * Math.cos((3 * hMean + 6) * rad) -
    0.2 * Math.cos((4 * hMean - 63) * rad);
  const sl = 1 + (0.015 * (lMean - 50) ** 2) / Math.sqrt(20 + (lMean - 50) ** 2);
  const sc = 1 + 0.045 * cpMean;
  const sh = 1 + 0.015 * cpMean * t;
  const rt =
    -Math.sin(2 * 30 * Math.exp(-(((hMean - 275) / 25) ** 2)) * rad) *
    2 *
    Math.sqrt(cpMean ** 7 / (cpMean ** 7 + 25 ** 7));
  const [dl, dc, dhs] = [(l2! - l1!) / sl, (c2 - c1) / sc, dH / sh];
  return Math.sqrt(dl ** 2 + dc ** 2 + dhs ** 2 + rt * dc * dhs);
}

describe('the shortest path colour', () => {
  it('measures as expected on known colours (the checks below rest on it)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    // Sharma, Wu and Dalal's CIEDE2000 test data, pair 1.
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 3);
    // Red and green, far apart to most people, nearly one colour to a deuteranope.
    expect(deltaE2000(lab('#d62728', null), lab('#2ca02c', null))).toBeGreaterThan(40);
    expect(
      deltaE2000(lab('#d62728', DEFICIENCIES.deuteranopia!), lab('#2ca02c', DEFICIENCIES.deuteranopia!)),
    ).toBeLessThan(25);
  });

  for (const theme of ['light', 'dark'] as ThemeName[])
    it(`stands apart from every node kind, role and ring, for every kind of colour vision (${theme})`, () => {
      const p = PALETTES[theme];
      const others = { ...p.node, lead: p.lead, accent: p.accent, edge: p.edge };
      expect(Object.values(others)).not.toContain(p.path);
      // Readable as a line or ring on the canvas: above WCAG's 4.5:1 for text, let alone 3:1 for graphics.
      expect(contrast(p.path, p.background)).toBeGreaterThan(4.5);
      for (const [name, colour] of Object.entries(others))
        for (const [vision, matrix] of Object.entries(DEFICIENCIES)) {
          const distance = deltaE2000(lab(p.path, matrix), lab(colour, matrix));
          // 15 is far from a just noticeable difference (about 2): two colours, not two shades.
          expect(distance, `${theme}: path vs ${name}, ${vision}`).toBeGreaterThan(15);
        }
    });
});
