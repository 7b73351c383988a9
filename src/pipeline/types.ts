// The records the pipeline passes from documents to the graph: what one document states, before resolution.
import type { OrgKind, Role } from '../graph/types';

/** A decoded document. `text` is what quotes are cut from; for HTML, `text` keeps the markup's characters. */
export interface SourceDocument {
  /** File name, as written in `sources[].doc`. */
  name: string;
  /** The file's text (UTF-8 decoded, byte order mark removed). */
  text: string;
  /**
   * Text to read: equal to `text` except that HTML tags and scripts are blanked out to line breaks and the
   * header lines are blanked out to spaces, so every offset in it is an offset in `text`.
   */
  readable: string;
  /** The page's address: its `source:` header line, or a `<link rel="canonical">` of an HTML page. */
  source?: HeaderFact;
  /** The page's language as its `language:` header line or `<html lang>` names it ("Slovenian", "sl"). */
  language?: HeaderFact;
  /** An HTML page's `<title>`. */
  title?: HeaderFact;
}

/** A fact of a page's header: its value, and the exact text of the page that states it. */
export interface HeaderFact {
  value: string;
  quote: string;
}

/** A note for the review report. */
export interface ReviewNote {
  /** `alias`: a fact the alias file gave (a country, a participation), with its line and comment. */
  kind: 'ambiguous' | 'skipped' | 'merged' | 'inferred' | 'alias';
  text: string;
  quote?: string;
  /** The organisation or project the note is about (as written), so a later step can amend it. */
  about?: string;
}

export interface CountryStatement {
  code: string;
  /** The country as the document wrote it. */
  written: string;
  quote: string;
  /** `explicit`: a country given beside the name; `name`: read from a word inside the name. */
  how: 'explicit' | 'heading' | 'name' | 'alias';
}

export interface OrganisationRecord {
  /** The name as written in the list item or sentence. */
  name: string;
  /** Other spellings stated beside it: long forms, short forms, acronyms. */
  otherNames: string[];
  acronym?: string;
  country?: CountryStatement;
  city?: string;
  kind?: OrgKind;
  quote: string;
}

export interface ParticipationRecord {
  /** Index into `DocumentExtraction.projects`. */
  project: number;
  organisation: OrganisationRecord;
  role: Role;
  quote: string;
}

export interface ProjectRecord {
  /** The name as written most often. */
  label: string;
  names: string[];
  acronym?: string;
  code?: string;
  start?: string;
  end?: string;
  budgetEur?: number;
  partnerCount?: number;
  status?: string;
  quotes: string[];
}

export interface DocumentExtraction {
  doc: string;
  /** ISO 639-1 code of the language the page was read in. */
  language?: string;
  projects: ProjectRecord[];
  /** Index of the project the page is about, if any. */
  mainProject?: number;
  participations: ParticipationRecord[];
  fundings: Array<{ project: number; programme: string; written: string; quote: string }>;
  partOf: Array<{ child: number; parent: number; quote: string }>;
  notes: ReviewNote[];
}
