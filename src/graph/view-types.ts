// What a view draws: a projection of the Consortia graph, with the attributes the renderer reads.
import type { AbstractGraph } from 'graphology-types';
import type { EdgeType, NodeType, Role } from './types';

export type ViewEdgeType = EdgeType | 'co_partners' | 'country_link' | 'project_link' | 'programme_link';

export interface ViewNodeAttributes {
  type: NodeType;
  label: string;
  /** Position from the data build or the view's own layout (e.g. countries from coordinates). */
  x?: number;
  y?: number;
  /** Organisation that leads at least one project shown; project led by someone shown. */
  lead?: boolean;
  /** Organisations: projects taken part in; projects: partners; countries: organisations. */
  count: number;
  /** The node an ego view is centred on. */
  focus?: boolean;
}

export interface ViewEdgeAttributes {
  type: ViewEdgeType;
  /** Number of shared projects, partners, countries or organisations behind a projected tie; 1 for plain edges. */
  weight: number;
  role?: Role;
  /**
   * Keys of what creates a projected tie (shared projects, partners, countries), sorted. Overview ties
   * made by very many keys (see projections/programmes VIA_LIMIT) leave it out; `weight` still counts them.
   */
  via?: string[];
  /** Projects view: a strong tie (shared partners) or a weak one (shared countries only). */
  tie?: 'strong' | 'weak';
}

export type ViewGraph = AbstractGraph<ViewNodeAttributes, ViewEdgeAttributes>;
