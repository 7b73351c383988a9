// Parses XML text, also in the worker (which has no DOMParser): saxes checks well-formedness first and
// gives line and column (xmldom silently repairs mismatched tags), then @xmldom/xmldom builds the
// document the graphology parsers read. Errors are collected, never logged.
import { DOMParser } from '@xmldom/xmldom';
import { SaxesParser } from 'saxes';

export type XmlParse = { ok: true; document: Document } | { ok: false; errors: string[] };

function wellFormedErrors(text: string, file: string): string[] {
  const errors: string[] = [];
  const parser = new SaxesParser({ xmlns: false });
  parser.on('error', (error) => {
    // saxes messages read "undefined:3:14: unexpected close tag."
    if (errors.length < 3) {
      const m = /^(?:[^:]*:)?(\d+):(\d+): (.*)$/s.exec(error.message);
      errors.push(
        m
          ? `${file}: broken XML at line ${m[1]}, column ${m[2]}: ${m[3]}`
          : `${file}: broken XML: ${error.message}`,
      );
    }
  });
  try {
    parser.write(text).close();
  } catch (error) {
    if (!errors.length)
      errors.push(`${file}: broken XML: ${error instanceof Error ? error.message : String(error)}`);
  }
  return errors;
}

export function parseXml(text: string, file: string): XmlParse {
  const errors = wellFormedErrors(text, file);
  if (errors.length) return { ok: false, errors };
  const record = (msg: string) => {
    const detail = msg
      .replace(/^\[xmldom [a-zA-Z]+\]\s*/, '')
      .replace(/\s+/g, ' ')
      .trim();
    errors.push(`${file}: broken XML: ${detail}`);
  };
  let document: Document | undefined;
  try {
    document = new DOMParser({
      locator: {},
      errorHandler: { warning: () => {}, error: record, fatalError: record },
    }).parseFromString(text, 'application/xml') as unknown as Document;
  } catch (error) {
    if (!errors.length) record(error instanceof Error ? error.message : String(error));
  }
  if (errors.length || !document) return { ok: false, errors: errors.slice(0, 5) };
  if (!document.documentElement) return { ok: false, errors: [`${file}: broken XML: no root element`] };
  return { ok: true, document };
}
