// The page a quote comes from, as a person reads it: its title, else its address; a link only to the web.
import type { GraphAttributes } from './types';

export interface PageCitation {
  /** The file name, as `sources[].doc` gives it. */
  doc: string;
  /** What the page is called: its title, else its address without the scheme (decoded), else the file name. */
  label: string;
  /** An http(s) address to open; absent when none is known or it is not a web address. */
  href?: string;
  /** The page's language, as its header names it. */
  language?: string;
}

/** Addresses longer than this are shortened in the label (the link keeps the whole address). */
const MAX_LABEL = 90;

/** sourcePages.readableAddress: `host/path` without `www.`, scheme, query or end slash, decoded. */
export function readableAddress(address: URL): string {
  let path = address.pathname.replace(/\/+$/, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape: the address as written is still readable.
  }
  const text = address.hostname.replace(/^www\./, '') + path;
  return text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text;
}

/** sourcePages.citePage: how to cite document `doc`, from the graph's table of documents. */
export function citePage(documents: GraphAttributes['documents'], doc: string): PageCitation {
  const page = documents && Object.hasOwn(documents, doc) ? documents[doc] : undefined;
  let address: URL | undefined;
  try {
    address = page?.url ? new URL(page.url) : undefined;
  } catch {
    address = undefined;
  }
  const web =
    address && (address.protocol === 'https:' || address.protocol === 'http:') ? address : undefined;
  const title = page?.title?.trim();
  const cited: PageCitation = { doc, label: title || (web ? readableAddress(web) : doc) };
  if (web) cited.href = page!.url!;
  if (page?.language) cited.language = page.language;
  return cited;
}
