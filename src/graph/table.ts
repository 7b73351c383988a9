// Rows of the table view: what a view draws, as sortable records.
import { countryOf } from './queries';
import type { ConsortiaGraph } from './types';
import type { ViewGraph } from './view-types';

export interface NodeRow {
  key: string;
  label: string;
  type: string;
  country: string;
  /** Projects joined / partners / organisations, as in the view. */
  count: number;
  /** Links drawn in this view. */
  links: number;
  lead: boolean;
}

export interface LinkRow {
  key: string;
  source: string;
  target: string;
  type: string;
  weight: number;
  detail: string;
}

export function nodeRows(view: ViewGraph, graph: ConsortiaGraph): NodeRow[] {
  return view.mapNodes((key, a) => ({
    key,
    label: a.label,
    type: a.type,
    country: graph.hasNode(key)
      ? (countryOf(graph, key) ?? (a.type === 'country' ? key.replace(/^country:/, '') : ''))
      : '',
    count: a.count,
    links: view.degree(key),
    lead: !!a.lead,
  }));
}

const label = (view: ViewGraph, graph: ConsortiaGraph, key: string) =>
  view.hasNode(key)
    ? view.getNodeAttribute(key, 'label')
    : graph.hasNode(key)
      ? graph.getNodeAttribute(key, 'label')
      : key;

export function linkRows(view: ViewGraph, graph: ConsortiaGraph): LinkRow[] {
  return view.mapEdges((key, a, source, target) => ({
    key,
    source: label(view, graph, source),
    target: label(view, graph, target),
    type: a.type.replace(/_/g, ' '),
    weight: a.weight,
    detail: [
      a.role,
      a.tie === 'weak' ? 'shared country' : undefined,
      a.via?.map((k) => label(view, graph, k)).join(', '),
    ]
      .filter(Boolean)
      .join(' · '),
  }));
}

export type SortDirection = 'ascending' | 'descending';

/** Sorts rows by one column; text by locale, numbers numerically; ties by label/key. */
export function sortRows<R extends object>(rows: R[], column: keyof R, direction: SortDirection): R[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((x, y) => {
    const a = x[column];
    const b = y[column];
    const c = typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
    return sign * c;
  });
}
