// Reads a partner table (CSV/TSV, delimiter detected) with papaparse: synchronously from text (Node,
// CLI, tests) or streamed from a Blob in chunks (the worker), with progress.
import Papa from 'papaparse';
import type { AliasBook } from '../../graph/aliases';
import type { ReadResult } from '../types';
import { PartnerTableBuilder } from './builder';
import type { ColumnMapping } from './columns';

export interface PartnerImportOptions {
  /** Which header each field is read from; guessed from the header row when absent. */
  mapping?: ColumnMapping;
  /** The reviewed alias file (data/aliases.txt), so names join as in the pipeline. */
  aliases?: AliasBook;
}

/** A NUL in the first kilobytes: a binary file (a spreadsheet, an archive), not a text table. */
export function looksBinary(text: string): boolean {
  return text.slice(0, 8192).includes('\u0000');
}

const BINARY_MESSAGE =
  'looks like a binary file (an .xlsx workbook or an archive?), not a CSV/TSV text table; save it as CSV (UTF-8) first';

/** The delimiter of a table: the most frequent of , ; tab | outside quotes in its first line. */
export function detectDelimiter(text: string): string {
  const firstLine = (text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  let best = ',';
  let bestCount = 0;
  for (const candidate of [',', ';', '\t', '|']) {
    const count = firstLine.split(candidate).length - 1;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

function makeRowHandler(builder: PartnerTableBuilder) {
  let rowNumber = 0;
  let stopped = false;
  return {
    /** Returns false when reading should stop (bad header). */
    accept(cells: string[], delimiter: string): boolean {
      if (stopped) return false;
      rowNumber++;
      if (rowNumber === 1) {
        builder.setDelimiter(delimiter);
        if (!builder.header(cells)) stopped = true;
        return !stopped;
      }
      builder.row(cells, rowNumber);
      return true;
    },
  };
}

/** importTable.importPartnerTable: never throws; the whole table or the reasons it cannot be read. */
export function importPartnerTable(
  text: string,
  file: string,
  options: PartnerImportOptions = {},
): ReadResult {
  const builder = new PartnerTableBuilder(file, options.mapping, options.aliases);
  if (looksBinary(text)) {
    builder.fail(BINARY_MESSAGE);
    return builder.finish();
  }
  const rows = makeRowHandler(builder);
  try {
    Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
      header: false,
      delimiter: detectDelimiter(text),
      skipEmptyLines: false,
      step: (result, parser) => {
        if (!rows.accept(result.data, result.meta.delimiter)) parser.abort();
      },
    });
  } catch (error) {
    builder.fail(`unreadable table (${error instanceof Error ? error.message : String(error)})`);
  }
  return builder.finish();
}

/** Emits a Blob's text in decoded chunks as the minimal Node-style stream papaparse accepts. */
function textStream(blob: Blob, onBytes: (done: number) => void) {
  const listeners: Record<string, Array<(arg?: unknown) => void>> = {};
  const emit = (event: string, arg?: unknown) => (listeners[event] ?? []).slice().forEach((fn) => fn(arg));
  let started = false;
  const start = async () => {
    const reader = blob.stream().getReader();
    const decoder = new TextDecoder('utf-8');
    let done = 0;
    let first = true;
    try {
      for (;;) {
        const next = await reader.read();
        if (next.done) break;
        done += next.value.byteLength;
        let text = decoder.decode(next.value, { stream: true });
        if (first) {
          first = false;
          if (looksBinary(text)) throw new Error(BINARY_MESSAGE);
          text = text.replace(/^\uFEFF/, '');
        }
        if (text) emit('data', text);
        onBytes(done);
      }
      const rest = decoder.decode();
      if (rest) emit('data', rest);
      emit('end');
    } catch (error) {
      emit('error', error);
    }
  };
  return {
    readable: true as const,
    read: () => null,
    pause: () => {},
    resume: () => {},
    on(event: string, fn: (arg?: unknown) => void) {
      (listeners[event] ??= []).push(fn);
      if (!started && event === 'end') {
        started = true;
        queueMicrotask(() => void start());
      }
      return this;
    },
    removeListener(event: string, fn: (arg?: unknown) => void) {
      listeners[event] = (listeners[event] ?? []).filter((f) => f !== fn);
      return this;
    },
  };
}

/** importTable.importPartnerTableBlob: streams a Blob (100 MB tables do not sit in memory twice). */
export async function importPartnerTableBlob(
  blob: Blob,
  file: string,
  options: PartnerImportOptions & { onProgress?: (done: number, total: number) => void } = {},
): Promise<ReadResult> {
  const builder = new PartnerTableBuilder(file, options.mapping, options.aliases);
  const rows = makeRowHandler(builder);
  const head = await blob.slice(0, 65536).text();
  const delimiter = detectDelimiter(head);
  return new Promise<ReadResult>((resolve) => {
    let settled = false;
    const settle = () => {
      if (!settled) {
        settled = true;
        resolve(builder.finish());
      }
    };
    const stream = textStream(blob, (done) => options.onProgress?.(done, blob.size));
    // papaparse's types do not list Node-style streams with callbacks; the runtime accepts them.
    (
      Papa.parse as (input: unknown, config: Papa.ParseConfig<string[]> & { error(e: unknown): void }) => void
    )(stream, {
      header: false,
      delimiter,
      skipEmptyLines: false,
      step: (result, parser) => {
        if (!rows.accept(result.data, result.meta.delimiter)) parser.abort();
      },
      complete: settle,
      error: (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        builder.fail(message === BINARY_MESSAGE ? BINARY_MESSAGE : `unreadable table (${message})`);
        settle();
      },
    });
  });
}
