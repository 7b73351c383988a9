// Import: drop or pick a file, map the columns of a partner table, watch progress (cancel), read the
// report (what was read, what was skipped and why), then accept or cancel. The graph on screen stays
// until the person accepts. Kept datasets and the bundled graph are listed here too.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { loadGraph } from '../../store/load';
import {
  FIELD_LABELS,
  PARTNER_FIELDS,
  missingRequired,
  type ColumnMapping,
  type PartnerField,
} from '../../io/partners/columns';
import { sniffFormat } from '../../io/readGraphFile';
import type { ReadResult, ReadSuccess } from '../../io/types';
import { store, useAppStore } from '../../store';
import { acceptImport, openKept, refreshKept, removeKept, runImport } from '../../store/datasets';
import { JobCancelledError } from '../../worker/client';
import type { Progress } from '../../worker/protocol';
import { formatBytes } from '../shell/formatBytes';
import { ModalDialog } from '../shell/ModalDialog';
import { DATA_PARAM_MAX_BYTES } from './dataParam';
import { previewTable, type TablePreview } from './preview';

export type ImportStep =
  | { step: 'choose' }
  | { step: 'mapping'; file: File; preview: TablePreview; mapping: ColumnMapping }
  | { step: 'running'; file: File; progress: Progress | null }
  /** A kept dataset or the bundled graph being opened; the graph on screen stays until it is open. */
  | { step: 'opening'; name: string; progress: Progress | null }
  | { step: 'report'; file: File; result: ReadResult };

const MAX_LISTED = 200;

/** The graph built into the app, as the list of datasets names it. */
const BUNDLED_NAME = 'Bundled project pages';

