// Headless metrics: `npm run metrics -- FILE [--view ID] [--weighted] [--out FILE.csv]`. Same reader, views and
// computeMetrics as the app's worker job, so the numbers agree.
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import type { AbstractGraph, Attributes } from 'graphology-types';
import { computeMetrics, type MetricsResult } from '../graph/metrics';
import { metricsRows } from '../graph/metrics/table';
import { DEFAULT_FILTERS } from '../graph/filters';
import { shownGraph, VIEWS } from '../graph/views';
import { readGraphFile } from '../io/readGraphFile';
import type { ConsortiaGraph } from '../graph/types';

export const USAGE = 'usage: npm run metrics -- FILE [--view ID] [--weighted] [--out FILE.csv]';

export interface CliArguments {
  file: string;
  view: string | null;
  weighted: boolean;
  out: string | null;
}

/** cli.parseArguments: the options, or an error message that names the problem. */
export function parseArguments(argv: string[]): CliArguments | { error: string } {
  const args: CliArguments = { file: '', view: null, weighted: false, out: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--weighted') args.weighted = true;
    else if (arg === '--view' || arg === '--out') {
      const value = argv[++i];
      if (!value || value.startsWith('--')) return { error: `metrics: ${arg} needs a value` };
      if (arg === '--view') args.view = value;
      else args.out = value;
    } else if (arg.startsWith('--')) return { error: `metrics: unknown option ${arg}` };
    else if (args.file) return { error: `metrics: one input file only (got ${args.file} and ${arg})` };
    else args.file = arg;
  }
  if (!args.file) return { error: 'metrics: no input file' };
  return args;
}

type AnyGraph = AbstractGraph<Attributes, Attributes, Attributes>;

/** cli.readGraph: through the app's own reader (JSON, GEXF, GraphML, partner CSV/TSV); a Consortia graph when the file conforms. */
export function readGraph(
  fileName: string,
  content: string,
): { graph: AnyGraph; consortia: ConsortiaGraph | null } {
  const read = readGraphFile(fileName, content);
  if (!read.ok) throw new Error(read.errors.map((e) => `metrics: ${e}`).join('\n'));
  return read.conforms
    ? { graph: read.graph, consortia: read.graph }
    : { graph: read.graph, consortia: null };
}

/** Views the CLI can build: all but the consortium/ego view, which needs a node to centre on. */
export const CLI_VIEWS = VIEWS.filter((v) => v.id !== 'ego').map((v) => v.id);

function knownView(view: string) {
  const known = CLI_VIEWS.find((id) => id === view);
  if (!known) throw new Error(`metrics: unknown view "${view}" (known: ${CLI_VIEWS.join(', ')})`);
  return known;
}

/** cli.viewOf: the graph a view shows with no filters, built by the app's own projection. */
export function viewOf(graph: AnyGraph, consortia: ConsortiaGraph | null, view: string | null): AnyGraph {
  if (view === null) return graph;
  const known = knownView(view);
  if (!consortia) throw new Error(`metrics: --view ${view} needs a graph in the Consortia format`);
  return shownGraph(consortia, known, { egoRoot: null, egoDepth: 1 }, DEFAULT_FILTERS);
}

/** cli.runMetrics: the metrics of a file's view, as the app's worker computes them. */
export function runMetrics(fileName: string, content: string, args: Omit<CliArguments, 'file' | 'out'>) {
  if (args.view !== null) knownView(args.view);
  const { graph, consortia } = readGraph(fileName, content);
  const shown = viewOf(graph, consortia, args.view);
  return computeMetrics(shown, { weighted: args.weighted }, consortia ? { base: consortia } : {});
}

/** cli.toCsv: the metrics CSV, numbers at full precision, RFC 4180 quoting. */
export function toCsv(result: MetricsResult): string {
  return Papa.unparse(metricsRows(result), { newline: '\n' }) + '\n';
}

export function main(argv: string[]): number {
  const args = parseArguments(argv);
  if ('error' in args) {
    process.stderr.write(`${args.error}\n${USAGE}\n`);
    return 2;
  }
  try {
    const content = readFileSync(args.file, 'utf8');
    const result = runMetrics(basename(args.file), content, args);
    const csv = toCsv(result);
    if (args.out) {
      // Write beside, then rename: a failed run never leaves half a file.
      writeFileSync(`${args.out}.partial`, csv);
      renameSync(`${args.out}.partial`, args.out);
    } else process.stdout.write(csv);
    for (const [metric, a] of Object.entries(result.approximations))
      process.stderr.write(
        `metrics: ${metric} is approximate (${a.samples} sampled sources; ${a.errorOf} within ±${a.errorBound.toFixed(4)} at ${a.confidence * 100}% confidence)\n`,
      );
    process.stderr.write(
      `metrics: ${result.keys.length} nodes, ${result.graph.edges} ties${args.out ? ` -> ${args.out}` : ''}\n`,
    );
    return 0;
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  process.exitCode = main(process.argv.slice(2));
