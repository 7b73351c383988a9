// The one palette: Okabe–Ito colours (safe for the common colour-vision deficiencies), per theme.
import type { NodeType } from '../graph/types';

export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  black: '#000000',
} as const;

export type ThemeName = 'light' | 'dark';

export interface Palette {
  background: string;
  surface: string;
  text: string;
  muted: string;
  border: string;
  edge: string;
  /** Label halo so labels stay readable over edges. */
  halo: string;
  node: Record<NodeType, string>;
  /** Lead partner ring and edge. */
  lead: string;
  /** Selected node ring and a Cross-project highlight. */
  accent: string;
  /**
   * The shortest path's ring and line: a colour no node kind, role or ring has, that still stands apart
   * from each of them for the common colour-vision deficiencies and has good contrast on the background
   * (tests/render/palette.test.ts checks both).
   */
  path: string;
}

/** Node shapes, so type never depends on colour alone. */
export const NODE_SHAPES: Record<NodeType, 'ellipse' | 'round-rectangle' | 'diamond' | 'hexagon'> = {
  organisation: 'ellipse',
  project: 'round-rectangle',
  programme: 'diamond',
  country: 'hexagon',
};

export const PALETTES: Record<ThemeName, Palette> = {
  light: {
    background: '#f7f7f5',
    surface: '#ffffff',
    text: '#1d2327',
    muted: '#5b6670',
    border: '#d9dde1',
    edge: '#aab3bb',
    halo: '#f7f7f5',
    node: {
      organisation: OKABE_ITO.blue,
      project: OKABE_ITO.orange,
      programme: OKABE_ITO.reddishPurple,
      country: OKABE_ITO.bluishGreen,
    },
    lead: OKABE_ITO.vermillion,
    accent: '#111111',
    // Indigo: the Okabe–Ito colours left over (yellow, sky blue) are too pale on a light background.
    path: '#4B0082',
  },
  dark: {
    background: '#15191d',
    surface: '#1e2429',
    text: '#e8eaed',
    muted: '#9aa4ad',
    border: '#333c44',
    edge: '#55606a',
    halo: '#15191d',
    node: {
      organisation: OKABE_ITO.skyBlue,
      project: OKABE_ITO.orange,
      programme: OKABE_ITO.reddishPurple,
      country: OKABE_ITO.bluishGreen,
    },
    lead: OKABE_ITO.vermillion,
    accent: '#ffffff',
    // Pale green, far from the other kinds' colours even to a deuteranope (yellow was near the orange).
    path: '#BBEEAA',
  },
};

export const NODE_TYPE_LABELS: Record<NodeType, string> = {
  organisation: 'Organisation',
  project: 'Project',
  programme: 'Programme',
  country: 'Country',
};