export function ImportDialog({ initialFile, onClose }: { initialFile: File | null; onClose: () => void }) {
  const [state, setState] = useState<ImportStep>({ step: 'choose' });
  const [dragging, setDragging] = useState(false);
  const abort = useRef<AbortController | null>(null);
  const kept = useAppStore((s) => s.keptDatasets);
  const datasetId = useAppStore((s) => s.datasetId);
  const currentName = useAppStore((s) => s.dataset?.name ?? '');

  const run = async (file: File, mapping?: ColumnMapping) => {
    const controller = new AbortController();
    abort.current = controller;
    setState({ step: 'running', file, progress: null });
    try {
      const result = await runImport(file, file.name, mapping, {
        signal: controller.signal,
        onProgress: (progress) => setState((s) => (s.step === 'running' ? { ...s, progress } : s)),
      });
      setState({ step: 'report', file, result });
    } catch (error) {
      if (error instanceof JobCancelledError) setState({ step: 'choose' });
      else
        setState({
          step: 'report',
          file,
          result: {
            ok: false,
            errors: [`${file.name}: ${error instanceof Error ? error.message : String(error)}`],
          },
        });
    } finally {
      abort.current = null;
    }
  };

  /** Opens a dataset through `opening` (false: it did not open); progress on screen, Cancel stops it. */
  const open = async (
    name: string,
    opening: (options: { signal: AbortSignal; onProgress(p: Progress): void }) => Promise<boolean>,
  ) => {
    const controller = new AbortController();
    abort.current = controller;
    setState({ step: 'opening', name, progress: null });
    try {
      const opened = await opening({
        signal: controller.signal,
        onProgress: (progress) => setState((s) => (s.step === 'opening' ? { ...s, progress } : s)),
      });
      if (opened) onClose();
      else setState({ step: 'choose' });
    } finally {
      if (abort.current === controller) abort.current = null;
    }
  };

  const openBundled = () =>
    open(BUNDLED_NAME, async (options) => {
      const result = await loadGraph(undefined, undefined, options);
      if (options.signal.aborted) return false;
      if (result.ok) {
        store.getState().setDataset(result.dataset);
        store.getState().setDatasetId(null);
        return true;
      }
      if (!result.cancelled)
        store.getState().notify('error', result.errors[0] ?? 'The bundled graph did not load.');
      return false;
    });

  const choose = async (file: File) => {
    const format = sniffFormat(file.name, await file.slice(0, 4096).text());
    if (format === 'csv') {
      const preview = await previewTable(file);
      setState({ step: 'mapping', file, preview, mapping: preview.mapping });
    } else void run(file);
  };

  useEffect(() => {
    void refreshKept(store);
    // A dropped file: read its head first (async), then show the mapping or run the import.
    if (initialFile)
      void initialFile
        .slice(0, 0)
        .arrayBuffer()
        .then(() => choose(initialFile));
    return () => abort.current?.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the dialog opens once per file
  }, []);

  const close = () => {
    abort.current?.abort();
    onClose();
  };

  const accept = async (result: ReadSuccess) => {
    await acceptImport(store, result);
    onClose();
  };

  return (
    <ModalDialog id="import" title="Open data" onClose={close}>
      {state.step === 'choose' && (
        <>
          <label
            className={`io-drop${dragging ? ' dragging' : ''}`}
            data-testid="import-drop"
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={(e) => {
              e.preventDefault();
              e.stopPropagation();
              setDragging(false);
              const file = e.dataTransfer.files[0];
              if (file) void choose(file);
            }}
          >
            <span>
              <strong>Drop a file here</strong> or <span className="io-pick">choose one</span>
            </span>
            <span className="muted small">
              A partner table (CSV or TSV, one row per participation, as exported from keep.eu or CORDIS), or
              a graph (GEXF, GraphML, graphology JSON).
            </span>
            <input
              type="file"
              accept=".csv,.tsv,.txt,.json,.gexf,.graphml,.xml"
              className="visually-hidden"
              aria-label="Choose a file to open"
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) void choose(file);
              }}
            />
          </label>
          <p className="muted small">
            To open a file by its address, add <code>?data=https://…</code> to this page&rsquo;s address (the
            server must allow it; up to {Math.round(DATA_PARAM_MAX_BYTES / 1048576)} MB).
          </p>
          <section aria-labelledby="kept-title" className="io-kept">
            <h3 id="kept-title">Datasets in this browser</h3>
            <ul data-testid="kept-datasets">
              <li>
                <span>
                  {BUNDLED_NAME} <span className="muted small">(built in)</span>
                </span>
                <button
                  type="button"
                  className="tool-button"
                  aria-label={`Open ${BUNDLED_NAME}`}
                  onClick={() => void openBundled()}
                >
                  Open
                </button>
              </li>
              {kept.map((d) => (
                <li key={d.id}>
                  <span>
                    {d.name}{' '}
                    <span className="muted small">
                      {d.nodes.toLocaleString('en')} nodes · {d.edges.toLocaleString('en')} links ·{' '}
                      {new Date(d.importedAt).toLocaleDateString()}
                      {d.conforms ? '' : ' · plain graph'}
                    </span>
                  </span>
                  <span className="io-row-actions">
                    <button
                      type="button"
                      className="tool-button"
                      disabled={d.id === datasetId}
                      aria-label={d.id === datasetId ? `${d.name} is on screen` : `Open ${d.name}`}
                      onClick={() => void open(d.name, (options) => openKept(store, d.id, options))}
                    >
                      {d.id === datasetId ? 'On screen' : 'Open'}
                    </button>
                    <button
                      type="button"
                      className="link-button"
                      aria-label={`Remove ${d.name}`}
                      onClick={() => void removeKept(store, d.id)}
                    >
                      Remove
                    </button>
                  </span>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}

      {state.step === 'mapping' && (
        <MappingStep
          state={state}
          onChange={(mapping) => setState({ ...state, mapping })}
          onBack={() => setState({ step: 'choose' })}
          onImport={() => void run(state.file, state.mapping)}
        />
      )}

      {state.step === 'running' && (
        <Working
          what={
            <>
              Reading <strong>{state.file.name}</strong> ({formatBytes(state.file.size)})
            </>
          }
          progress={state.progress}
          progressLabel="Import progress"
          onCancel={() => abort.current?.abort()}
        />
      )}

      {state.step === 'opening' && (
        <Working
          what={
            <>
              Opening <strong>{state.name}</strong>
            </>
          }
          progress={state.progress}
          progressLabel="Opening progress"
          note={`“${currentName}” stays on screen until it is open.`}
          onCancel={() => abort.current?.abort()}
        />
      )}

      {state.step === 'report' && (
        <ReportStep
          result={state.result}
          currentName={currentName}
          onAccept={(r) => void accept(r)}
          onCancel={() => setState({ step: 'choose' })}
        />
      )}
    </ModalDialog>
  );
}

