// The active filters as chips a person can read and remove one at a time (features/filters shows them).
import { DEFAULT_FILTERS, type FilterState } from './filters';
import { NODE_TYPES, type ConsortiaGraph, type NodeType } from './types';

export interface FilterChip {
  /** Stable within one filter state, for React keys and tests. */
  id: string;
  /** What the filter does, in the person's words: "Country Slovenia", "Period 2008–2020". */
  label: string;
  /** The filter state with this one filter taken off. */
  without: FilterState;
}

/** Node types by their plural, for "Hide programmes". */
const TYPE_PLURALS: Record<NodeType, string> = {
  organisation: 'organisations',
  project: 'projects',
  programme: 'programmes',
  country: 'countries',
};

/** The label of a node of `graph`, or undefined when it has none (or no graph is loaded). */
function labelOf(graph: ConsortiaGraph | null | undefined, key: string): string | undefined {
  if (!graph?.hasNode(key)) return undefined;
  const label = graph.getNodeAttribute(key, 'label');
  return typeof label === 'string' && label ? label : undefined;
}

/** The name of a country by its ISO code, from the graph's country node (the code when it has none). */
function countryName(graph: ConsortiaGraph | null | undefined, code: string): string {
  if (!graph) return code;
  const direct = labelOf(graph, `country:${code}`);
  if (direct) return direct;
  const key = graph.findNode((_, a) => a.type === 'country' && a.code === code);
  return (key && labelOf(graph, key)) || code;
}

/**
 * filterChips.filterChips: one chip per active filter, countries and programmes first (one per country,
 * programme and hidden node type), each with the filter state it leaves when removed. Empty when every
 * filter is at its default.
 */
export function filterChips(f: FilterState, graph?: ConsortiaGraph | null): FilterChip[] {
  const chips: FilterChip[] = [];
  for (const code of f.countries)
    chips.push({
      id: `country:${code}`,
      label: `Country ${countryName(graph, code)}`,
      without: { ...f, countries: f.countries.filter((c) => c !== code) },
    });
  for (const key of f.programmes)
    chips.push({
      id: `programme:${key}`,
      label: `Programme ${labelOf(graph, key) ?? key}`,
      without: { ...f, programmes: f.programmes.filter((p) => p !== key) },
    });
  if (f.period)
    chips.push({
      id: 'period',
      label: f.period[0] === f.period[1] ? `Period ${f.period[0]}` : `Period ${f.period[0]}–${f.period[1]}`,
      without: { ...f, period: DEFAULT_FILTERS.period },
    });
  if (!f.includeUndated)
    chips.push({
      id: 'undated',
      label: 'Hide undated projects',
      without: { ...f, includeUndated: DEFAULT_FILTERS.includeUndated },
    });
  for (const t of NODE_TYPES)
    if (!f.nodeTypes.includes(t))
      chips.push({
        id: `type:${t}`,
        label: `Hide ${TYPE_PLURALS[t]}`,
        // Put back in the panel's order, so the address and the checkboxes read the same as before.
        without: { ...f, nodeTypes: NODE_TYPES.filter((n) => n === t || f.nodeTypes.includes(n)) },
      });
  if (f.leadOnly) chips.push({ id: 'lead', label: 'Lead partners only', without: { ...f, leadOnly: false } });
  if (f.minProjects > 0)
    chips.push({
      id: 'min',
      label: `At least ${f.minProjects} project${f.minProjects === 1 ? '' : 's'}`,
      without: { ...f, minProjects: DEFAULT_FILTERS.minProjects },
    });
  if (f.hideOrphans)
    chips.push({ id: 'orphans', label: 'Hide nodes without links', without: { ...f, hideOrphans: false } });
  return chips;
}
