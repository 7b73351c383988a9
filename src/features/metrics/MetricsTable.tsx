// The metrics table: one row per node shown, sortable by any metric, filterable by name, virtualised.
import { useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { NODE_OUTPUTS } from '../../graph/metrics';
import { store, useAppStore } from '../../store';
import { largest } from '../../graph/metrics/ranks';
import { formatCell } from './format';
import { MetricNotes } from './MetricNotes';
import { MetricsStatus } from './MetricsPanel';
import './metrics.css';

const ROW_HEIGHT = 32;
const OVERSCAN = 8;

type SortKey = 'label' | string;

function useHeight(element: HTMLElement | null): number {
  return useSyncExternalStore(
    (notify) => {
      if (!element) return () => {};
      const observer = new ResizeObserver(notify);
      observer.observe(element);
      return () => observer.disconnect();
    },
    () => element?.clientHeight ?? 600,
  );
}

export function MetricsTable() {
  const result = useAppStore((s) => s.metricsResult);
  const selected = useAppStore((s) => s.selected);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({
    key: 'degree',
    descending: true,
  });
  const [scrollTop, setScrollTop] = useState(0);
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  const height = useHeight(scroller);
  const headerRef = useRef<HTMLDivElement>(null);

  const rows = useMemo(() => {
    if (!result) return [];
    const needle = query.trim().toLocaleLowerCase();
    const indices = result.keys
      .map((_, i) => i)
      .filter((i) => !needle || result.labels[i]!.toLocaleLowerCase().includes(needle));
    const column = sort.key === 'label' ? null : result.nodes[sort.key];
    const direction = sort.descending ? -1 : 1;
    return indices.sort((a, b) => {
      if (!column) return direction * result.labels[a]!.localeCompare(result.labels[b]!);
      const va = column[a] ?? -Infinity;
      const vb = column[b] ?? -Infinity;
      return va === vb ? result.labels[a]!.localeCompare(result.labels[b]!) : direction * (va - vb);
    });
  }, [result, query, sort]);
  // Each column is rounded by its largest value (format.formatValue).
  const scales = useMemo(
    () => new Map(NODE_OUTPUTS.map((o) => [o.id, result?.nodes[o.id] ? largest(result.nodes[o.id]!) : 0])),
    [result],
  );

  if (!result)
    return (
      <div className="metrics-table-view">
        <MetricsStatus />
        <p className="muted">Metrics appear here once computed.</p>
      </div>
    );

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  const columns = [{ id: 'label', label: 'Name', description: 'Node' }, ...NODE_OUTPUTS];
  const sortBy = (key: SortKey) =>
    setSort((s) => ({ key, descending: s.key === key ? !s.descending : key !== 'label' }));

  return (
    <div className="metrics-table-view">
      <div className="metrics-table-tools">
        <label className="field inline">
          Filter
          <input
            type="search"
            value={query}
            placeholder="Name contains…"
            onChange={(e) => setQuery(e.target.value)}
          />
        </label>
        <span className="muted" aria-live="polite">
          {rows.length.toLocaleString('en')} of {result.keys.length.toLocaleString('en')} nodes
          {result.weighted ? ' · weighted' : ''}
        </span>
        <MetricsStatus />
        <button type="button" className="tool-button" onClick={() => store.getState().setMainMode('graph')}>
          Back to graph
        </button>
      </div>
      <MetricNotes />
      <div
        className="metrics-table"
        role="table"
        aria-label="Metrics of the nodes shown"
        aria-rowcount={rows.length + 1}
        style={{ ['--columns' as string]: columns.length - 1 }}
      >
        <div className="metrics-row metrics-head" role="row" ref={headerRef}>
          {columns.map((c) => (
            <div
              key={c.id}
              role="columnheader"
              aria-sort={sort.key === c.id ? (sort.descending ? 'descending' : 'ascending') : 'none'}
              className={c.id === 'label' ? 'name' : 'num'}
              title={c.description}
            >
              <button type="button" onClick={() => sortBy(c.id)}>
                {c.label}
                <span aria-hidden="true">{sort.key === c.id ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
              </button>
            </div>
          ))}
        </div>
        <div
          className="metrics-body"
          ref={setScroller}
          onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
          role="rowgroup"
        >
          <div style={{ height: rows.length * ROW_HEIGHT, position: 'relative' }}>
            {rows.slice(first, last).map((index, offset) => {
              const key = result.keys[index]!;
              return (
                <div
                  key={key}
                  role="row"
                  aria-rowindex={first + offset + 2}
                  aria-selected={key === selected}
                  className="metrics-row"
                  style={{ position: 'absolute', top: (first + offset) * ROW_HEIGHT, height: ROW_HEIGHT }}
                >
                  <div role="rowheader" className="name">
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => {
                        store.getState().select(key, { focus: true });
                        store.getState().setPanel('details');
                      }}
                    >
                      {result.labels[index]}
                    </button>
                  </div>
                  {NODE_OUTPUTS.map((o) => (
                    <div key={o.id} role="cell" className="num">
                      {formatCell(o, result.nodes[o.id]?.[index], scales.get(o.id)!, result.keys.length)}
                    </div>
                  ))}
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </div>
  );
}
