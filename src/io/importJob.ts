// The worker side of the `import` job: streams partner tables, reads graph files whole (with a size
// limit), reports progress, and returns the graph serialized with its report.
import aliasesText from '../../data/aliases.txt?raw';
import { EMPTY_ALIASES, parseAliases } from '../graph/aliases';
import type { JobContext } from '../worker/protocol';
import { encodeGraph } from './graphWire';
import type { ImportPayload, ImportResult } from './importContract';
import { importPartnerTableBlob } from './partners/importTable';
import { MAX_WHOLE_FILE_CHARS, readGraphFile, sniffFormat } from './readGraphFile';
import type { ReadResult } from './types';

const parsedAliases = parseAliases(aliasesText, 'data/aliases.txt');
/** The alias file bundled with the app (checked by the data build, so it parses). */
const ALIASES = parsedAliases.ok ? parsedAliases.aliases : EMPTY_ALIASES;

/** Graph files (JSON, GEXF, GraphML) are parsed whole, so they have a limit; tables stream. */
export const MAX_GRAPH_FILE_BYTES = MAX_WHOLE_FILE_CHARS;

function serialise(result: ReadResult): ImportResult {
  if (!result.ok) return result;
  return {
    ok: true,
    conforms: result.conforms,
    graph: encodeGraph(result.graph),
    report: result.report,
  };
}

export async function importJob(payload: ImportPayload, context: JobContext): Promise<ImportResult> {
  const { file, fileName, mapping } = payload;
  const head = await file.slice(0, 4096).text();
  const format = sniffFormat(fileName, head);
  context.progress(0, file.size, 'opening the file');
  if (format === 'csv') {
    const result = await importPartnerTableBlob(file, fileName, {
      ...(mapping ? { mapping } : {}),
      aliases: ALIASES,
      onProgress: (done, total) => context.progress(done, total, 'reading rows'),
    });
    context.progress(file.size, file.size, 'building the graph');
    return serialise(result);
  }
  if (file.size > MAX_GRAPH_FILE_BYTES)
    return {
      ok: false,
      errors: [
        `${fileName}: too large to read (${Math.round(file.size / 1048576)} MB; the limit for graph files is ${Math.round(MAX_GRAPH_FILE_BYTES / 1048576)} MB; partner tables (CSV) stream and have none)`,
      ],
    };
  const text = await file.text();
  context.progress(file.size, file.size, 'parsing');
  return serialise(readGraphFile(fileName, text));
}
