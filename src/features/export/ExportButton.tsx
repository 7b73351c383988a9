// The toolbar's "Export" button.
import { useState } from 'react';
import { ExportDialog } from './ExportDialog';
import '../io.css';

export function ExportButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="tool-button" onClick={() => setOpen(true)}>
        Export
      </button>
      {open && <ExportDialog onClose={() => setOpen(false)} />}
    </>
  );
}
