// Arrays and objects (names, sources, …) travel through XML formats as JSON strings; the graph attribute
// `jsonattributes` lists which ones ("node:names,edge:sources"), so a reader decodes exactly those.
import type { Attributes } from 'graphology-types';

export const JSON_ATTRIBUTES_KEY = 'jsonattributes';

export type ElementKind = 'node' | 'edge';

const isStructured = (value: unknown): boolean => typeof value === 'object' && value !== null;

/** Replaces array/object values by JSON strings and records their names in `encoded`. */
export function encodeAttributes(
  kind: ElementKind,
  attributes: Attributes,
  encoded: Set<string>,
): Attributes {
  const out: Attributes = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null) continue;
    if (isStructured(value)) {
      out[name] = JSON.stringify(value);
      encoded.add(`${kind}:${name}`);
    } else out[name] = value;
  }
  return out;
}

export function parseJsonAttributeList(value: unknown): Set<string> {
  if (typeof value !== 'string') return new Set();
  return new Set(
    value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
}

/** Decodes the listed attributes in place; a value that is not valid JSON stays the string it was. */
export function decodeAttributes(kind: ElementKind, attributes: Attributes, encoded: Set<string>): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (typeof value !== 'string' || !encoded.has(`${kind}:${name}`)) continue;
    try {
      const parsed: unknown = JSON.parse(value);
      if (isStructured(parsed)) attributes[name] = parsed;
    } catch {
      // not ours: keep the text
    }
  }
}
