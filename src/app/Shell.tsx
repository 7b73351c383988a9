// The app's frame: header (name, dataset, counts, search, theme), view bar, the active filters, canvas or
// legend, and the side panel (a bottom sheet on phones). Features plug in through PANELS/TOOLBAR_ITEMS.
import { useAppStore } from '../store';
import { selectShownCounts } from '../store/selectors';
import { Canvas } from '../features/canvas/Canvas';
import { FilterChips } from '../features/filters/FilterChips';
import { Legend } from '../features/legend/Legend';
import { MetricLegend } from '../features/metrics/MetricLegend';
import { MetricsTable } from '../features/metrics/MetricsTable';
import { SearchBox } from '../features/search/SearchBox';
import { Notices } from '../features/shell/Notices';
import { ThemeToggle } from '../features/shell/ThemeToggle';
import { SidePanel } from '../features/shell/SidePanel';
import { TableView } from '../features/table/TableView';
import { ViewBar } from '../features/views/ViewBar';
import { TOOLBAR_ITEMS } from './panels';

export function Shell() {
  const name = useAppStore((s) => s.dataset?.name ?? '');
  const counts = useAppStore(selectShownCounts);
  const total = useAppStore((s) => s.dataset?.graph.order ?? 0);
  const mainMode = useAppStore((s) => s.mainMode);
  return (
    <div className="shell">
      {/* First in the tab order: past the header and the view bar to what the page shows. */}
      <a
        className="skip-link"
        href="#stage"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('stage')?.focus();
        }}
      >
        Skip to {mainMode === 'graph' ? 'graph' : 'table'}
      </a>
      <header className="app-header">
        <div className="brand">
          <h1>Consortia</h1>
          <p className="dataset">
            <span className="dataset-name" title={name}>
              {name}
            </span>
            <span className="counts" aria-live="polite" data-testid="counts">
              {counts.nodes.toLocaleString('en')} of {total.toLocaleString('en')} nodes ·{' '}
              {counts.edges.toLocaleString('en')} links
            </span>
          </p>
        </div>
        <SearchBox />
        <div className="header-tools">
          {TOOLBAR_ITEMS.map(({ id, Component }) => (
            <Component key={id} />
          ))}
          <ThemeToggle />
        </div>
      </header>
      <ViewBar />
      <FilterChips />
      <div className="workspace">
        <main
          className="stage"
          id="stage"
          tabIndex={-1}
          aria-label={mainMode === 'graph' ? 'Graph' : 'Table'}
        >
          <div className="stage-graph" hidden={mainMode !== 'graph'}>
            <Canvas />
            <Legend />
            <MetricLegend />
          </div>
          {mainMode === 'table' && <TableView />}
          {mainMode === 'metrics' && <MetricsTable />}
        </main>
        <SidePanel />
      </div>
      <Notices />
    </div>
  );
}
