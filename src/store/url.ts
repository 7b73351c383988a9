// The view state in the address: view, selection, ego, filters, layout, zoom and path.
// Parsed at the boundary with zod; a bad value is dropped with a notice naming the parameter.
import { z } from 'zod';
import { DEFAULT_FILTERS, type FilterState } from '../graph/filters';
import { EGO_DEPTHS, type EgoDepth } from '../graph/projections/ego';
import { NODE_TYPES } from '../graph/types';
import { LAYOUT_IDS, VIEW_IDS, viewById, type LayoutId, type ViewId } from '../graph/views';
import type { Viewport } from './slices/ui';

export interface UrlState {
  view: ViewId;
  selected: string | null;
  egoRoot: string | null;
  egoDepth: EgoDepth;
  layout: LayoutId;
  filters: FilterState;
  viewport: Viewport | null;
  pathEnds: [string | null, string | null];
  /** `?data=`: the address of the dataset on screen when it was opened by address (see features/import). */
  data?: string | null;
}

const list = <T extends string>(item: z.ZodType<T, string>) =>
  z
    .string()
    .transform((s) => s.split(',').filter(Boolean))
    .pipe(z.array(item));
const int = z
  .string()
  .regex(/^-?\d+$/, 'expected a whole number')
  .transform(Number);
const num = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/, 'expected a number')
  .transform(Number);
const key = z.string().min(1).max(300);

const PARAMS = {
  view: z.enum(VIEW_IDS),
  layout: z.enum(LAYOUT_IDS),
  sel: key,
  ego: key,
  depth: z.enum(EGO_DEPTHS.map(String) as [string, ...string[]]).transform(Number),
  types: list(z.enum(NODE_TYPES)),
  countries: list(z.string().regex(/^[A-Z]{2}$/, 'expected ISO country codes like SI')),
  programmes: list(key),
  period: z
    .string()
    .regex(/^\d{4}-\d{4}$/, 'expected years like 2008-2013')
    .transform((s) => s.split('-').map(Number) as [number, number])
    .refine(([a, b]) => a <= b, 'the first year comes after the second'),
  undated: z.enum(['hide']),
  lead: z.enum(['1']),
  min: int.pipe(z.number().int().min(0).max(100)),
  orphans: z.enum(['hide']),
  zoom: num.pipe(z.number().positive().max(50)),
  pan: z
    .string()
    .regex(/^-?\d+(\.\d+)?,-?\d+(\.\d+)?$/, 'expected two numbers like 10,-20')
    .transform((s) => s.split(',').map(Number) as [number, number]),
  from: key,
  to: key,
  data: z.string().min(1).max(2000),
} as const;

type ParamName = keyof typeof PARAMS;

/**
 * url.parseUrlState: the state in `search`, with one notice per parameter it had to ignore.
 * `defaultView` is the view when the address names none (the dataset's: see views.defaultViewOf).
 */
export function parseUrlState(
  search: string,
  defaultView: ViewId = 'network',
): { state: UrlState; notices: string[] } {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const read = <N extends ParamName>(name: N): z.output<(typeof PARAMS)[N]> | undefined => {
    const raw = params.get(name);
    if (raw === null || raw === '') return undefined;
    const parsed = PARAMS[name].safeParse(raw);
    if (parsed.success) return parsed.data as z.output<(typeof PARAMS)[N]>;
    notices.push(
      `Ignored “${name}=${raw.slice(0, 40)}” in the address: ${parsed.error.issues[0]?.message ?? 'not valid'}.`,
    );
    return undefined;
  };
  const view = read('view') ?? defaultView;
  let layout = read('layout') ?? viewById(view).defaultLayout;
  if (!viewById(view).layouts.includes(layout)) {
    notices.push(
      `Ignored “layout=${layout}” in the address: the ${viewById(view).label} view does not offer it.`,
    );
    layout = viewById(view).defaultLayout;
  }
  const zoom = read('zoom');
  const pan = read('pan');
  const state: UrlState = {
    view,
    layout,
    selected: read('sel') ?? null,
    egoRoot: read('ego') ?? null,
    egoDepth: (read('depth') as EgoDepth | undefined) ?? 1,
    filters: {
      nodeTypes: read('types') ?? DEFAULT_FILTERS.nodeTypes,
      countries: read('countries') ?? [],
      programmes: read('programmes') ?? [],
      period: read('period') ?? null,
      includeUndated: read('undated') !== 'hide',
      leadOnly: read('lead') === '1',
      minProjects: read('min') ?? 0,
      hideOrphans: read('orphans') === 'hide',
    },
    viewport: zoom !== undefined && pan ? { zoom, pan: { x: pan[0], y: pan[1] } } : null,
    pathEnds: [read('from') ?? null, read('to') ?? null],
    ...(params.get('data') ? { data: read('data') ?? null } : {}),
  };
  return { state, notices };
}

const round = (n: number) => String(Math.round(n * 100) / 100);

/** url.formatUrlState: the query string for a state; defaults are left out to keep links short. */
export function formatUrlState(s: UrlState, defaultView: ViewId = 'network'): string {
  const p = new URLSearchParams();
  if (s.view !== defaultView) p.set('view', s.view);
  if (s.layout !== viewById(s.view).defaultLayout) p.set('layout', s.layout);
  if (s.selected) p.set('sel', s.selected);
  if (s.view === 'ego' && s.egoRoot) p.set('ego', s.egoRoot);
  if (s.view === 'ego' && s.egoDepth !== 1) p.set('depth', String(s.egoDepth));
  const f = s.filters;
  if (f.nodeTypes.length !== NODE_TYPES.length) p.set('types', f.nodeTypes.join(','));
  if (f.countries.length) p.set('countries', f.countries.join(','));
  if (f.programmes.length) p.set('programmes', f.programmes.join(','));
  if (f.period) p.set('period', `${f.period[0]}-${f.period[1]}`);
  if (!f.includeUndated) p.set('undated', 'hide');
  if (f.leadOnly) p.set('lead', '1');
  if (f.minProjects > 0) p.set('min', String(f.minProjects));
  if (f.hideOrphans) p.set('orphans', 'hide');
  if (s.pathEnds[0]) p.set('from', s.pathEnds[0]);
  if (s.pathEnds[1]) p.set('to', s.pathEnds[1]);
  if (s.viewport) {
    p.set('zoom', round(s.viewport.zoom));
    p.set('pan', `${round(s.viewport.pan.x)},${round(s.viewport.pan.y)}`);
  }
  if (s.data) p.set('data', s.data);
  const q = p.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return q ? `?${q}` : '';
}
