// Shortest path between two organisations through shared projects.
import type { ConsortiaGraph } from './types';

export interface PathStep {
  /** An organisation, then the project it shares with the next organisation, and so on. */
  key: string;
  label: string;
  type: 'organisation' | 'project';
}

/**
 * path.partnerPath: the chain organisation, project, organisation, … joining two organisations,
 * shortest by number of projects; null when they are not linked; [] when an end is not an organisation.
 */
export function partnerPath(graph: ConsortiaGraph, from: string, to: string): PathStep[] | null {
  for (const key of [from, to]) {
    if (!graph.hasNode(key) || graph.getNodeAttribute(key, 'type') !== 'organisation') return [];
  }
  const step = (key: string): PathStep => {
    const a = graph.getNodeAttributes(key);
    return { key, label: a.label, type: a.type === 'project' ? 'project' : 'organisation' };
  };
  if (from === to) return [step(from)];
  const keys = partnerChain(graph, from, to);
  return keys ? keys.map(step) : null;
}

/** Organisations and projects joined by a participation: an organisation's projects, a project's partners. */
function partnersOf(graph: ConsortiaGraph, key: string): string[] {
  const out: string[] = [];
  const organisation = graph.getNodeAttribute(key, 'type') === 'organisation';
  const visit = (_: string, e: { type: string }, source: string, target: string) => {
    if (e.type === 'participates_in') out.push(organisation ? target : source);
  };
  if (organisation) graph.forEachOutEdge(key, visit);
  else graph.forEachInEdge(key, visit);
  return out;
}

/**
 * Breadth-first from both ends at once over participations, walking the dataset's own edges: no copy of
 * the graph is made, and a search between two organisations in a 500,000-participation dataset touches
 * only the neighbourhoods it needs. The smaller frontier grows first.
 */
function partnerChain(graph: ConsortiaGraph, from: string, to: string): string[] | null {
  const fromSide = new Map<string, string | null>([[from, null]]);
  const toSide = new Map<string, string | null>([[to, null]]);
  let fromFrontier = [from];
  let toFrontier = [to];
  const chain = (meet: string): string[] => {
    const head: string[] = [];
    for (let k: string | null = meet; k !== null; k = fromSide.get(k)!) head.unshift(k);
    for (let k = toSide.get(meet)!; k !== null; k = toSide.get(k)!) head.push(k);
    return head;
  };
  while (fromFrontier.length && toFrontier.length) {
    const forward = fromFrontier.length <= toFrontier.length;
    const [seen, other, frontier] = forward
      ? [fromSide, toSide, fromFrontier]
      : [toSide, fromSide, toFrontier];
    const next: string[] = [];
    for (const key of frontier)
      for (const neighbour of partnersOf(graph, key)) {
        if (seen.has(neighbour)) continue;
        seen.set(neighbour, key);
        if (other.has(neighbour)) return chain(neighbour);
        next.push(neighbour);
      }
    if (forward) fromFrontier = next;
    else toFrontier = next;
  }
  return null;
}

/** Edge keys of the path in a drawn view: consecutive pairs, in either direction, that the view has. */
export function pathPairs(steps: PathStep[]): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (let i = 0; i + 1 < steps.length; i++) pairs.push([steps[i]!.key, steps[i + 1]!.key]);
  return pairs;
}