/** A step that runs in a worker: what runs, its progress, and Cancel. */
function Working({
  what,
  progress,
  progressLabel,
  note,
  onCancel,
}: {
  what: ReactNode;
  progress: Progress | null;
  progressLabel: string;
  note?: string;
  onCancel: () => void;
}) {
  return (
    <section className="io-running" aria-live="polite">
      <p>
        {what}
        {progress ? ` — ${progress.label}` : ''}…
      </p>
      <progress
        aria-label={progressLabel}
        max={progress?.total || 1}
        value={progress ? progress.done : undefined}
      />
      {note && <p className="muted small">{note}</p>}
      <div className="io-actions">
        <button type="button" className="tool-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}

function MappingStep({
  state,
  onChange,
  onBack,
  onImport,
}: {
  state: Extract<ImportStep, { step: 'mapping' }>;
  onChange: (m: ColumnMapping) => void;
  onBack: () => void;
  onImport: () => void;
}) {
  const missing = missingRequired(state.mapping);
  const { headers, rows } = state.preview;
  return (
    <section aria-labelledby="mapping-title">
      <h3 id="mapping-title">Which column holds what?</h3>
      <p className="muted small">
        Guessed from the headers of <strong>{state.file.name}</strong>. Change any that are wrong; a partner
        and a project (name or acronym) are needed.
      </p>
      <div className="io-mapping">
        {PARTNER_FIELDS.map((field: PartnerField) => (
          <label key={field}>
            <span>{FIELD_LABELS[field]}</span>
            <select
              value={state.mapping[field] ?? ''}
              onChange={(e) => onChange({ ...state.mapping, [field]: e.target.value || undefined })}
            >
              <option value="">— not in the table —</option>
              {headers.map((h, i) => (
                <option key={`${h}-${i}`} value={h}>
                  {h || `(column ${i + 1})`}
                </option>
              ))}
            </select>
            <span className="muted small io-sample">
              {state.mapping[field] ? (rows[0]?.[headers.indexOf(state.mapping[field]!)] ?? '') : ''}
            </span>
          </label>
        ))}
      </div>
      {missing.length > 0 && (
        <p role="alert" className="io-error">
          Still needed: {missing.join(' and ')}.
        </p>
      )}
      <div className="io-actions">
        <button type="button" className="tool-button" onClick={onBack}>
          Back
        </button>
        <button
          type="button"
          className="tool-button primary"
          disabled={missing.length > 0}
          onClick={onImport}
        >
          Read the table
        </button>
      </div>
    </section>
  );
}

function ReportStep({
  result,
  currentName,
  onAccept,
  onCancel,
}: {
  result: ReadResult;
  currentName: string;
  onAccept: (r: ReadSuccess) => void;
  onCancel: () => void;
}) {
  if (!result.ok)
    return (
      <section className="io-report" data-testid="import-report" aria-labelledby="report-title">
        <h3 id="report-title">Nothing was loaded</h3>
        <ul className="io-errors" role="alert">
          {result.errors.map((e, i) => (
            <li key={i}>{e}</li>
          ))}
        </ul>
        <p className="muted small">“{currentName}” stays on screen.</p>
        <div className="io-actions">
          <button type="button" className="tool-button primary" onClick={onCancel}>
            Choose another file
          </button>
        </div>
      </section>
    );
  const { report } = result;
  return (
    <section className="io-report" data-testid="import-report" aria-labelledby="report-title">
      <h3 id="report-title">Read {report.file}</h3>
      <p>
        {report.used !== undefined
          ? `${report.read} rows read, ${report.used} used, ${report.read - report.used} skipped. `
          : ''}
        The graph has {report.nodes} nodes and {report.edges} links.
      </p>
      {report.notes
        .filter((n) => !/rows read, \d+ used/.test(n))
        .map((n, i) => (
          <p key={i} className="muted small">
            {n}
          </p>
        ))}
      {report.skipped.length > 0 && (
        <div className="io-skipped">
          <table>
            <caption>Left out, and why</caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Column</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {report.skipped.slice(0, MAX_LISTED).map((s, i) => (
                <tr key={i}>
                  <td>{s.row ?? ''}</td>
                  <td>{s.column ?? ''}</td>
                  <td>{s.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {report.skipped.length > MAX_LISTED && (
            <p className="muted small">… and {report.skipped.length - MAX_LISTED} more.</p>
          )}
        </div>
      )}
      <p className="muted small">“{currentName}” stays on screen until you accept.</p>
      <div className="io-actions">
        <button type="button" className="tool-button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="tool-button primary" onClick={() => onAccept(result)}>
          Accept and show
        </button>
      </div>
    </section>
  );
}
