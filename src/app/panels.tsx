// The side panel's tabs and the toolbar's extra items. Features add an entry here; the shell renders them.
import type { ComponentType } from 'react';
import { DetailsPanel } from '../features/details/DetailsPanel';
import { ExportButton } from '../features/export/ExportButton';
import { FiltersPanel } from '../features/filters/FiltersPanel';
import { ImportButton } from '../features/import/ImportButton';
import { MetricsPanel } from '../features/metrics/MetricsPanel';
import { CrossProjectPanel } from '../features/partners/CrossProjectPanel';
import { PathPanel } from '../features/path/PathPanel';

export interface PanelDefinition {
  id: string;
  label: string;
  Component: ComponentType;
}

export const PANELS: PanelDefinition[] = [
  { id: 'details', label: 'Details', Component: DetailsPanel },
  { id: 'filters', label: 'Filters', Component: FiltersPanel },
  { id: 'path', label: 'Path', Component: PathPanel },
  { id: 'metrics', label: 'Metrics', Component: MetricsPanel },
  { id: 'partners', label: 'Cross-project', Component: CrossProjectPanel },
];

/** Buttons or menus placed at the right end of the toolbar (export, import, …). */
export const TOOLBAR_ITEMS: Array<{ id: string; Component: ComponentType }> = [
  { id: 'import', Component: ImportButton },
  { id: 'export', Component: ExportButton },
];
