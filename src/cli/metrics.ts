// Headless metrics: `npm run metrics -- FILE [--view ID] [--weighted] [--out FILE.csv]`. Same code as the
// app's worker job (computeMetrics over the same view), so the numbers agree.
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import Papa from 'papaparse';
import type { AbstractGraph, Attributes } from 'graphology-types';
import { computeMetrics, type MetricsResult } from '../graph/metrics';
import { metricsRows } from '../graph/metrics/table';
import { DEFAULT_FILTERS } from '../graph/filters';
import { parseGraph } from '../graph/schema';
import { shownGraph, VIEWS } from '../graph/views';
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

/** cli.readGraph: a Consortia graph when the file conforms, else any graphology graph it holds. */
export function readGraph(
  fileName: string,
  content: string,
): { graph: AnyGraph; consortia: ConsortiaGraph | null } {
  const head = content.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{')) {
    let value: unknown;
    try {
      value = JSON.parse(head);
    } catch (error) {
      throw new Error(`metrics: ${fileName}: not valid JSON (${(error as Error).message})`);
    }
    const parsed = parseGraph(value, fileName);
    if (parsed.ok) return { graph: parsed.graph, consortia: parsed.graph };
    try {
      return { graph: Graph.from(value as never), consortia: null };
    } catch {
      throw new Error(`metrics: ${fileName}: not a graphology graph:\n${parsed.errors.join('\n')}`);
    }
  }
  if (/^<\?xml|^<gexf|^<graphml/i.test(head)) {
    try {
      if (/<gexf[\s>]/i.test(head.slice(0, 4096))) return { graph: parseGexf(Graph, head), consortia: null };
      if (/<graphml[\s>]/i.test(head.slice(0, 4096)))
        return { graph: parseGraphml(Graph, head), consortia: null };
    } catch (error) {
      throw new Error(`metrics: ${fileName}: unreadable XML graph (${(error as Error).message})`);
    }
  }
  throw new Error(`metrics: ${fileName}: expected graphology JSON, GEXF or GraphML`);
}

/** Views the CLI can build: all but the consortium/ego view, which needs a node to centre on. */
export const CLI_VIEWS = VIEWS.filter((v) => v.id !== 'ego').map((v) => v.id);

/** cli.viewOf: the graph a view shows with no filters, built by the app's own projection. */
export function viewOf(graph: AnyGraph, consortia: ConsortiaGraph | null, view: string | null): AnyGraph {
  if (view === null) return graph;
  const known = CLI_VIEWS.find((id) => id === view);
  if (!known) throw new Error(`metrics: unknown view "${view}" (known: ${CLI_VIEWS.join(', ')})`);
  if (!consortia) throw new Error(`metrics: --view ${view} needs a graph in the Consortia format`);
  return shownGraph(consortia, known, { egoRoot: null, egoDepth: 1 }, DEFAULT_FILTERS);
}

/** cli.runMetrics: the metrics of a file's view, as the app's worker computes them. */
export function runMetrics(fileName: string, content: string, args: Omit<CliArguments, 'file' | 'out'>) {
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
        `metrics: ${metric} is approximate (${a.samples} sampled sources, ±${a.errorBound.toFixed(4)} at ${a.confidence * 100}% confidence)\n`,
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
