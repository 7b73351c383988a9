// Search over every name of every node: prefix and typo tolerant, blind to case, diacritics and script.
import MiniSearch from 'minisearch';
import { searchTerm } from './text';
import type { ConsortiaGraph, NodeType } from './types';

export interface SearchHit {
  key: string;
  label: string;
  type: NodeType;
  /** The name that matched best when it is not the label (an alias, another language). */
  alias?: string;
  score: number;
}

interface Doc {
  id: string;
  label: string;
  names: string;
  codes: string;
  type: NodeType;
}

export interface NodeSearch {
  search(query: string, limit?: number): SearchHit[];
}

export const SEARCH_DEFAULTS = { limit: 8, fuzzy: 0.2 } as const;

/** search.createSearch: indexes label, names, acronym/code (or country code) of every node. */
export function createSearch(graph: ConsortiaGraph): NodeSearch {
  const mini = new MiniSearch<Doc>({
    fields: ['label', 'names', 'codes'],
    storeFields: ['label', 'type', 'names'],
    processTerm: searchTerm,
    searchOptions: {
      boost: { label: 2, codes: 1.5 },
      prefix: true,
      fuzzy: SEARCH_DEFAULTS.fuzzy,
      combineWith: 'AND',
    },
  });
  const docs: Doc[] = [];
  graph.forEachNode((key, a) => {
    const codes = a.type === 'project' ? [a.acronym, a.code] : a.type === 'country' ? [a.code] : [];
    docs.push({
      id: key,
      label: a.label,
      names: a.names.filter((n) => n !== a.label).join(' | '),
      codes: codes.filter(Boolean).join(' '),
      type: a.type,
    });
  });
  mini.addAll(docs);
  return {
    search(query, limit = SEARCH_DEFAULTS.limit) {
      if (!query.trim()) return [];
      return mini
        .search(query)
        .slice(0, limit)
        .map((r) => {
          const hit: SearchHit = {
            key: String(r.id),
            label: String(r.label),
            type: r.type as NodeType,
            score: r.score,
          };
          const terms = Object.keys(r.match ?? {});
          const matched = (name: string) =>
            terms.filter((t) =>
              name.split(/[\s\p{P}]+/u).some((w) => searchTerm(w) === t || searchTerm(w)?.startsWith(t)),
            ).length;
          const names = String(r.names ?? '')
            .split(' | ')
            .filter(Boolean);
          const best = names.map((n) => [n, matched(n)] as const).sort((x, y) => y[1] - x[1])[0];
          if (best && best[1] > matched(hit.label)) hit.alias = best[0];
          return hit;
        });
    },
  };
}
