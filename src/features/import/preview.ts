// The first rows of a table, read on the page (a few kilobytes) for the column mapping step.
import Papa from 'papaparse';
import { guessMapping, type ColumnMapping } from '../../io/partners/columns';
import { detectDelimiter } from '../../io/partners/importTable';

export interface TablePreview {
  headers: string[];
  rows: string[][];
  mapping: ColumnMapping;
}

export async function previewTable(file: Blob): Promise<TablePreview> {
  const head = (await file.slice(0, 65536).text()).replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(head, {
    delimiter: detectDelimiter(head),
    preview: 5,
    skipEmptyLines: true,
  });
  const [headers = [], ...rows] = parsed.data;
  const trimmed = headers.map((h) => h.trim());
  return { headers: trimmed, rows, mapping: guessMapping(trimmed) };
}
