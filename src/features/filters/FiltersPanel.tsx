// Filter controls; the graph, the table and every count follow them.
import { activeFilterCount } from '../../graph/filters';
import { viewById } from '../../graph/views';
import { NODE_TYPE_LABELS } from '../../render/palette';
import { store, useAppStore } from '../../store';
import { selectFilterOptions, selectShownCounts } from '../../store/selectors';
import { Shape } from '../legend/Legend';

function toggle<T>(list: T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

export function FiltersPanel() {
  const f = useAppStore((s) => s.filters);
  const view = useAppStore((s) => s.view);
  const options = useAppStore(selectFilterOptions);
  const counts = useAppStore(selectShownCounts);
  const s = store.getState();
  const years = options.years;
  const period = f.period ?? years;
  return (
    <form className="filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
      <div className="filters-summary">
        <p aria-live="polite">
          Showing <strong data-testid="shown-nodes">{counts.nodes}</strong> nodes and{' '}
          <strong>{counts.edges}</strong> links
        </p>
        <button
          type="button"
          className="link-button"
          disabled={activeFilterCount(f) === 0}
          onClick={() => s.resetFilters()}
        >
          Reset filters
        </button>
      </div>
      <fieldset>
        <legend>Node types</legend>
        {viewById(view).nodeTypes.map((t) => (
          <label key={t} className="check">
            <input
              type="checkbox"
              checked={f.nodeTypes.includes(t)}
              onChange={() => s.setFilters({ nodeTypes: toggle(f.nodeTypes, t) })}
            />
            <Shape type={t} size={12} /> {NODE_TYPE_LABELS[t]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Partners</legend>
        <label className="check">
          <input
            type="checkbox"
            checked={f.leadOnly}
            onChange={(e) => s.setFilters({ leadOnly: e.target.checked })}
          />
          Lead partners only
        </label>
        <label className="field">
          At least
          <input
            type="number"
            min={0}
            max={100}
            value={f.minProjects}
            onChange={(e) =>
              s.setFilters({
                minProjects: Math.max(0, Math.min(100, Math.floor(Number(e.target.value) || 0))),
              })
            }
          />
          projects per organisation
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={f.hideOrphans}
            onChange={(e) => s.setFilters({ hideOrphans: e.target.checked })}
          />
          Hide nodes without links
        </label>
      </fieldset>
      {years && period && (
        <fieldset>
          <legend>
            Period{' '}
            <span className="muted">
              {period[0]}–{period[1]}
            </span>
          </legend>
          <label className="field range">
            From
            <input
              type="range"
              min={years[0]}
              max={years[1]}
              value={period[0]}
              onChange={(e) => {
                const from = Number(e.target.value);
                s.setFilters({ period: [from, Math.max(from, period[1])] });
              }}
            />
          </label>
          <label className="field range">
            To
            <input
              type="range"
              min={years[0]}
              max={years[1]}
              value={period[1]}
              onChange={(e) => {
                const to = Number(e.target.value);
                s.setFilters({ period: [Math.min(to, period[0]), to] });
              }}
            />
          </label>
          {f.period && (
            <button type="button" className="link-button" onClick={() => s.setFilters({ period: null })}>
              Any time
            </button>
          )}
          {options.undatedProjects > 0 && (
            <label className="check">
              <input
                type="checkbox"
                checked={f.includeUndated}
                aria-describedby="undated-count"
                onChange={(e) => s.setFilters({ includeUndated: e.target.checked })}
              />
              Include projects without dates
            </label>
          )}
          {options.undatedProjects > 0 && (
            <p className="muted filter-note" id="undated-count">
              {options.undatedProjects.toLocaleString('en')} of {options.projects.toLocaleString('en')}{' '}
              projects have no dates{f.includeUndated ? '' : ': left out'}
            </p>
          )}
        </fieldset>
      )}
      <fieldset>
        <legend>
          Countries {f.countries.length > 0 && <span className="muted">{f.countries.length} chosen</span>}
        </legend>
        <div className="check-grid">
          {options.countries.map((c) => (
            <label key={c.code} className="check">
              <input
                type="checkbox"
                checked={f.countries.includes(c.code)}
                onChange={() => s.setFilters({ countries: toggle(f.countries, c.code) })}
              />
              {c.label} <span className="muted">{c.organisations}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>
          Programmes {f.programmes.length > 0 && <span className="muted">{f.programmes.length} chosen</span>}
        </legend>
        {options.programmes.map((p) => (
          <label key={p.key} className="check">
            <input
              type="checkbox"
              checked={f.programmes.includes(p.key)}
              onChange={() => s.setFilters({ programmes: toggle(f.programmes, p.key) })}
            />
            {p.label} <span className="muted">{p.projects}</span>
          </label>
        ))}
      </fieldset>
    </form>
  );
}
