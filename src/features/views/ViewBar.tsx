// The view switcher, layout picker, ego depth, fit and graph/table toggle.
import { useEffect, useRef } from 'react';
import { EGO_DEPTHS, type EgoDepth } from '../../graph/projections/ego';
import { VIEWS, viewById, type LayoutId } from '../../graph/views';
import { layoutLabel } from '../../render/layouts';
import { store, useAppStore } from '../../store';
import { selectShownFit } from '../../store/selectors';

export function ViewBar() {
  const view = useAppStore((s) => s.view);
  const layout = useAppStore((s) => s.layout);
  const egoDepth = useAppStore((s) => s.egoDepth);
  const mainMode = useAppStore((s) => s.mainMode);
  const laidOutForView = useAppStore((s) => {
    const fit = selectShownFit(s);
    return fit?.placed === true || fit?.capped === true;
  });
  const egoLabel = useAppStore((s) =>
    s.egoRoot && s.dataset?.graph.hasNode(s.egoRoot)
      ? s.dataset.graph.getNodeAttribute(s.egoRoot, 'label')
      : null,
  );
  const s = store.getState();
  const def = viewById(view);
  const tabs = useRef<HTMLDivElement>(null);
  // On a phone the tabs scroll sideways: keep the view on screen in view (an overview opened by
  // itself, Back, an address) so the person sees which one it is.
  useEffect(() => {
    const pressed = tabs.current?.querySelector<HTMLElement>('[aria-pressed="true"]');
    pressed?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [view]);
  return (
    <nav className="view-bar" aria-label="Views">
      <div className="view-tabs" ref={tabs}>
        {VIEWS.map((v) => {
          const named = v.id === 'ego' && egoLabel;
          return (
            <button
              key={v.id}
              type="button"
              className={`view-tab${named ? ' view-tab-named' : ''}`}
              aria-pressed={v.id === view}
              // A long project or organisation name is cut with an ellipsis; the tooltip shows it whole.
              title={named ? `${v.label}: ${egoLabel} — ${v.description}` : v.description}
              onClick={() => s.setView(v.id)}
            >
              {named ? `${v.label}: ${egoLabel}` : v.label}
            </button>
          );
        })}
      </div>
      <div className="view-tools">
        {view === 'ego' && (
          <label className="compact-field">
            <span className="field-label-wide">Depth</span>
            <select
              aria-label="Depth"
              value={egoDepth}
              onChange={(e) => s.setEgoDepth(Number(e.target.value) as EgoDepth)}
            >
              {EGO_DEPTHS.map((d) => (
                <option key={d} value={d}>
                  Depth {d}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="compact-field">
          <span className="field-label-wide">Layout</span>
          <select
            aria-label="Layout"
            title="Layout"
            value={layout}
            onChange={(e) => s.setLayout(e.target.value as LayoutId)}
            disabled={mainMode !== 'graph'}
          >
            {def.layouts.map((l) => (
              <option key={l} value={l}>
                {layoutLabel(l, laidOutForView)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="icon-button"
          onClick={() => s.setLayout(layout)}
          aria-label="Run the layout again"
          title="Run the layout again"
          disabled={mainMode !== 'graph'}
        >
          <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
            <path
              d="M20 12a8 8 0 1 1-2.3-5.6M20 4v5h-5"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
        </button>
        <div className="segmented" role="group" aria-label="Show as">
          <button type="button" aria-pressed={mainMode === 'graph'} onClick={() => s.setMainMode('graph')}>
            Graph
          </button>
          <button type="button" aria-pressed={mainMode === 'table'} onClick={() => s.setMainMode('table')}>
            Table
          </button>
          <button
            type="button"
            aria-pressed={mainMode === 'metrics'}
            onClick={() => s.setMainMode('metrics')}
          >
            Metrics
          </button>
        </div>
      </div>
    </nav>
  );
}
