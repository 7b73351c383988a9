// Legend for metric size and colour: the scale from lowest to highest, or the categories.
import { useAppStore } from '../../store';
import type { MetricLegend as Legend } from '../../render/metricStyle';
import { selectMetricStyles } from '../../store/metrics-selectors';
import { formatValue } from './format';
import './metrics.css';

/** The ends of a scale are rounded alike, by the larger. */
const scaleOf = (legend: Legend & { min: number; max: number }) =>
  Math.max(Math.abs(legend.min), Math.abs(legend.max));

export function MetricLegend() {
  const { legends } = useAppStore(selectMetricStyles);
  if (!legends.length) return null;
  return (
    <section className="metric-legend" aria-label="Metric legend">
      {legends.map((legend) => (
        <div key={legend.kind} className="metric-legend-item">
          {legend.kind === 'size' && (
            <>
              <p>Size: {legend.output.label}</p>
              <div className="size-scale">
                <span className="dot" style={{ width: 8, height: 8 }} aria-hidden="true" />
                <span>{formatValue(legend.output, legend.min, scaleOf(legend))}</span>
                <span className="dot" style={{ width: 22, height: 22 }} aria-hidden="true" />
                <span>{formatValue(legend.output, legend.max, scaleOf(legend))}</span>
              </div>
            </>
          )}
          {legend.kind === 'sequential' && (
            <>
              <p>Colour: {legend.output.label}</p>
              <div
                className="ramp"
                aria-hidden="true"
                style={{ background: `linear-gradient(to right, ${legend.stops.join(', ')})` }}
              />
              <div className="ramp-labels">
                <span>{formatValue(legend.output, legend.min, scaleOf(legend))}</span>
                <span>{formatValue(legend.output, legend.max, scaleOf(legend))}</span>
              </div>
            </>
          )}
          {legend.kind === 'categorical' && (
            <>
              <p>Colour: {legend.output.label}</p>
              <ul>
                {legend.entries.map((e) => (
                  <li key={e.label}>
                    <span className="swatch" style={{ background: e.color }} aria-hidden="true" /> {e.label}
                    <span className="legend-count">{e.count}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      ))}
    </section>
  );
}
