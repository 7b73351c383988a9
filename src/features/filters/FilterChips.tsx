// The active filters and the drill-down above the graph: a chip per filter to remove it, Clear all, and
// Back from a country or programme opened on an overview. Nothing shows while nothing is hidden.
import { useMemo } from 'react';
import { filterChips } from '../../graph/filter-chips';
import { viewById } from '../../graph/views';
import { store, useAppStore } from '../../store';

export function FilterChips() {
  const filters = useAppStore((s) => s.filters);
  const graph = useAppStore((s) => s.dataset?.graph);
  const drillDown = useAppStore((s) => s.drillDown);
  const chips = useMemo(() => filterChips(filters, graph), [filters, graph]);
  if (!chips.length && !drillDown) return null;
  const s = store.getState();
  return (
    <section className="filter-bar" aria-label="Active filters">
      {drillDown && (
        <span className="filter-drill">
          <button
            type="button"
            className="tool-button filter-back"
            aria-label={`Back to ${viewById(drillDown.before.view).label}`}
            title={`Back to ${viewById(drillDown.before.view).label}, as before opening ${drillDown.label}`}
            onClick={() => s.backFromDrillDown()}
          >
            <span aria-hidden="true">←</span> Back
          </button>
          <span className="filter-drill-label">
            Opened <strong>{drillDown.label}</strong>
          </span>
        </span>
      )}
      {chips.length > 0 && (
        <ul className="filter-chips" aria-label="Filters on">
          {chips.map((chip) => (
            <li key={chip.id} className="filter-chip">
              <span className="filter-chip-label">{chip.label}</span>
              <button
                type="button"
                className="filter-chip-remove"
                aria-label={`Remove filter: ${chip.label}`}
                title={`Remove filter: ${chip.label}`}
                onClick={() => s.setFilters(chip.without)}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {chips.length > 0 && (
        <button type="button" className="link-button filter-clear" onClick={() => s.clearAllFilters()}>
          Clear all
        </button>
      )}
    </section>
  );
}
