// Shortest path between two organisations, drawn on the graph and listed as the chain of shared projects.
import { store, useAppStore } from '../../store';
import { selectOrganisations, selectPath } from '../../store/selectors';

export function PathPanel() {
  const orgs = useAppStore(selectOrganisations);
  const ends = useAppStore((s) => s.pathEnds);
  const path = useAppStore(selectPath);
  const s = store.getState();
  const picker = (index: 0 | 1, label: string) => (
    <div className="field block">
      <label htmlFor={`path-end-${index}`}>{label}</label>
      <select
        id={`path-end-${index}`}
        value={ends[index] ?? ''}
        onChange={(e) => s.setPathEnd(index, e.target.value || null)}
      >
        <option value="">Choose an organisation…</option>
        {orgs.map((o) => (
          <option key={o.key} value={o.key}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <section className="path-panel" aria-label="Shortest path">
      <h2>How are two organisations connected?</h2>
      {picker(0, 'From')}
      {picker(1, 'To')}
      <div className="details-actions">
        <button
          type="button"
          className="tool-button"
          onClick={() => {
            s.setPathEnd(0, ends[1]);
            s.setPathEnd(1, ends[0]);
          }}
          disabled={!ends[0] && !ends[1]}
        >
          Swap
        </button>
        <button
          type="button"
          className="tool-button"
          onClick={() => s.clearPath()}
          disabled={!ends[0] && !ends[1]}
        >
          Clear
        </button>
      </div>
      {path === null && (
        <p className="notice-inline">These two organisations are not connected through any project.</p>
      )}
      {path && path.length > 1 && (
        <>
          <p aria-live="polite">
            {(path.length - 1) / 2} project{path.length === 3 ? '' : 's'} apart:
          </p>
          <ol className="path-chain" aria-label="Path">
            {path.map((step) => (
              <li key={step.key} className={`step step-${step.type}`}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => s.select(step.key, { focus: true })}
                >
                  {step.label}
                </button>
                {step.type === 'project' && <span className="muted"> shared project</span>}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
