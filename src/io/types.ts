// Types shared by the readers and writers of src/io: what a read returns and the import report.
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { ConsortiaGraph } from '../graph/types';

export const FILE_FORMATS = ['json', 'gexf', 'graphml', 'csv'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

/** Any graphology graph: what a lenient read of someone else's file gives. */
export type GenericGraph = AbstractGraph<Attributes, Attributes, Attributes>;

/** One thing that was not taken from the file, and where: file, row (1-based, header = row 1), column. */
export interface SkippedItem {
  file: string;
  row?: number;
  column?: string;
  reason: string;
}

export interface ImportReport {
  file: string;
  format: FileFormat;
  /** Rows (CSV) or elements (nodes + edges) read from the file. */
  read: number;
  nodes: number;
  edges: number;
  skipped: SkippedItem[];
  /** Partner tables: data rows that went into the graph, and the column mapping used. */
  used?: number;
  mapping?: Partial<Record<string, string>>;
  /** Things that did not skip anything but a person should know (e.g. "not the Consortia format"). */
  notes: string[];
}

/**
 * A successful read: either a graph in the Consortia contract (`conforms: true`) or, leniently, any
 * graphology graph whose nodes may lack `type` (views that need types fall back).
 */
export type ReadSuccess =
  | {
      ok: true;
      conforms: true;
      graph: ConsortiaGraph;
      report: ImportReport;
      /** The graph as graphology export JSON, when it came through the import worker: kept and handed on. */
      source?: Blob;
    }
  | { ok: true; conforms: false; graph: GenericGraph; report: ImportReport };

export type ReadResult = ReadSuccess | { ok: false; errors: string[] };

/** Per-node display data an export carries along (from the current view): position, colour, size. */
export interface NodeStyle {
  x?: number;
  y?: number;
  color?: string;
  size?: number;
}

/**
 * Node attributes the XML writers declare as real numbers over what their values suggest (a score whose
 * values happen to be whole numbers is still a score).
 */
export type DeclaredTypes = Readonly<Record<string, 'double'>>;

export interface ExportStyle {
  node?: (key: string) => NodeStyle | undefined;
  edge?: (key: string) => { color?: string; size?: number } | undefined;
}
