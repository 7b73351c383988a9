// Cross-project partners: who links several consortia, and which names may be one organisation.
export { repeatPartners } from './repeatPartners';
export { brokers } from './brokers';
export { articulationPoints } from './articulation';
export { sharedPlaces, placeKey } from './places';
export { likelyDuplicates, normaliseName, similarity } from './duplicates';
export { crossProject, type CrossProject } from './findAll';
export type * from './types';
