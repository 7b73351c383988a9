// Search over every name of every node: prefix and typo tolerant, blind to case, diacritics and script.
import MiniSearch from 'minisearch';
import { searchTerm } from './text';
import type { ConsortiaGraph, NodeAttributes, NodeType } from './types';

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

function newIndex(): MiniSearch<Doc> {
  return new MiniSearch<Doc>({
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
}

function docOf(key: string, a: NodeAttributes): Doc {
  const codes = a.type === 'project' ? [a.acronym, a.code] : a.type === 'country' ? [a.code] : [];
  return {
    id: key,
    label: a.label,
    names: a.names.filter((n) => n !== a.label).join(' | '),
    codes: codes.filter(Boolean).join(' '),
    type: a.type,
  };
}

/** search.createSearch: indexes label, names, acronym/code (or country code) of every node, at once. */
export function createSearch(graph: ConsortiaGraph): NodeSearch {
  const mini = newIndex();
  const docs: Doc[] = [];
  graph.forEachNode((key, a) => docs.push(docOf(key, a)));
  mini.addAll(docs);
  return searchOver(mini);
}

export const BUILD_SEARCH_DEFAULTS = {
  /** Nodes indexed between two pauses: about 40 ms of work each on a laptop. */
  chunkSize: 1000,
  /** Lets the page draw and answer input between chunks. */
  pause: (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0)),
};

export interface BuildSearchOptions {
  chunkSize?: number;
  pause?: () => Promise<void>;
  /** Nodes indexed so far, of all. */
  onProgress?: (done: number, total: number) => void;
  /** Aborting stops at the next chunk; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
}

/**
 * search.buildSearch: the same index as createSearch, built a chunk of nodes at a time with a pause
 * between chunks, so indexing 190,000 nodes never holds the page for more than one chunk.
 */
export async function buildSearch(
  graph: ConsortiaGraph,
  options: BuildSearchOptions = {},
): Promise<NodeSearch> {
  const { chunkSize, pause } = { ...BUILD_SEARCH_DEFAULTS, ...options };
  if (!Number.isInteger(chunkSize) || chunkSize < 1)
    throw new Error(`search: chunkSize must be a positive integer, not ${chunkSize}`);
  const { onProgress, signal } = options;
  const mini = newIndex();
  const keys = graph.nodes();
  for (let from = 0; from < keys.length; from += chunkSize) {
    signal?.throwIfAborted();
    const chunk = keys.slice(from, from + chunkSize);
    mini.addAll(chunk.map((key) => docOf(key, graph.getNodeAttributes(key))));
    onProgress?.(from + chunk.length, keys.length);
    if (from + chunkSize < keys.length) await pause();
  }
  signal?.throwIfAborted();
  return searchOver(mini);
}

function searchOver(mini: MiniSearch<Doc>): NodeSearch {
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
