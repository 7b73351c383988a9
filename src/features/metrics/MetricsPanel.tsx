// The Metrics panel: progress and cancel, weighting, size and colour by a metric, graph statistics.
import { GRAPH_OUTPUTS, NODE_OUTPUTS } from '../../graph/metrics';
import { store, useAppStore } from '../../store';
import type { MetricsProgress, MetricsStatus } from '../../store/slices/metrics';
import { formatValue } from './format';
import { MetricNotes } from './MetricNotes';
import './metrics.css';

/** Progress with a Cancel button while a job runs; what went wrong, or that it was cancelled, after. */
export function JobStatus({
  what,
  status,
  progress,
  error,
  onCancel,
  onRun,
}: {
  what: string;
  status: MetricsStatus;
  progress: MetricsProgress | null;
  error: string | null;
  onCancel(): void;
  onRun(): void;
}) {
  return (
    <div className="metrics-status" aria-live="polite">
      {status === 'running' && (
        <>
          <label className="metrics-progress">
            <span>
              Computing {progress && progress.label !== 'done' ? progress.label.toLowerCase() : what}
              {progress ? ` · ${Math.round((progress.done / Math.max(progress.total, 1)) * 100)}%` : '…'}
            </span>
            <progress
              max={progress?.total ?? 1}
              value={progress?.done ?? 0}
              aria-label={`${what} progress`}
            />
          </label>
          <button type="button" className="tool-button" onClick={onCancel}>
            Cancel
          </button>
        </>
      )}
      {status === 'cancelled' && (
        <p>
          Cancelled.{' '}
          <button type="button" className="link-button" onClick={onRun}>
            Compute again
          </button>
        </p>
      )}
      {status === 'error' && (
        <p role="alert" className="metrics-error">
          {what} failed: {error}{' '}
          <button type="button" className="link-button" onClick={onRun}>
            Try again
          </button>
        </p>
      )}
    </div>
  );
}

export function MetricsStatus() {
  const status = useAppStore((s) => s.metricsStatus);
  const progress = useAppStore((s) => s.metricsProgress);
  const error = useAppStore((s) => s.metricsError);
  const s = store.getState();
  return (
    <JobStatus
      what="Metrics"
      status={status}
      progress={progress}
      error={error}
      onCancel={s.cancelMetrics}
      onRun={s.runMetrics}
    />
  );
}

function OutputSelect({
  label,
  value,
  onChange,
  categories,
}: {
  label: string;
  value: string | null;
  onChange(v: string | null): void;
  categories: boolean;
}) {
  return (
    <label className="field">
      {label}
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{categories ? 'Node type (default)' : 'Projects / partners (default)'}</option>
        {NODE_OUTPUTS.filter((o) => categories || o.kind !== 'category').map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function MetricsPanel() {
  const result = useAppStore((s) => s.metricsResult);
  const weighted = useAppStore((s) => s.metricsWeighted);
  const sizeBy = useAppStore((s) => s.sizeBy);
  const colourBy = useAppStore((s) => s.colourBy);
  const s = store.getState();
  const approximate = result ? Object.entries(result.approximations) : [];
  const failures = result ? Object.entries(result.failures) : [];
  return (
    <section className="metrics-panel" aria-label="Metrics">
      <h2>Metrics</h2>
      <p className="muted small">Centrality and communities of the view shown, under the current filters.</p>
      <MetricsStatus />
      <MetricNotes />
      <label className="check">
        <input type="checkbox" checked={weighted} onChange={(e) => s.setMetricsWeighted(e.target.checked)} />
        Weighted: ties count by shared projects (distance = 1 / weight)
      </label>
      <OutputSelect label="Size nodes by" value={sizeBy} onChange={s.setSizeBy} categories={false} />
      <OutputSelect label="Colour nodes by" value={colourBy} onChange={s.setColourBy} categories />
      <button type="button" className="tool-button primary" onClick={() => s.setMainMode('metrics')}>
        Open metrics table
      </button>
      {failures.map(([metric, message]) => (
        <p key={metric} className="metrics-note" role="alert">
          <strong>{metric} could not be computed</strong>: {message}. The other metrics are shown.
        </p>
      ))}
      {approximate.map(([metric, a]) => (
        <p key={metric} className="metrics-note">
          <strong>Approximate {metric}</strong>: estimated from {a.samples} sampled sources; each node&apos;s{' '}
          {a.errorOf} is within ±{a.errorBound.toFixed(3)} of the exact value with{' '}
          {Math.round(a.confidence * 100)}% confidence.
        </p>
      ))}
      {result && (
        <dl className="facts metrics-graph">
          {GRAPH_OUTPUTS.map((o) => (
            <div key={o.id} title={o.description}>
              <dt>{o.label}</dt>
              <dd>{formatValue(o, result.graph[o.id])}</dd>
            </div>
          ))}
        </dl>
      )}
      <p className="muted small">
        Conventions follow NetworkX defaults (betweenness normalised, closeness Wasserman–Faust, PageRank α
        0.85, Louvain seeded).
      </p>
    </section>
  );
}
