// One line of progress: what runs, how far (a percentage and a bar when it has steps), else a bar that
// only says it runs. Used by the loading screen, the view computation and the layout.
export function ProgressLine({
  text,
  label,
  done = 0,
  total = 0,
}: {
  text: string;
  /** The progress bar's accessible name. */
  label: string;
  done?: number;
  total?: number;
}) {
  const steps = total > 1;
  return (
    <label className="layout-progress">
      <span>
        {text}
        {steps ? ` · ${Math.round((done / total) * 100)}%` : ''}
      </span>
      {steps ? <progress max={total} value={done} aria-label={label} /> : <progress aria-label={label} />}
    </label>
  );
}
