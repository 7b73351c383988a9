// In the details panel: the node's value and rank for each metric ("3rd of 37 by betweenness").
import { NODE_OUTPUTS } from '../../graph/metrics';
import { ordinal, rankOf } from '../../graph/metrics/ranks';
import { useAppStore } from '../../store';
import { formatValue } from './format';

/** "Betweenness" -> "betweenness", but a name like "PageRank" keeps its capitals. */
function inSentence(label: string): string {
  return /^[A-Z][^A-Z]*$/.test(label.split(' ')[0]!) ? label.toLowerCase() : label;
}

export function MetricRanks({ nodeKey }: { nodeKey: string }) {
  const result = useAppStore((s) => s.metricsResult);
  if (!result || !result.keys.includes(nodeKey)) return null;
  const rows = NODE_OUTPUTS.flatMap((output) => {
    const rank = rankOf(result, output.id, nodeKey);
    return rank ? [{ output, rank }] : [];
  });
  return (
    <section className="details-section" aria-label="Metrics and ranks">
      <h3>Metrics</h3>
      <dl className="facts metric-ranks">
        {rows.map(({ output, rank }) => (
          <div key={output.id} title={output.description}>
            <dt>{output.label}</dt>
            <dd>
              {formatValue(output, rank.value)}
              {output.kind !== 'category' && (
                <span className="muted">
                  {' '}
                  {ordinal(rank.rank)} of {rank.of.toLocaleString('en')} by {inSentence(output.label)}
                </span>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
