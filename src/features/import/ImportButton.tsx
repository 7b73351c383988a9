// The toolbar's "Open data" button; also catches files dropped anywhere on the page and `?data=URL`.
import { useEffect, useState } from 'react';
import { store } from '../../store';
import { acceptImport, refreshKept, runImport } from '../../store/datasets';
import { ImportDialog } from './ImportDialog';
import { fetchDataFile, readDataParam } from './dataParam';
import '../io.css';

/** Read once when the app starts, before the address is rewritten by the view state. */
const INITIAL_DATA_ADDRESS = typeof window === 'undefined' ? null : readDataParam(window.location.search);

export function ImportButton() {
  const [open, setOpen] = useState<{ file: File | null } | null>(null);

  useEffect(() => {
    void refreshKept(store);
    const hasFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');
    const over = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      const file = e.dataTransfer?.files[0];
      if (file) setOpen({ file });
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);

  useEffect(() => {
    const address = INITIAL_DATA_ADDRESS;
    if (!address) return;
    let cancelled = false;
    void (async () => {
      store.getState().notify('info', `Opening ${address} …`);
      const fetched = await fetchDataFile(address, window.location.href);
      if (cancelled) return;
      if (!fetched.ok) {
        store.getState().notify('error', `${fetched.error}. The bundled graph stays on screen.`);
        return;
      }
      const result = await runImport(fetched.file, fetched.file.name, undefined, {}).catch(
        (error: unknown) => ({
          ok: false as const,
          errors: [error instanceof Error ? error.message : String(error)],
        }),
      );
      if (cancelled) return;
      if (!result.ok)
        store.getState().notify('error', `${result.errors[0]} The bundled graph stays on screen.`);
      else {
        await acceptImport(store, result);
        store.getState().setDataAddress(address);
        const skipped = result.report.skipped.length;
        store
          .getState()
          .notify(
            skipped ? 'warning' : 'info',
            `Opened ${fetched.file.name}${skipped ? ` (${skipped} items left out: open it with “Open data” to see why)` : ''}.`,
          );
      }
    })();
    return () => {
      cancelled = true;
    };
  }, []);

  return (
    <>
      <button type="button" className="tool-button" onClick={() => setOpen({ file: null })} title="Open data">
        <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" className="tool-icon">
          <path
            d="M3 7a2 2 0 0 1 2-2h4l2 2h8a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinejoin="round"
          />
        </svg>
        <span className="tool-label">Open data</span>
      </button>
      {open && (
        <ImportDialog
          key={open.file?.name ?? 'choose'}
          initialFile={open.file}
          onClose={() => setOpen(null)}
        />
      )}
    </>
  );
}
