// Decoding a document's bytes with clear errors: empty, binary, wrongly encoded. No fs here; the CLI reads.
import type { SourceDocument } from './types';

export const DOCUMENT_EXTENSIONS = ['.txt', '.md', '.html', '.htm'] as const;

export class DocumentError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`read: ${file}: ${reason}`);
  }
}

/** Bytes that are common in Windows-1250/1251 or ISO-8859-2 text and never valid UTF-8 lead bytes alone. */
function guessLegacyEncoding(bytes: Uint8Array): string | undefined {
  let high = 0;
  let cyrillic = 0;
  for (const b of bytes) {
    if (b >= 0x80) high += 1;
    if (b >= 0xc0) cyrillic += 1;
  }
  if (high === 0) return undefined;
  return cyrillic / high > 0.8 ? 'Windows-1251' : 'Windows-1250 or ISO-8859-2';
}

/** Blanks out tags, scripts, styles and comments so every line left is a substring of the file. */
export function htmlToReadable(html: string): string {
  // A run of tags becomes one line break, or a blank line when it closes a block (a list, a paragraph,
  // a heading), so that list items stay together and a list ends where its markup ends.
  const BLOCK =
    /<\/?(?:p|ul|ol|dl|table|div|section|article|h[1-6]|hr|header|footer|nav|main|aside|blockquote)\b/i;
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, (m) => m.replace(/[^\n]/g, ' '))
    .replace(/<!--[\s\S]*?-->/g, (m) => m.replace(/[^\n]/g, ' '))
    .replace(/(?:<[^>]*>[ \t\r\n]*)+/g, (run) => (BLOCK.test(run) ? '\n\n' : '\n'));
}

/**
 * read.decodeDocument: checks and decodes one document's bytes. Throws a DocumentError naming the file and
 * the reason when the bytes are empty, binary (NUL bytes) or not UTF-8.
 */
export function decodeDocument(name: string, bytes: Uint8Array): SourceDocument {
  if (bytes.length === 0) throw new DocumentError(name, 'the file is empty');
  if (bytes.includes(0))
    throw new DocumentError(name, 'the file is binary (it contains NUL bytes), not a text document');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const guess = guessLegacyEncoding(bytes);
    throw new DocumentError(
      name,
      `the file is not valid UTF-8${guess ? ` (it looks like ${guess}); convert it to UTF-8, e.g. with iconv` : ''}`,
    );
  }
  text = text.replace(/^\uFEFF/, '');
  if (!text.trim()) throw new DocumentError(name, 'the file has no text (only white space)');
  const isHtml = /\.html?$/i.test(name);
  const header = readHeader(text);
  let readable = isHtml ? htmlToReadable(text) : text;
  readable = readable.slice(0, header.end).replace(/[^\n]/g, ' ') + readable.slice(header.end);
  if (isHtml && !readable.trim()) throw new DocumentError(name, 'the HTML file has no text outside its tags');
  if (!readable.trim()) throw new DocumentError(name, 'the file has only its header lines, no text');
  const doc: SourceDocument = { name, text, readable, ...header.facts };
  if (isHtml) Object.assign(doc, htmlFacts(text, doc));
  return doc;
}

const HEADER_LINE = /^(source|language)[ \t]*:[ \t]*(\S[^\n]*?)[ \t]*$/i;

/**
 * read.readHeader: the `source: URL` and `language: NAME` lines a page file may open with (in either
 * order, blank lines around them allowed), and where the header ends.
 */
export function readHeader(text: string): {
  facts: Pick<SourceDocument, 'source' | 'language'>;
  end: number;
} {
  const facts: Pick<SourceDocument, 'source' | 'language'> = {};
  let offset = 0;
  let end = 0;
  for (const line of text.split('\n')) {
    const m = HEADER_LINE.exec(line.replace(/\r$/, ''));
    if (m) {
      const key = m[1]!.toLowerCase() as 'source' | 'language';
      if (facts[key]) break;
      facts[key] = { value: m[2]!, quote: m[0].trim() };
      end = offset + line.length;
    } else if (line.trim()) break;
    offset += line.length + 1;
  }
  return { facts, end };
}

/** An HTML page's `<title>`, `<html lang>` and canonical link, where the header lines do not give them. */
function htmlFacts(html: string, doc: SourceDocument): Pick<SourceDocument, 'source' | 'language' | 'title'> {
  const out: Pick<SourceDocument, 'source' | 'language' | 'title'> = {};
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(html);
  const text = title?.[1]?.trim();
  if (text) out.title = { value: text, quote: text };
  const lang = /<html\b[^>]*\blang\s*=\s*["']?([A-Za-z-]{2,})/i.exec(html);
  if (lang && !doc.language) out.language = { value: lang[1]!.slice(0, 2), quote: lang[0] };
  const canonical = /<link\b[^>]*rel\s*=\s*["']canonical["'][^>]*href\s*=\s*["']([^"']+)["']/i.exec(html);
  if (canonical && !doc.source) out.source = { value: canonical[1]!, quote: canonical[1]! };
  return out;
}
