// Canvas hook: applies metric sizes/colours and the cross-project emphasis whenever they or the drawing change.
import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { applyMetricStyle, emphasise } from '../../render/metricAdapter';
import { useAppStore } from '../../store';
import { selectMetricStyles } from '../../store/metrics-selectors';

/** `drawing` changes whenever the canvas has drawn new elements (Canvas calls this after its draw effect). */
export function useMetricDrawing(cy: Core | null, drawing: unknown): void {
  const styles = useAppStore(selectMetricStyles);
  const emphasis = useAppStore((s) => s.emphasis);
  useEffect(() => {
    if (cy) applyMetricStyle(cy, styles.nodes);
  }, [cy, drawing, styles]);
  useEffect(() => {
    if (cy) emphasise(cy, emphasis?.keys ?? []);
  }, [cy, drawing, emphasis]);
}
