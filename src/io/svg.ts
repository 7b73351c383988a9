// Our SVG writer (cytoscape-svg is GPL): draws a scene of positioned nodes, straight edges, real <text>
// labels, an optional title, caption and legend. Every piece of text is escaped: names stay text.
import { escapeXml } from './xmlText';

export type SvgShape = 'ellipse' | 'round-rectangle' | 'rectangle' | 'diamond' | 'hexagon' | 'triangle';

export interface SvgNode {
  x: number;
  y: number;
  width: number;
  height: number;
  shape: string;
  fill: string;
  stroke?: string;
  strokeWidth?: number;
  opacity?: number;
  label?: string;
  labelColor?: string;
  fontSize?: number;
  fontWeight?: string | number;
}

export interface SvgEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  width: number;
  dashed?: boolean;
  opacity?: number;
}

export interface SvgLegendItem {
  label: string;
  color: string;
  shape: string;
}

export interface SvgScene {
  nodes: SvgNode[];
  edges: SvgEdge[];
  /** null: transparent. */
  background: string | null;
  textColor: string;
  haloColor?: string;
  title?: string;
  caption?: string;
  legend?: SvgLegendItem[];
}

export const SVG_FONT = 'Inter, "Segoe UI", "DejaVu Sans", Arial, sans-serif';
const PADDING = 24;
const n = (v: number) => (Number.isFinite(v) ? Math.round(v * 100) / 100 : 0);
const attr = (v: string) => escapeXml(v);

export function shapePath(shape: string, x: number, y: number, w: number, h: number, extra = ''): string {
  const rx = w / 2;
  const ry = h / 2;
  switch (shape) {
    case 'round-rectangle':
    case 'roundrectangle':
      return `<rect x="${n(x - rx)}" y="${n(y - ry)}" width="${n(w)}" height="${n(h)}" rx="${n(Math.min(w, h) / 4)}"${extra}/>`;
    case 'rectangle':
      return `<rect x="${n(x - rx)}" y="${n(y - ry)}" width="${n(w)}" height="${n(h)}"${extra}/>`;
    case 'diamond':
      return `<polygon points="${n(x)},${n(y - ry)} ${n(x + rx)},${n(y)} ${n(x)},${n(y + ry)} ${n(x - rx)},${n(y)}"${extra}/>`;
    case 'hexagon':
      return `<polygon points="${[
        [x - rx / 2, y - ry],
        [x + rx / 2, y - ry],
        [x + rx, y],
        [x + rx / 2, y + ry],
        [x - rx / 2, y + ry],
        [x - rx, y],
      ]
        .map(([a, b]) => `${n(a!)},${n(b!)}`)
        .join(' ')}"${extra}/>`;
    case 'triangle':
      return `<polygon points="${n(x)},${n(y - ry)} ${n(x + rx)},${n(y + ry)} ${n(x - rx)},${n(y + ry)}"${extra}/>`;
    default:
      return `<ellipse cx="${n(x)}" cy="${n(y)}" rx="${n(rx)}" ry="${n(ry)}"${extra}/>`;
  }
}

/** svg.writeSvg: a standalone SVG document of the scene, cropped to its content plus a margin. */
export function writeSvg(scene: SvgScene): string {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const node of scene.nodes) {
    const labelDepth = node.label ? (node.fontSize ?? 11) * 1.6 : 0;
    const labelHalf = node.label ? Math.min(node.label.length, 40) * (node.fontSize ?? 11) * 0.3 : 0;
    minX = Math.min(minX, node.x - Math.max(node.width / 2, labelHalf));
    maxX = Math.max(maxX, node.x + Math.max(node.width / 2, labelHalf));
    minY = Math.min(minY, node.y - node.height / 2);
    maxY = Math.max(maxY, node.y + node.height / 2 + labelDepth);
  }
  if (!Number.isFinite(minX)) [minX, minY, maxX, maxY] = [0, 0, 100, 100];
  const header = (scene.title ? 30 : 0) + (scene.caption ? 20 : 0);
  const legendHeight = scene.legend?.length ? 28 : 0;
  const width = maxX - minX + 2 * PADDING;
  const height = maxY - minY + 2 * PADDING + header + legendHeight;
  const ox = PADDING - minX;
  const oy = PADDING + header - minY;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" font-family="${attr(SVG_FONT)}">`,
  ];
  if (scene.title) out.push(`<title>${escapeXml(scene.title)}</title>`);
  if (scene.background) out.push(`<rect width="100%" height="100%" fill="${attr(scene.background)}"/>`);
  if (scene.title)
    out.push(
      `<text x="${PADDING}" y="${PADDING + 14}" font-size="18" font-weight="700" fill="${attr(scene.textColor)}">${escapeXml(scene.title)}</text>`,
    );
  if (scene.caption)
    out.push(
      `<text x="${PADDING}" y="${PADDING + (scene.title ? 36 : 12)}" font-size="12" fill="${attr(scene.textColor)}">${escapeXml(scene.caption)}</text>`,
    );
  out.push(`<g transform="translate(${n(ox)} ${n(oy)})">`, '<g class="edges" fill="none">');
  for (const e of scene.edges) {
    const dash = e.dashed ? ' stroke-dasharray="6 4"' : '';
    const opacity = e.opacity !== undefined && e.opacity < 1 ? ` stroke-opacity="${n(e.opacity)}"` : '';
    out.push(
      `<line x1="${n(e.x1)}" y1="${n(e.y1)}" x2="${n(e.x2)}" y2="${n(e.y2)}" stroke="${attr(e.color)}" stroke-width="${n(e.width)}"${dash}${opacity}/>`,
    );
  }
  out.push('</g>', '<g class="nodes">');
  for (const node of scene.nodes) {
    const stroke =
      node.stroke && node.strokeWidth
        ? ` stroke="${attr(node.stroke)}" stroke-width="${n(node.strokeWidth)}"`
        : '';
    const opacity = node.opacity !== undefined && node.opacity < 1 ? ` opacity="${n(node.opacity)}"` : '';
    out.push(
      shapePath(
        node.shape,
        node.x,
        node.y,
        node.width,
        node.height,
        ` fill="${attr(node.fill)}"${stroke}${opacity}`,
      ),
    );
  }
  out.push('</g>', '<g class="labels" text-anchor="middle">');
  for (const node of scene.nodes) {
    if (!node.label) continue;
    const size = node.fontSize ?? 11;
    const halo = scene.haloColor
      ? ` stroke="${attr(scene.haloColor)}" stroke-width="3" stroke-linejoin="round" paint-order="stroke"`
      : '';
    out.push(
      `<text x="${n(node.x)}" y="${n(node.y + node.height / 2 + size + 2)}" font-size="${n(size)}" font-weight="${attr(String(node.fontWeight ?? 500))}" fill="${attr(node.labelColor ?? scene.textColor)}"${halo}>${escapeXml(node.label)}</text>`,
    );
  }
  out.push('</g>', '</g>');
  if (scene.legend?.length) {
    let x = PADDING;
    const y = height - PADDING / 2 - 10;
    out.push('<g class="legend" font-size="12">');
    for (const item of scene.legend) {
      out.push(shapePath(item.shape, x + 6, y, 12, 12, ` fill="${attr(item.color)}"`));
      out.push(
        `<text x="${n(x + 16)}" y="${n(y + 4)}" fill="${attr(scene.textColor)}">${escapeXml(item.label)}</text>`,
      );
      x += 28 + item.label.length * 7;
    }
    out.push('</g>');
  }
  out.push('</svg>', '');
  return out.join('\n');
}
