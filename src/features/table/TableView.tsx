// The table view: what the graph shows, as sortable tables of nodes and links (same filters).
import { useMemo, useState } from 'react';
import {
  linkRows,
  nodeRows,
  sortRows,
  type LinkRow,
  type NodeRow,
  type SortDirection,
} from '../../graph/table';
import { NODE_TYPE_LABELS } from '../../render/palette';
import { store, useAppStore } from '../../store';
import { selectShownGraph } from '../../store/selectors';
import type { NodeType } from '../../graph/types';

interface Column<R> {
  key: keyof R & string;
  label: string;
  numeric?: boolean;
}

const NODE_COLUMNS: Column<NodeRow>[] = [
  { key: 'label', label: 'Name' },
  { key: 'type', label: 'Type' },
  { key: 'country', label: 'Country' },
  { key: 'count', label: 'Projects / partners', numeric: true },
  { key: 'links', label: 'Links shown', numeric: true },
];
const LINK_COLUMNS: Column<LinkRow>[] = [
  { key: 'source', label: 'From' },
  { key: 'target', label: 'To' },
  { key: 'type', label: 'Link' },
  { key: 'weight', label: 'Weight', numeric: true },
  { key: 'detail', label: 'Through' },
];

function SortableTable<R extends { key: string }>({
  caption,
  columns,
  rows,
  initial,
  render,
  onRow,
  action,
}: {
  caption: string;
  columns: Column<R>[];
  rows: R[];
  initial: keyof R & string;
  render?: Partial<Record<keyof R, (r: R) => React.ReactNode>>;
  onRow?: (r: R) => void;
  /** A second button in the row's first cell, for rows that can be opened. */
  action?: (r: R) => { label: string; name: string; run(): void } | null;
}) {
  const [sort, setSort] = useState<{ column: keyof R & string; direction: SortDirection }>({
    column: initial,
    direction: 'descending',
  });
  const sorted = useMemo(() => sortRows(rows, sort.column, sort.direction), [rows, sort]);
  return (
    <table className="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th
              key={c.key}
              scope="col"
              aria-sort={sort.column === c.key ? sort.direction : 'none'}
              className={c.numeric ? 'num' : undefined}
            >
              <button
                type="button"
                onClick={() =>
                  setSort((s) => ({
                    column: c.key,
                    direction:
                      s.column === c.key && s.direction === 'descending' ? 'ascending' : 'descending',
                  }))
                }
              >
                {c.label}
                <span aria-hidden="true">
                  {sort.column === c.key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
                </span>
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sorted.map((r) => (
          <tr key={r.key}>
            {columns.map((c, i) => {
              const content = render?.[c.key]?.(r) ?? String(r[c.key] ?? '');
              return i === 0 && onRow ? (
                <th key={c.key} scope="row">
                  <button type="button" className="link-button" onClick={() => onRow(r)}>
                    {content}
                  </button>
                  <RowAction action={action?.(r)} />
                </th>
              ) : (
                <td key={c.key} className={c.numeric ? 'num' : undefined}>
                  {content}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function RowAction({ action }: { action: { label: string; name: string; run(): void } | null | undefined }) {
  if (!action) return null;
  return (
    <button type="button" className="link-button row-action" aria-label={action.name} onClick={action.run}>
      {action.label}
    </button>
  );
}

const GROUP_TYPES = new Set(['country', 'programme']);

export function TableView() {
  const shown = useAppStore(selectShownGraph);
  const graph = useAppStore((s) => s.dataset?.graph);
  const [mode, setMode] = useState<'nodes' | 'links'>('nodes');
  const nodes = useMemo(() => (shown && graph ? nodeRows(shown, graph) : []), [shown, graph]);
  const links = useMemo(() => (shown && graph ? linkRows(shown, graph) : []), [shown, graph]);
  return (
    <div className="table-view">
      <div className="segmented" role="group" aria-label="Table of">
        <button type="button" aria-pressed={mode === 'nodes'} onClick={() => setMode('nodes')}>
          Nodes ({nodes.length})
        </button>
        <button type="button" aria-pressed={mode === 'links'} onClick={() => setMode('links')}>
          Links ({links.length})
        </button>
      </div>
      {mode === 'nodes' ? (
        <SortableTable
          caption="Nodes shown in this view"
          columns={NODE_COLUMNS}
          rows={nodes}
          initial="count"
          render={{
            type: (r) => NODE_TYPE_LABELS[r.type as NodeType] ?? r.type,
            label: (r) => (
              <>
                {r.label}
                {r.lead && <span className="role role-lead">Lead</span>}
              </>
            ),
          }}
          onRow={(r) => {
            store.getState().select(r.key);
            store.getState().setPanel('details');
          }}
          action={(r) =>
            GROUP_TYPES.has(r.type)
              ? {
                  label: 'Show organisations',
                  name: `Show the organisations of ${r.label}`,
                  run: () => store.getState().expandGroup(r.key),
                }
              : null
          }
        />
      ) : (
        <SortableTable
          caption="Links shown in this view"
          columns={LINK_COLUMNS}
          rows={links}
          initial="weight"
        />
      )}
    </div>
  );
}
