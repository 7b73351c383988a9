// The toolbar's "Export" button.
import { useState } from 'react';
import { ExportDialog } from './ExportDialog';
import '../io.css';

export function ExportButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="tool-button" onClick={() => setOpen(true)} title="Export">
        <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" className="tool-icon">
          <path
            d="M12 4v11m0 0-4-4m4 4 4-4M5 19h14"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        <span className="tool-label">Export</span>
      </button>
      {open && <ExportDialog onClose={() => setOpen(false)} />}
    </>
  );
}
