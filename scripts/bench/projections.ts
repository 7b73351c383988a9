// Times each view's projection (and the filters before it) on a built graph, one view per call, so a
// view that explodes can be run under a timeout on its own. Not part of `npm run bench`'s report.
// Usage: tsx scripts/bench/projections.ts GRAPH.json [view ...] [--filter countries=DE|programmes=KEY]
import { readFileSync } from 'node:fs';
import { DEFAULT_FILTERS, type FilterState } from '../../src/graph/filters';
import { parseGraph } from '../../src/graph/schema';
import { shownGraph, VIEW_IDS, type ViewId } from '../../src/graph/views';

const args = process.argv.slice(2);
const file = args[0];
if (!file) {
  console.error('projections: usage: GRAPH.json [view ...] [--filter countries=DE]');
  process.exit(2);
}
const filterArg = args.indexOf('--filter');
const filters: FilterState = { ...DEFAULT_FILTERS };
if (filterArg >= 0) {
  const [name, value] = (args[filterArg + 1] ?? '').split('=');
  if (name === 'countries') filters.countries = [value!];
  else if (name === 'programmes') filters.programmes = [value!];
  else throw new Error(`projections: unknown filter "${name}"`);
}
const views = args.slice(1, filterArg >= 0 ? filterArg : undefined) as ViewId[];
for (const v of views)
  if (!VIEW_IDS.includes(v))
    throw new Error(`projections: unknown view "${v}" (known: ${VIEW_IDS.join(', ')})`);

let t = performance.now();
const parsed = parseGraph(JSON.parse(readFileSync(file, 'utf8')), file);
if (!parsed.ok) throw new Error(parsed.errors.slice(0, 3).join('\n'));
const graph = parsed.graph;
console.log(
  `${file}: ${graph.order} nodes, ${graph.size} edges, read in ${(performance.now() - t).toFixed(0)} ms`,
);

const params = { egoRoot: null, egoDepth: 1 as const };
for (const view of views.length ? views : ['countries', 'programmes']) {
  // Twice: the first run pays for JIT warm-up; both are printed.
  const times: string[] = [];
  let order = 0;
  let size = 0;
  for (let i = 0; i < 2; i++) {
    t = performance.now();
    const shown = shownGraph(graph, view as ViewId, params, filters);
    times.push((performance.now() - t).toFixed(0));
    order = shown.order;
    size = shown.size;
  }
  console.log(`${view}: ${order} nodes, ${size} edges in ${times.join(' / ')} ms`);
}
