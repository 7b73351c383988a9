// The `import` worker job's payload and result, checked at both ends (light: zod only, no parsers).
import { z } from 'zod';
import { PARTNER_FIELDS, type PartnerField } from './partners/columns';
import { FILE_FORMATS } from './types';

export const columnMappingSchema = z.object(
  Object.fromEntries(PARTNER_FIELDS.map((f) => [f, z.string().min(1).optional()])) as Record<
    PartnerField,
    z.ZodOptional<z.ZodString>
  >,
);

export const importPayloadSchema = z.object({
  fileName: z.string().min(1).max(512),
  file: z.instanceof(Blob),
  mapping: columnMappingSchema.optional(),
});
export type ImportPayload = z.infer<typeof importPayloadSchema>;

export const importReportSchema = z.object({
  file: z.string(),
  format: z.enum(FILE_FORMATS),
  read: z.number().int().nonnegative(),
  nodes: z.number().int().nonnegative(),
  edges: z.number().int().nonnegative(),
  skipped: z.array(
    z.object({
      file: z.string(),
      row: z.number().int().optional(),
      column: z.string().optional(),
      reason: z.string(),
    }),
  ),
  notes: z.array(z.string()),
  used: z.number().int().nonnegative().optional(),
  mapping: z.record(z.string(), z.string().optional()).optional(),
});

/**
 * The graph travels as graphology's serialized format with its nodes and edges as UTF-8 JSON pieces
 * (each a JSON array of records, see graphWire.ts): bytes cross the worker boundary in one copy, where a
 * structured clone of a million small objects held the page for tens of seconds.
 */
export const serializedGraphShape = z.object({
  options: z.record(z.string(), z.unknown()).optional(),
  attributes: z.record(z.string(), z.unknown()).optional(),
  nodes: z.array(z.instanceof(Uint8Array)),
  edges: z.array(z.instanceof(Uint8Array)),
});

export const importResultSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    conforms: z.boolean(),
    graph: serializedGraphShape,
    report: importReportSchema,
  }),
  z.object({ ok: z.literal(false), errors: z.array(z.string()).min(1) }),
]);
export type ImportResult = z.infer<typeof importResultSchema>;
export type SerializedImportGraph = z.infer<typeof serializedGraphShape>;

export const IMPORT_CONTRACT = { payload: importPayloadSchema, result: importResultSchema };
