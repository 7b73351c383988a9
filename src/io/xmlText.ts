// Escaping for XML we write ourselves (GraphML, SVG): imported text stays text, never markup.

// Characters XML 1.0 forbids even when escaped; they are dropped.
const INVALID_XML_CHARS = new RegExp(
  // eslint-disable-next-line no-control-regex -- these control characters are exactly what must go
  '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]',
  'g',
);

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Escapes text for XML element content or a double-quoted attribute value. */
export function escapeXml(value: string): string {
  return value.replace(INVALID_XML_CHARS, '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
