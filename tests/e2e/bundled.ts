// The bundled data/graph.json and its Network view as the app first draws it, for browser tests that
// need to know what is on screen.
import { readFileSync } from 'node:fs';
import { drawBudget, fitToBudget } from '../../src/graph/budget';
import { DEFAULT_FILTERS } from '../../src/graph/filters';
import { parseGraph } from '../../src/graph/schema';
import { shownGraph } from '../../src/graph/views';

const parsed = parseGraph(JSON.parse(readFileSync('data/graph.json', 'utf8')), 'data/graph.json');
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
export const bundled = parsed.graph;

const budget = drawBudget(false, false);
/** The Network view of the bundled graph as the app first draws it (cut to the draw budget). */
export const bundledNetwork = fitToBudget(
  shownGraph(bundled, 'network', { egoRoot: null, egoDepth: 1, limit: budget }, DEFAULT_FILTERS),
  budget,
);
