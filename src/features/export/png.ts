// PNG export: cytoscape draws the viewport or the whole graph at the chosen scale; a canvas then adds
// the title, caption and legend and brings the image to exactly the requested width.
import type { Core } from 'cytoscape';
import { PALETTES, type ThemeName } from '../../render/palette';
import type { SvgLegendItem } from '../../io/svg';

export interface PngOptions {
  area: 'viewport' | 'full';
  /** Either a scale (1–4) or an exact width in pixels. */
  size: { scale: number } | { width: number };
  background: boolean;
  theme: ThemeName;
  title?: string;
  caption?: string;
  legend?: SvgLegendItem[];
}

export const MAX_PNG_WIDTH = 8000;

function drawShape(ctx: CanvasRenderingContext2D, shape: string, x: number, y: number, r: number) {
  ctx.beginPath();
  if (shape === 'diamond') {
    ctx.moveTo(x, y - r);
    ctx.lineTo(x + r, y);
    ctx.lineTo(x, y + r);
    ctx.lineTo(x - r, y);
  } else if (shape === 'hexagon') {
    ctx.moveTo(x - r / 2, y - r);
    ctx.lineTo(x + r / 2, y - r);
    ctx.lineTo(x + r, y);
    ctx.lineTo(x + r / 2, y + r);
    ctx.lineTo(x - r / 2, y + r);
    ctx.lineTo(x - r, y);
  } else if (shape === 'round-rectangle') ctx.roundRect(x - r, y - r * 0.65, 2 * r, 1.3 * r, r / 3);
  else ctx.arc(x, y, r, 0, Math.PI * 2);
  ctx.closePath();
  ctx.fill();
}

/** png.renderPng: the picture as a PNG Blob of the requested width (or scale). */
export async function renderPng(cy: Core, options: PngOptions): Promise<Blob> {
  const palette = PALETTES[options.theme];
  const full = options.area === 'full';
  const baseWidth = full ? Math.max(1, cy.elements().boundingBox({}).w) : cy.width();
  const targetWidth = Math.min(
    MAX_PNG_WIDTH,
    Math.round('width' in options.size ? options.size.width : baseWidth * options.size.scale),
  );
  const scale = targetWidth / baseWidth;
  const picture = await cy.png({
    output: 'blob-promise',
    full,
    scale,
    ...(options.background ? { bg: palette.background } : {}),
  });
  const image = await createImageBitmap(picture);
  const unit = Math.max(1, targetWidth / 1000);
  const header =
    (options.title ? 34 * unit : 0) +
    (options.caption ? 22 * unit : 0) +
    (options.title || options.caption ? 12 * unit : 0);
  const footer = options.legend?.length ? 36 * unit : 0;
  const height = Math.round((image.height * targetWidth) / image.width);
  const canvas = document.createElement('canvas');
  canvas.width = targetWidth;
  canvas.height = Math.round(height + header + footer);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('export: the browser gave no 2D canvas for the picture');
  if (options.background) {
    ctx.fillStyle = palette.background;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
  }
  ctx.drawImage(image, 0, header, targetWidth, height);
  image.close();
  ctx.fillStyle = palette.text;
  ctx.textBaseline = 'alphabetic';
  const font = 'Inter, "Segoe UI", "DejaVu Sans", Arial, sans-serif';
  let y = 12 * unit;
  if (options.title) {
    ctx.font = `700 ${20 * unit}px ${font}`;
    y += 24 * unit;
    ctx.fillText(options.title, 16 * unit, y, targetWidth - 32 * unit);
  }
  if (options.caption) {
    ctx.font = `400 ${13 * unit}px ${font}`;
    y += 20 * unit;
    ctx.fillText(options.caption, 16 * unit, y, targetWidth - 32 * unit);
  }
  if (options.legend?.length) {
    ctx.font = `400 ${13 * unit}px ${font}`;
    let x = 16 * unit;
    const ly = height + header + footer / 2;
    for (const item of options.legend) {
      ctx.fillStyle = item.color;
      drawShape(ctx, item.shape, x + 7 * unit, ly, 7 * unit);
      ctx.fillStyle = palette.text;
      ctx.fillText(item.label, x + 20 * unit, ly + 5 * unit);
      x += 36 * unit + ctx.measureText(item.label).width;
    }
  }
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('export: the picture could not be encoded'))),
      'image/png',
    ),
  );
}
