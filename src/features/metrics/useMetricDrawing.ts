// Canvas hook: applies metric sizes/colours and the cross-project emphasis whenever they or the drawing change.
import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import type { ViewGraph } from '../../graph/view-types';
import { applyMetricStyle, emphasise } from '../../render/metricAdapter';
import { useAppStore } from '../../store';
import { selectMetricStyles } from '../../store/metrics-selectors';

export function useMetricDrawing(cy: Core | null, shown: ViewGraph | null): void {
  const styles = useAppStore(selectMetricStyles);
  const emphasis = useAppStore((s) => s.emphasis);
  useEffect(() => {
    if (cy) applyMetricStyle(cy, styles.nodes);
  }, [cy, shown, styles]);
  useEffect(() => {
    if (cy) emphasise(cy, emphasis?.keys ?? []);
  }, [cy, shown, emphasis]);
}
