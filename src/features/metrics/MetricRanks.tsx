// In the details panel: the node's value and rank for each metric ("joint 3rd of 37 by betweenness").
import { useMemo } from 'react';
import { NODE_OUTPUTS } from '../../graph/metrics';
import { largest, rankOf } from '../../graph/metrics/ranks';
import { useAppStore } from '../../store';
import { selectMetricsCoverage, selectMetricsNodeTypes } from '../../store/metrics-selectors';
import { allZeroReason, formatDegree, formatRank, formatValue, nodeNoun, rankScope } from './format';

/** "Betweenness" -> "betweenness", but a name like "PageRank" keeps its capitals. */
function inSentence(label: string): string {
  return /^[A-Z][^A-Z]*$/.test(label.split(' ')[0]!) ? label.toLowerCase() : label;
}

export function MetricRanks({ nodeKey }: { nodeKey: string }) {
  const result = useAppStore((s) => s.metricsResult);
  const coverage = useAppStore(selectMetricsCoverage);
  const types = useAppStore(selectMetricsNodeTypes);
  // Each column's largest value and, where every value is 0, what that means.
  const columns = useMemo(() => {
    const noun = nodeNoun(types);
    return new Map(
      NODE_OUTPUTS.map((o) => {
        const column = result?.nodes[o.id];
        return [o.id, { scale: column ? largest(column) : 0, zero: allZeroReason(o, column, noun) }];
      }),
    );
  }, [result, types]);
  if (!result || !result.keys.includes(nodeKey)) return null;
  const rows = NODE_OUTPUTS.flatMap((output) => {
    const rank = rankOf(result, output.id, nodeKey);
    return rank ? [{ output, rank, ...columns.get(output.id)! }] : [];
  });
  const scope = coverage && rankScope(coverage.computed, coverage.total);
  return (
    <section className="details-section" aria-label="Metrics and ranks">
      <h3>Metrics</h3>
      {scope && <p className="muted small">{scope}</p>}
      <dl className="facts metric-ranks">
        {rows.map(({ output, rank, scale, zero }) => (
          <div key={output.id} title={output.description}>
            <dt>{output.label}</dt>
            <dd>
              {output.id === 'degree'
                ? formatDegree(rank.value, result.keys.length, scale)
                : formatValue(output, rank.value, scale)}
              {output.kind !== 'category' && (
                <span className="muted"> {zero ?? `${formatRank(rank)} by ${inSentence(output.label)}`}</span>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
