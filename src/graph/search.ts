// Search over every name of every node: prefix and typo tolerant, blind to case, diacritics and script,
// symbols read as words (graph/text.ts) in names and queries alike.
import MiniSearch from 'minisearch';
import { searchTerm, searchWords } from './text';
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
    tokenize: searchWords,
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
  /** Time spent indexing between two pauses; each step is one task on the page. */
  budgetMs: 25,
  /** At most this many nodes per step, whatever the time (tests set it to step deterministically). */
  chunkSize: Infinity,
  /** Lets the page draw and answer input between steps. */
  pause: (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0)),
  now: (): number => performance.now(),
};

export interface BuildSearchOptions {
  budgetMs?: number;
  chunkSize?: number;
  pause?: () => Promise<void>;
  now?: () => number;
  /** Nodes indexed so far, of all. */
  onProgress?: (done: number, total: number) => void;
  /** Aborting stops at the next step; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
}

/**
 * search.buildSearch: the same index as createSearch, built in steps of about budgetMs with a pause
 * between them, so indexing 190,000 nodes never holds the page for more than one step.
 */
export async function buildSearch(
  graph: ConsortiaGraph,
  options: BuildSearchOptions = {},
): Promise<NodeSearch> {
  const { budgetMs, chunkSize, pause, now } = { ...BUILD_SEARCH_DEFAULTS, ...options };
  if (!(chunkSize >= 1) || (Number.isFinite(chunkSize) && !Number.isInteger(chunkSize)))
    throw new Error(`search: chunkSize must be a positive integer, not ${chunkSize}`);
  if (!(budgetMs > 0)) throw new Error(`search: budgetMs must be positive, not ${budgetMs}`);
  const { onProgress, signal } = options;
  const mini = newIndex();
  const keys = graph.nodes();
  let done = 0;
  while (done < keys.length) {
    signal?.throwIfAborted();
    const start = now();
    const end = Math.min(done + chunkSize, keys.length);
    // At least one node per step; the clock is read every 16 nodes, often enough to keep to the budget.
    do {
      const key = keys[done++]!;
      mini.add(docOf(key, graph.getNodeAttributes(key)));
    } while (done < end && (done % 16 !== 0 || now() - start < budgetMs));
    onProgress?.(done, keys.length);
    if (done < keys.length) await pause();
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
              searchWords(name).some((w) => searchTerm(w) === t || searchTerm(w)?.startsWith(t)),
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
