// `build:data -- --csv FILE`: a partner table (keep.eu/CORDIS shapes) through the same importer as the
// app (src/io/partners), then the pipeline's layout and byte-stable serialisation. Pure: no fs.
import type { AliasBook } from '../graph/aliases';
import { importPartnerTable } from '../io/partners/importTable';
import type { ImportReport } from '../io/types';
import type { BuiltEdge, BuiltNode } from './build';
import { countryCentroid, forcePositions } from './layout';
import { compactGraphChunks } from './serialize';

export type CsvPipelineOutput =
  | {
      ok: true;
      /** The compact graph.json text in pieces (one string cannot hold it at 500k participations). */
      graphChunks: Iterable<string>;
      reviewMarkdown: string;
      report: ImportReport;
    }
  | { ok: false; errors: string[] };

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

function reviewOf(report: ImportReport): string {
  const lines = [
    `# Import review: ${report.file}`,
    '',
    `${report.read} rows read, ${report.used ?? report.read} used; ${report.nodes} nodes and ${report.edges} edges.`,
    '',
  ];
  for (const note of report.notes) lines.push(`- ${note}`);
  if (report.skipped.length) {
    lines.push('', '## Left out, and why', '', '| Row | Column | Why |', '| --- | --- | --- |');
    for (const s of report.skipped)
      lines.push(`| ${s.row ?? ''} | ${cell(s.column ?? '')} | ${cell(s.reason)} |`);
  }
  return `${lines.join('\n')}\n`;
}

type TableRecords =
  | { ok: true; nodes: BuiltNode[]; edges: BuiltEdge[]; report: ImportReport }
  | { ok: false; errors: string[] };

/**
 * The table's nodes and edges as records. Only the records leave this function, so the importer's
 * graphology graph (its adjacency is hundreds of MB at 500k participations) is freed before the layout
 * builds its own.
 */
function tableRecords(fileName: string, text: string, aliases: AliasBook): TableRecords {
  const result = importPartnerTable(text, fileName, { aliases });
  if (!result.ok) return result;
  if (!result.conforms)
    return { ok: false, errors: [`${fileName}: the table did not give a graph in the Consortia format`] };
  return {
    ok: true,
    nodes: result.graph.mapNodes((key, attributes) => ({ key, attributes })),
    edges: result.graph.mapEdges((key, attributes, source, target) => ({ key, source, target, attributes })),
    report: result.report,
  };
}

/** csv.runCsvPipeline: table text -> graph.json and review text, or the reasons nothing is written. */
export function runCsvPipeline(fileName: string, text: string, aliases: AliasBook): CsvPipelineOutput {
  const records = tableRecords(fileName, text, aliases);
  if (!records.ok) return records;
  const { nodes, edges, report } = records;
  const positions = forcePositions(nodes, edges);
  for (const node of nodes) {
    const p = positions.get(node.key);
    if (p) Object.assign(node.attributes, p);
    if (node.attributes.type === 'country') {
      const c = countryCentroid(node.attributes.code);
      if (c) Object.assign(node.attributes, c);
    }
  }
  positions.clear();
  return {
    ok: true,
    graphChunks: compactGraphChunks(nodes, edges, { name: fileName }),
    reviewMarkdown: reviewOf(report),
    report,
  };
}
