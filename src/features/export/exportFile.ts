// Builds one export of the current view: the picture or the data file, with its file name.
import { writeEdgesCsv, writeNodesCsv } from '../../io/csvExport';
import { exportGraphOf, METRIC_TYPES } from '../../io/exportGraph';
import { exportFileName } from '../../io/fileNames';
import { writeGexf } from '../../io/gexf';
import { writeGraphml } from '../../io/graphml';
import { writeGraphJson } from '../../io/json';
import { writeSvg } from '../../io/svg';
import { store } from '../../store';
import { selectShownGraph } from '../../store/selectors';
import { renderPng } from './png';
import { currentCy, legendItems, sceneFromCy, styleFromCy } from './scene';

export const EXPORT_FORMATS = [
  { id: 'png', label: 'PNG picture', hint: 'for slides and reports' },
  { id: 'svg', label: 'SVG vector', hint: 'Inkscape, Illustrator, print' },
  { id: 'gexf', label: 'GEXF', hint: 'Gephi' },
  { id: 'graphml', label: 'GraphML', hint: 'yEd, Cytoscape, NetworkX' },
  { id: 'json', label: 'graphology JSON', hint: 'Consortia, sigma.js' },
  { id: 'csv-nodes', label: 'CSV: nodes', hint: 'spreadsheets' },
  { id: 'csv-edges', label: 'CSV: links', hint: 'spreadsheets' },
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number]['id'];

export interface PictureOptions {
  area: 'viewport' | 'full';
  sizeMode: 'scale' | 'width';
  scale: number;
  width: number;
  background: boolean;
  legend: boolean;
  title: string;
  caption: string;
}

export const DEFAULT_PICTURE: PictureOptions = {
  area: 'full',
  sizeMode: 'scale',
  scale: 2,
  width: 1920,
  background: true,
  legend: true,
  title: '',
  caption: '',
};

const TYPES: Record<string, string> = {
  png: 'image/png',
  svg: 'image/svg+xml',
  gexf: 'application/xml',
  graphml: 'application/xml',
  json: 'application/json',
  csv: 'text/csv',
};

export async function buildExport(
  format: ExportFormat,
  picture: PictureOptions,
): Promise<{ blob: Blob; fileName: string }> {
  const state = store.getState();
  const cy = currentCy();
  const shown = selectShownGraph(state);
  if (!cy || !shown || !state.dataset) throw new Error('export: there is no graph on screen yet');
  const view = state.view;
  const text = (s: string) => s.trim() || undefined;
  const name = (ext: string, part?: string) => exportFileName(view, ext, new Date(), part);
  const blob = (content: string, type: string) => new Blob([content], { type: `${type};charset=utf-8` });
  switch (format) {
    case 'png': {
      const legend = picture.legend ? legendItems(view, state.theme) : undefined;
      const png = await renderPng(cy, {
        area: picture.area,
        size: picture.sizeMode === 'width' ? { width: picture.width } : { scale: picture.scale },
        background: picture.background,
        theme: state.theme,
        ...(text(picture.title) ? { title: text(picture.title) } : {}),
        ...(text(picture.caption) ? { caption: text(picture.caption) } : {}),
        ...(legend ? { legend } : {}),
      });
      return { blob: png, fileName: name('png') };
    }
    case 'svg': {
      const scene = sceneFromCy(cy, {
        view,
        theme: state.theme,
        background: picture.background,
        legend: picture.legend,
        ...(text(picture.title) ? { title: text(picture.title) } : {}),
        ...(text(picture.caption) ? { caption: text(picture.caption) } : {}),
      });
      return { blob: blob(writeSvg(scene), TYPES.svg!), fileName: name('svg') };
    }
    default: {
      // Metrics computed on another view (the job for this one still running) are not this view's.
      const metrics = state.metricsGraph === shown ? state.metricsResult : null;
      const graph = exportGraphOf(state.dataset.graph, shown, `${state.dataset.name} (${view})`, metrics);
      const style = styleFromCy(cy);
      if (format === 'gexf')
        return { blob: blob(writeGexf(graph, style, METRIC_TYPES), TYPES.gexf!), fileName: name('gexf') };
      if (format === 'graphml')
        return {
          blob: blob(writeGraphml(graph, style, METRIC_TYPES), TYPES.graphml!),
          fileName: name('graphml'),
        };
      if (format === 'json')
        return { blob: blob(writeGraphJson(graph, style), TYPES.json!), fileName: name('json') };
      if (format === 'csv-nodes')
        return { blob: blob(writeNodesCsv(graph), TYPES.csv!), fileName: name('csv', 'nodes') };
      return { blob: blob(writeEdgesCsv(graph), TYPES.csv!), fileName: name('csv', 'links') };
    }
  }
}
