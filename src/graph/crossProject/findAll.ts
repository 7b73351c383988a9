// All four cross-project lists for a (filtered) Consortia graph, with progress: the worker job's kernel.
import { DEFAULT_FILTERS } from '../filters';
import type { ConsortiaGraph } from '../types';
import { shownGraph } from '../views';
import { brokers } from './brokers';
import { likelyDuplicates } from './duplicates';
import { sharedPlaces } from './places';
import { repeatPartners } from './repeatPartners';
import type { Broker, LikelyDuplicate, RepeatPartner, SharedPlace } from './types';

export interface CrossProject {
  repeatPartners: RepeatPartner[];
  brokers: Broker[];
  places: SharedPlace[];
  duplicates: LikelyDuplicate[];
}

/** findAll.crossProject: the lists of the Cross-project partners panel; brokers on the co-partner view. */
export function crossProject(
  graph: ConsortiaGraph,
  onProgress?: (done: number, total: number, label: string) => void,
): CrossProject {
  onProgress?.(0, 4, 'Repeat partners');
  const repeat = repeatPartners(graph);
  onProgress?.(1, 4, 'Brokers');
  // The graph is already filtered: the co-partner projection needs no more filters.
  const coPartners = shownGraph(graph, 'co-partners', { egoRoot: null, egoDepth: 1 }, DEFAULT_FILTERS);
  const found = brokers(coPartners);
  onProgress?.(2, 4, 'Shared places');
  const places = sharedPlaces(graph);
  onProgress?.(3, 4, 'Likely duplicates');
  const duplicates = likelyDuplicates(graph);
  onProgress?.(4, 4, 'done');
  return { repeatPartners: repeat, brokers: found, places, duplicates };
}
