// The one entry for reading a graph file of any supported kind: sniffs the format from the name and the
// first characters, then reads it. Used by the import job, `?data=URL` and the metrics CLI.
import { readGexf } from './gexf';
import { readGraphml } from './graphml';
import { readGraphJson } from './json';
import { importPartnerTable, looksBinary, type PartnerImportOptions } from './partners/importTable';
import type { FileFormat, ReadResult } from './types';

/** Text formats that are parsed whole (not streamed) are refused above this size, with a message. */
export const MAX_WHOLE_FILE_CHARS = 200 * 1024 * 1024;

export interface ReadGraphFileOptions extends PartnerImportOptions {
  /** Overrides the size limit (tests). */
  maxChars?: number;
}

const EXTENSIONS: Record<string, FileFormat> = {
  json: 'json',
  gexf: 'gexf',
  graphml: 'graphml',
  xml: 'graphml',
  csv: 'csv',
  tsv: 'csv',
  tab: 'csv',
  txt: 'csv',
};

/** readGraphFile.sniffFormat: the format by content first (a .txt may hold anything), then by extension. */
export function sniffFormat(fileName: string, content: string): FileFormat | undefined {
  const head = content
    .slice(0, 4096)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (head.startsWith('{')) return 'json';
  if (head.startsWith('<')) {
    if (/<gexf[\s>]/i.test(head)) return 'gexf';
    if (/<graphml[\s>]/i.test(head)) return 'graphml';
    const extension = EXTENSIONS[fileName.toLowerCase().split('.').pop() ?? ''];
    return extension === 'gexf' || extension === 'graphml' ? extension : undefined;
  }
  const extension = EXTENSIONS[fileName.toLowerCase().split('.').pop() ?? ''];
  if (extension === 'csv') return 'csv';
  if (extension) return undefined;
  // No known extension: a first line with a delimiter looks like a table.
  const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
  return /[,;\t|]/.test(firstLine) ? 'csv' : undefined;
}

/** readGraphFile: never throws. `{ok, conforms, graph, report}` or `{ok: false, errors}` naming the file. */
export function readGraphFile(
  fileName: string,
  content: string,
  options: ReadGraphFileOptions = {},
): ReadResult {
  const maxChars = options.maxChars ?? MAX_WHOLE_FILE_CHARS;
  if (content.length > maxChars)
    return {
      ok: false,
      errors: [
        `${fileName}: too large to read (${Math.round(content.length / 1048576)} MB; the limit is ${Math.round(maxChars / 1048576)} MB)`,
      ],
    };
  if (!content.trim()) return { ok: false, errors: [`${fileName}: the file is empty`] };
  if (looksBinary(content))
    return { ok: false, errors: [`${fileName}: looks like a binary file, not a graph or a CSV/TSV table`] };
  const format = sniffFormat(fileName, content);
  try {
    switch (format) {
      case 'json':
        return readGraphJson(content, fileName);
      case 'gexf':
        return readGexf(content, fileName);
      case 'graphml':
        return readGraphml(content, fileName);
      case 'csv':
        return importPartnerTable(content, fileName, options);
      default:
        return {
          ok: false,
          errors: [
            `${fileName}: not a format Consortia reads (expected graphology JSON, GEXF, GraphML, or a CSV/TSV partner table)`,
          ],
        };
    }
  } catch (error) {
    // The readers do not throw; this is the last guard of the boundary.
    return {
      ok: false,
      errors: [`${fileName}: unreadable (${error instanceof Error ? error.message : String(error)})`],
    };
  }
}
