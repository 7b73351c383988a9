// What the metrics of the view cover and what a column of zeros means, under the metrics and their table.
import { NODE_OUTPUTS } from '../../graph/metrics';
import { useAppStore } from '../../store';
import { selectMetricsCoverage, selectMetricsNodeTypes } from '../../store/metrics-selectors';
import { allZeroNote, coverageNote, nodeNoun } from './format';

export function MetricNotes() {
  const result = useAppStore((s) => s.metricsResult);
  const coverage = useAppStore(selectMetricsCoverage);
  const types = useAppStore(selectMetricsNodeTypes);
  if (!result) return null;
  const noun = nodeNoun(types);
  const notes = [
    coverage && coverageNote(coverage.computed, coverage.total),
    ...NODE_OUTPUTS.map((o) => allZeroNote(o, result.nodes[o.id], noun)),
  ].filter((note): note is string => !!note);
  if (!notes.length) return null;
  return (
    <div className="metrics-notes">
      {notes.map((note) => (
        <p key={note} className="metrics-note">
          {note}
        </p>
      ))}
    </div>
  );
}
