import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../src/io/fileNames';
import { writeSvg } from '../../src/io/svg';
import { XSS_NAME } from './smallGraph';

describe('SVG export', () => {
  it('draws an empty scene as a valid small document', () => {
    const svg = writeSvg({ nodes: [], edges: [], background: null, textColor: '#000' });
    expect(svg).toMatch(/<svg [^>]*width="148" height="148"/);
  });

  it('writes real, escaped text labels that parse back to the same names', () => {
    const svg = writeSvg({
      nodes: [
        { x: 0, y: 0, width: 20, height: 20, shape: 'ellipse', fill: '#0072B2', label: XSS_NAME },
        {
          x: 100,
          y: 50,
          width: 30,
          height: 16,
          shape: 'round-rectangle',
          fill: '#E69F00',
          label: 'CLUSTERS',
        },
        { x: 50, y: 100, width: 20, height: 20, shape: 'hexagon', fill: '#009E73' },
      ],
      edges: [{ x1: 0, y1: 0, x2: 100, y2: 50, color: '#aab3bb', width: 2, dashed: true }],
      background: '#ffffff',
      textColor: '#1d2327',
      haloColor: '#ffffff',
      title: 'Co-partners <b>',
      legend: [{ label: 'Organisation', color: '#0072B2', shape: 'ellipse' }],
    });
    expect(svg).not.toMatch(/<script|<img|<b>/);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent);
    expect(texts).toEqual(['Co-partners <b>', XSS_NAME, 'CLUSTERS', 'Organisation']);
    expect(doc.getElementsByTagName('line')).toHaveLength(1);
    expect(doc.getElementsByTagName('polygon')).toHaveLength(1);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
  });
});

describe('export file names', () => {
  it('say the view, the part and the day', () => {
    const day = new Date('2026-11-23T10:00:00Z');
    expect(exportFileName('co-partners', 'png', day)).toBe('consortia-co-partners-2026-11-23.png');
    expect(exportFileName('network', 'csv', day, 'nodes')).toBe('consortia-network-nodes-2026-11-23.csv');
  });
});
