// The hand-written gold of one page (tests/fixtures/extraction/*.json), checked at the boundary with zod.
import { createHash } from 'node:crypto';
import { z } from 'zod';

const names = z.array(z.string().min(1)).min(1);
const role = z.enum(['lead', 'partner', 'associated']);

export const GoldSchema = z.object({
  page: z.string().min(1),
  source: z.string().nullable(),
  language: z.string().min(1),
  layouts: z.array(z.string()),
  projects: z.array(z.object({ names, inferred: z.boolean().optional() })),
  otherProjects: z.array(z.object({ names })).default([]),
  organisations: z.array(
    z.object({
      names,
      country: z
        .string()
        .regex(/^[A-Z]{2}$/)
        .nullable(),
      roles: z.array(z.object({ project: z.string().min(1), role })).min(1),
    }),
  ),
  mentioned: z.array(z.object({ names, why: z.string().optional() })).default([]),
  notes: z.string().optional(),
});

export type Gold = z.infer<typeof GoldSchema>;
export type Split = 'seed' | 'dev' | 'test';

/**
 * The page's split, fixed by its URL so nobody can steer it: `test` when the first 8 hex digits of the
 * URL's SHA-256, as a number, divide by 3 (one third), else `dev`. Pages without a URL are the seeds.
 */
export function splitOf(source: string | null): Split {
  if (!source) return 'seed';
  const head = createHash('sha256').update(source, 'utf8').digest('hex').slice(0, 8);
  return parseInt(head, 16) % 3 === 0 ? 'test' : 'dev';
}

/**
 * Checks one gold file: the schema, then that every name occurs in the page and every role names one of
 * the page's projects. Returns the errors as "file: field: problem".
 */
export function checkGold(file: string, raw: unknown, pageText: string): { gold?: Gold; errors: string[] } {
  const parsed = GoldSchema.safeParse(raw);
  if (!parsed.success)
    return {
      errors: parsed.error.issues.map((i) => `${file}: ${i.path.join('.') || '(root)'}: ${i.message}`),
    };
  const gold = parsed.data;
  const errors: string[] = [];
  const projectNames = new Set(gold.projects.map((p) => p.names[0]));
  const check = (where: string, list: string[]) => {
    for (const n of list)
      if (!pageText.includes(n)) errors.push(`${file}: ${where}: "${n}" is not in the page`);
  };
  gold.projects.forEach((p, i) => check(`projects.${i}.names`, p.names));
  gold.otherProjects.forEach((p, i) => check(`otherProjects.${i}.names`, p.names));
  gold.mentioned.forEach((m, i) => check(`mentioned.${i}.names`, m.names));
  gold.organisations.forEach((o, i) => {
    check(`organisations.${i}.names`, o.names);
    o.roles.forEach((r, j) => {
      if (!projectNames.has(r.project))
        errors.push(
          `${file}: organisations.${i}.roles.${j}.project: "${r.project}" is not the first name of a project`,
        );
    });
  });
  return errors.length ? { errors } : { gold, errors };
}
