// Reads what cytoscape draws (positions, sizes, colours, shapes, shown labels) into pieces the SVG and
// data writers use, so exports follow the current view, its filters, layout and styling.
import type { Core, NodeSingular } from 'cytoscape';
import { viewById, type ViewId } from '../../graph/views';
import type { ExportStyle } from '../../io/types';
import type { SvgLegendItem, SvgScene } from '../../io/svg';
import { NODE_SHAPES, NODE_TYPE_LABELS, PALETTES, type ThemeName } from '../../render/palette';

/** The app's cytoscape instance (the canvas exposes it read-only as window.cy). */
export function currentCy(): Core | null {
  return (window as { cy?: Core }).cy ?? null;
}

const px = (value: unknown, fallback = 0) => {
  const n = parseFloat(String(value));
  return Number.isFinite(n) ? n : fallback;
};

/** Labels as long as the canvas lets them be (it ellipsises at 140 px), so they overlap no more than there. */
const MAX_LABEL_CHARS = 28;

function shownLabel(node: NodeSingular): string | undefined {
  const label = node.style('label');
  if (typeof label !== 'string' || !label.trim()) return undefined;
  return label.length > MAX_LABEL_CHARS ? `${label.slice(0, MAX_LABEL_CHARS - 1).trimEnd()}…` : label;
}

export function legendItems(view: ViewId, theme: ThemeName): SvgLegendItem[] {
  const palette = PALETTES[theme];
  return viewById(view).nodeTypes.map((type) => ({
    label: NODE_TYPE_LABELS[type],
    color: palette.node[type],
    shape: NODE_SHAPES[type],
  }));
}

export interface SceneOptions {
  view: ViewId;
  theme: ThemeName;
  background: boolean;
  legend: boolean;
  title?: string;
  caption?: string;
}

/** The whole shown graph as an SVG scene (model coordinates; the writer crops to the content). */
export function sceneFromCy(cy: Core, options: SceneOptions): SvgScene {
  const palette = PALETTES[options.theme];
  const nodes = cy.nodes(':visible').map((node) => {
    const p = node.position();
    return {
      x: p.x,
      y: p.y,
      width: node.width(),
      height: node.height(),
      shape: String(node.style('shape')),
      fill: String(node.style('background-color')),
      stroke: String(node.style('border-color')),
      strokeWidth: px(node.style('border-width')),
      opacity: px(node.style('opacity'), 1),
      label: shownLabel(node),
      labelColor: String(node.style('color')),
      fontSize: px(node.style('font-size'), 11),
      fontWeight: String(node.style('font-weight')),
    };
  });
  const edges = cy.edges(':visible').map((edge) => {
    const s = edge.source().position();
    const t = edge.target().position();
    return {
      x1: s.x,
      y1: s.y,
      x2: t.x,
      y2: t.y,
      color: String(edge.style('line-color')),
      width: px(edge.style('width'), 1),
      dashed: edge.style('line-style') === 'dashed',
      opacity: px(edge.style('opacity'), 1),
    };
  });
  return {
    nodes,
    edges,
    background: options.background ? palette.background : null,
    textColor: palette.text,
    haloColor: palette.halo,
    ...(options.title ? { title: options.title } : {}),
    ...(options.caption ? { caption: options.caption } : {}),
    ...(options.legend ? { legend: legendItems(options.view, options.theme) } : {}),
  };
}

/** Positions, colours and sizes as drawn, for GEXF/GraphML/JSON exports. */
export function styleFromCy(cy: Core): ExportStyle {
  return {
    node: (key) => {
      const node = cy.getElementById(key);
      if (node.empty()) return undefined;
      const p = node.position();
      return { x: p.x, y: p.y, color: String(node.style('background-color')), size: node.width() };
    },
    edge: (key) => {
      const edge = cy.getElementById(key);
      if (edge.empty()) return undefined;
      return { color: String(edge.style('line-color')), size: px(edge.style('width'), 1) };
    },
  };
}
