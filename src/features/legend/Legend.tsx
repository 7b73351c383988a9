// Legend: what colours, shapes, rings, line styles and sizes mean in the current view.
import { useState } from 'react';
import { viewById } from '../../graph/views';
import { NODE_TYPE_LABELS } from '../../render/palette';
import { useAppStore } from '../../store';
import { selectPath, selectShownCounts } from '../../store/selectors';
import type { NodeType } from '../../graph/types';

export function Shape({ type, size = 14 }: { type: NodeType; size?: number }) {
  const fill = `var(--${type})`;
  const s = size;
  return (
    <svg width={s} height={s} viewBox="0 0 14 14" aria-hidden="true" className="shape">
      {type === 'organisation' && <circle cx="7" cy="7" r="6" fill={fill} />}
      {type === 'project' && <rect x="1" y="3" width="12" height="8" rx="2" fill={fill} />}
      {type === 'programme' && <path d="M7 0.5 13.5 7 7 13.5 0.5 7z" fill={fill} />}
      {type === 'country' && <path d="M3.5 1h7L14 7l-3.5 6h-7L0 7z" fill={fill} />}
    </svg>
  );
}

const SIZE_MEANING: Record<string, string> = {
  network: 'Size: projects joined, partners, or organisations',
  partnerships: 'Size: projects joined (organisations), partners (projects)',
  'co-partners': 'Size: projects joined · line width: shared projects',
  countries: 'Size: organisations · line width: shared projects',
  programmes: 'Size: projects · line width: shared organisations',
  projects: 'Size: partners · line width: shared partners',
  ego: 'Size: projects joined, partners, or organisations',
};

/** Where the legend's open/folded choice is kept between visits. */
export const LEGEND_STORAGE_KEY = 'consortia.legend';

/** The remembered choice, else open on a laptop and folded on a phone (where it would cover the graph). */
export function initialLegendOpen(): boolean {
  try {
    const kept = window.localStorage.getItem(LEGEND_STORAGE_KEY);
    if (kept === 'open' || kept === 'closed') return kept === 'open';
  } catch {
    // Storage can be blocked (private mode, sandboxed frames): fall back to the screen size.
  }
  return !window.matchMedia('(max-width: 760px)').matches;
}

function rememberLegendOpen(open: boolean): void {
  try {
    window.localStorage.setItem(LEGEND_STORAGE_KEY, open ? 'open' : 'closed');
  } catch {
    // Not remembered, still toggled.
  }
}

export function Legend() {
  const view = useAppStore((s) => s.view);
  const counts = useAppStore(selectShownCounts);
  const path = useAppStore(selectPath);
  const [open, setOpen] = useState(initialLegendOpen);
  const def = viewById(view);
  const leadShown = def.nodeTypes.includes('organisation') || def.nodeTypes.includes('project');
  // The path runs between organisations: a view without them does not draw it.
  const pathShown = !!path && path.length > 1 && def.nodeTypes.includes('organisation');
  const toggle = () => {
    rememberLegendOpen(!open);
    setOpen(!open);
  };
  return (
    <section className={`legend${open ? '' : ' collapsed'}`} aria-label="Legend" data-testid="legend">
      <button
        type="button"
        className="legend-toggle"
        aria-expanded={open}
        aria-controls="legend-body"
        onClick={toggle}
      >
        Legend
        <svg viewBox="0 0 12 12" width="10" height="10" aria-hidden="true" className="legend-chevron">
          <path
            d="M2 4.5 6 8.5 10 4.5"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
            strokeLinecap="round"
          />
        </svg>
      </button>
      {open && (
        <div className="legend-body" id="legend-body">
          <ul>
            {def.nodeTypes.map((t) => (
              <li key={t}>
                <Shape type={t} /> {NODE_TYPE_LABELS[t]}
                <span className="legend-count">{counts.byType[t] ?? 0}</span>
              </li>
            ))}
            {leadShown && (
              <li>
                <span className="ring" aria-hidden="true" /> Lead partner
              </li>
            )}
            {(view === 'network' || view === 'partnerships' || view === 'ego') && (
              <li>
                <span className="line dashed" aria-hidden="true" /> Associated partner
              </li>
            )}
            {pathShown && (
              <li>
                <span className="line path-line" aria-hidden="true" /> Shortest path
              </li>
            )}
            {view === 'projects' && (
              <li>
                <span className="line dashed" aria-hidden="true" /> Shared country only
              </li>
            )}
          </ul>
          <p className="legend-size">{SIZE_MEANING[view]}</p>
        </div>
      )}
    </section>
  );
}
