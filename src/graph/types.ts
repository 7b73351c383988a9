// The graph contract: node and edge types and attributes that the pipeline writes, the app reads and
// exports carry. Names here are a public format (README "Data format"); change them only with care.
import type { AbstractGraph } from 'graphology-types';

export const NODE_TYPES = ['organisation', 'project', 'programme', 'country'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export const EDGE_TYPES = ['participates_in', 'located_in', 'part_of', 'funded_by'] as const;
export type EdgeType = (typeof EDGE_TYPES)[number];

export const ROLES = ['lead', 'partner', 'associated'] as const;
export type Role = (typeof ROLES)[number];

export const ORG_KINDS = [
  'public authority',
  'development agency',
  'university or research',
  'cluster',
  'chamber or association',
  'company',
  'NGO',
] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

/** Where a fact comes from: a document's file name and an exact substring of it. */
export interface Source {
  doc: string;
  quote: string;
}

interface NodeBase {
  label: string;
  sources: Source[];
  /** Precomputed layout position (default view); optional for imported graphs. */
  x?: number;
  y?: number;
}

export interface OrganisationAttributes extends NodeBase {
  type: 'organisation';
  /** Every spelling seen, in every document. */
  names: string[];
  /** ISO 3166-1 alpha-2. */
  country?: string;
  city?: string;
  /** Region (ISO 3166-2 subdivision) name as in the gazetteer, e.g. `Cluj`, `Dytikí Makedonía`. */
  region?: string;
  /** ISO 3166-2 code of `region`, e.g. `RO-CJ`; places group by it when present. */
  regionCode?: string;
  kind?: OrgKind;
}

export interface ProjectAttributes extends NodeBase {
  type: 'project';
  names: string[];
  acronym?: string;
  code?: string;
  /** Key of the programme node, e.g. `programme:interreg-iv-c`. */
  programme?: string;
  /** ISO 8601, partial allowed: `2010`, `2010-03`, `2010-03-01`. */
  start?: string;
  end?: string;
  budgetEur?: number;
  partnerCount?: number;
  status?: string;
}

export interface ProgrammeAttributes extends NodeBase {
  type: 'programme';
  names: string[];
}

export interface CountryAttributes extends NodeBase {
  type: 'country';
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** English name. */
  label: string;
  /** The names as the documents wrote them. */
  names: string[];
  /** Centroid, for the geographic layout. */
  lat?: number;
  lon?: number;
}

export type NodeAttributes =
  OrganisationAttributes | ProjectAttributes | ProgrammeAttributes | CountryAttributes;

export interface EdgeAttributes {
  type: EdgeType;
  sources: Source[];
  /** Only on `participates_in`. */
  role?: Role;
}

/** What is known of one source document (a page), keyed by its file name in `GraphAttributes.documents`. */
export interface SourcePage {
  /** The page's address (its `source:` header line, or an HTML page's canonical link). */
  url?: string;
  /** The page's own title (an HTML page's `<title>`). */
  title?: string;
  /** The page's language as its header names it ("Slovenian", "sl"). */
  language?: string;
}

export interface GraphAttributes {
  /** Human name of the dataset ("Bundled seeds", a file name, …). */
  name?: string;
  /** ISO date-time the graph was built; omitted by the pipeline to keep rebuilds byte-identical. */
  builtAt?: string;
  /** The source documents by file name (the `doc` of every `sources` entry), where anything is known. */
  documents?: Record<string, SourcePage>;
}

/** The one in-memory graph of the app, the pipeline and the worker. Directed: org -> project etc. */
export type ConsortiaGraph = AbstractGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
