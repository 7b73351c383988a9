// Search with suggestions over every name of every node; "/" focuses it; choosing centres the node.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { store, useAppStore } from '../../store';
import { selectSearch, selectSearchIndexing, selectShownGraph } from '../../store/selectors';
import { requestSearchIndex } from '../../store/search-index';
import { NODE_TYPE_LABELS } from '../../render/palette';
import { isLargeDataset } from '../../graph/budget';
import { Shape } from '../legend/Legend';
import type { SearchHit } from '../../graph/search';

/**
 * Shows the chosen node: in the current view if it is drawn there; else, on a small dataset, in the
 * network view (resetting the filters if they hide it); else (a large dataset, or a view cut to the draw
 * budget) in its own neighbourhood, which is always small enough to draw.
 */
function reveal(hit: SearchHit): void {
  const drawn = () => !!selectShownGraph(store.getState())?.hasNode(hit.key);
  const s = store.getState();
  const large = !!s.dataset && isLargeDataset(s.dataset.graph);
  if (!drawn() && !large) {
    if (s.view !== 'network') s.setView('network');
    if (!drawn()) {
      s.resetFilters();
      if (drawn()) s.notify('info', `Filters were reset to show ${hit.label}.`);
    }
  }
  if (!drawn() && (hit.type === 'organisation' || hit.type === 'project')) {
    store.getState().openEgo(hit.key);
    return;
  }
  if (!drawn() && hit.type === 'country') store.getState().setView('countries');
  store.getState().select(hit.key, { focus: true });
}

export function SearchBox() {
  const search = useAppStore(selectSearch);
  const indexing = useAppStore(selectSearchIndexing);
  const dataset = useAppStore((s) => s.dataset);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  // The list closes a moment after the box loses focus (so a click on a suggestion lands first); focusing
  // again within that moment must not let the pending close shut the new list.
  const closing = useRef<ReturnType<typeof setTimeout>>(undefined);
  const listId = useId();
  const hits = useMemo(() => (search ? search.search(query) : []), [search, query]);

  // The index is built on first use, not on load: a large dataset takes seconds to index, in small steps.
  useEffect(() => {
    if (open && !search) void requestSearchIndex(store);
  }, [open, search, dataset]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (e.key !== '/' || t?.closest('input, textarea, select, [contenteditable]')) return;
      e.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    reveal(hit);
    setQuery(hit.label);
    setOpen(false);
  };

  const expanded = open && query.trim().length > 0;
  return (
    <div className="search" role="search">
      <svg className="search-icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
        <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M15.5 15.5 21 21" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <input
        ref={input}
        type="search"
        role="combobox"
        aria-label="Search organisations, projects, programmes and countries"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-busy={open && !search}
        aria-activedescendant={expanded && hits[active] ? `${listId}-${active}` : undefined}
        placeholder="Search organisations, projects…"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => {
          clearTimeout(closing.current);
          setOpen(true);
        }}
        onBlur={() => {
          closing.current = setTimeout(() => setOpen(false), 150);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((i) => Math.min(i + 1, hits.length - 1));
          else if (e.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
          else if (e.key === 'Enter') choose(hits[active]);
          else if (e.key === 'Escape') {
            setOpen(false);
            input.current?.blur();
          } else return;
          e.preventDefault();
        }}
      />
      <kbd className="search-key" aria-hidden="true">
        /
      </kbd>
      {expanded && (
        <ul className="suggestions" id={listId} role="listbox" aria-label="Suggestions">
          {!search && (
            <li className="no-hit" role="status">
              Indexing names… {Math.round((indexing ?? 0) * 100)}%
            </li>
          )}
          {search && hits.length === 0 && <li className="no-hit">No node has a name like “{query}”.</li>}
          {hits.map((hit, i) => (
            <li
              key={hit.key}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(hit)}
              onMouseEnter={() => setActive(i)}
            >
              <Shape type={hit.type} size={12} />
              <span className="hit-label">{hit.label}</span>
              {hit.alias && <span className="hit-alias">{hit.alias}</span>}
              <span className="hit-type">{NODE_TYPE_LABELS[hit.type]}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
