// Export: pictures (PNG, SVG) and data (GEXF, GraphML, JSON, CSV) of what the current view shows, and the
// share link. Options for pictures: area, size, background, legend, title and caption.
import { useState } from 'react';
import { store, useAppStore } from '../../store';
import { viewById } from '../../graph/views';
import { formatBytes } from '../shell/formatBytes';
import { ModalDialog } from '../shell/ModalDialog';
import { downloadBlob } from './download';
import {
  DEFAULT_PICTURE,
  EXPORT_FORMATS,
  buildExport,
  type ExportFormat,
  type PictureOptions,
} from './exportFile';
import { MAX_PNG_WIDTH } from './png';

export function ExportDialog({ onClose }: { onClose: () => void }) {
  const [format, setFormat] = useState<ExportFormat>('png');
  const [picture, setPicture] = useState<PictureOptions>(DEFAULT_PICTURE);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [link, setLink] = useState<string | null>(null);
  /** What the last Download wrote, until an option changes. */
  const [written, setWritten] = useState<string | null>(null);
  const view = useAppStore((s) => s.view);
  const set = (patch: Partial<PictureOptions>) => {
    setWritten(null);
    setPicture((p) => ({ ...p, ...patch }));
  };
  const isPicture = format === 'png' || format === 'svg';

  const download = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    setWritten(null);
    try {
      const { blob, fileName } = await buildExport(format, picture);
      downloadBlob(blob, fileName);
      setWritten(`Downloaded ${fileName} (${formatBytes(blob.size)}) to the browser's downloads.`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const share = async () => {
    const href = window.location.href;
    setLink(href);
    try {
      await navigator.clipboard.writeText(href);
      store.getState().notify('info', 'Link copied: it reopens this view, its filters and zoom.');
    } catch {
      // No clipboard permission: the link stays selected in the field for copying by hand.
    }
  };

  return (
    <ModalDialog id="export" title={`Export the ${viewById(view).label} view`} onClose={onClose}>
      <div className="io-options">
        <fieldset>
          <legend>Format</legend>
          <div className="io-formats">
            {EXPORT_FORMATS.map((f) => (
              <label key={f.id}>
                <input
                  type="radio"
                  name="export-format"
                  value={f.id}
                  checked={format === f.id}
                  onChange={() => {
                    setWritten(null);
                    setFormat(f.id);
                  }}
                />{' '}
                {f.label} <span className="muted small">{f.hint}</span>
              </label>
            ))}
          </div>
        </fieldset>
        {isPicture && (
          <>
            {format === 'png' && (
              <>
                <fieldset>
                  <legend>Area</legend>
                  <label>
                    <input
                      type="radio"
                      name="area"
                      checked={picture.area === 'full'}
                      onChange={() => set({ area: 'full' })}
                    />{' '}
                    Whole graph
                  </label>
                  <label>
                    <input
                      type="radio"
                      name="area"
                      checked={picture.area === 'viewport'}
                      onChange={() => set({ area: 'viewport' })}
                    />{' '}
                    What is visible now
                  </label>
                </fieldset>
                <fieldset>
                  <legend>Size</legend>
                  <label>
                    <input
                      type="radio"
                      name="size"
                      checked={picture.sizeMode === 'scale'}
                      onChange={() => set({ sizeMode: 'scale' })}
                    />{' '}
                    Scale
                  </label>
                  <select
                    aria-label="Scale"
                    value={picture.scale}
                    disabled={picture.sizeMode !== 'scale'}
                    onChange={(e) => set({ scale: Number(e.target.value) })}
                  >
                    {[1, 2, 3, 4].map((s) => (
                      <option key={s} value={s}>
                        {s}×
                      </option>
                    ))}
                  </select>
                  <label>
                    <input
                      type="radio"
                      name="size"
                      checked={picture.sizeMode === 'width'}
                      onChange={() => set({ sizeMode: 'width' })}
                    />{' '}
                    Width
                  </label>
                  <input
                    type="number"
                    aria-label="Width in pixels"
                    min={200}
                    max={MAX_PNG_WIDTH}
                    step={10}
                    value={picture.width}
                    disabled={picture.sizeMode !== 'width'}
                    onChange={(e) =>
                      set({ width: Math.min(MAX_PNG_WIDTH, Math.max(200, Number(e.target.value) || 200)) })
                    }
                  />
                  <span className="muted small">px</span>
                </fieldset>
              </>
            )}
            <fieldset>
              <legend>Look</legend>
              <label>
                <input
                  type="checkbox"
                  checked={picture.background}
                  onChange={(e) => set({ background: e.target.checked })}
                />{' '}
                Solid background (off: transparent)
              </label>
              <label>
                <input
                  type="checkbox"
                  checked={picture.legend}
                  onChange={(e) => set({ legend: e.target.checked })}
                />{' '}
                Legend
              </label>
            </fieldset>
            <fieldset>
              <legend>Text drawn in</legend>
              <label>
                Title{' '}
                <input
                  type="text"
                  value={picture.title}
                  maxLength={200}
                  onChange={(e) => set({ title: e.target.value })}
                />
              </label>
              <label>
                Caption{' '}
                <input
                  type="text"
                  value={picture.caption}
                  maxLength={300}
                  onChange={(e) => set({ caption: e.target.value })}
                />
              </label>
            </fieldset>
          </>
        )}
        {!isPicture && (
          <p className="muted small">
            Holds the nodes and links the view shows now (with its filters), every attribute the data has for
            them, and the positions, colours and sizes as drawn.
          </p>
        )}
      </div>
      {error && (
        <p role="alert" className="io-error">
          {error}
        </p>
      )}
      <p role="status" className="io-written small">
        {written}
      </p>
      {link && (
        <label className="small">
          Share link{' '}
          <input
            type="text"
            readOnly
            value={link}
            aria-label="Share link"
            onFocus={(e) => e.currentTarget.select()}
            style={{ width: '100%' }}
          />
        </label>
      )}
      <div className="io-actions">
        <button type="button" className="tool-button" onClick={() => void share()}>
          Copy share link
        </button>
        {/* Not disabled while busy: a disabled button loses focus, which fell to the page behind. */}
        <button
          type="button"
          className="tool-button primary"
          aria-disabled={busy}
          onClick={() => void download()}
        >
          {busy ? 'Preparing…' : 'Download'}
        </button>
      </div>
    </ModalDialog>
  );
}
