// The floor the corpus may not fall below (tests/fixtures/extraction/floor.json), so that a later change
// cannot silently lose what works.
import { z } from 'zod';
import { type PageResult, totals } from './report';
import { f1 } from './score';

export const FloorSchema = z.object({
  /** F1 over all pages (seeds, dev and test). */
  organisations: z.number().min(0).max(1),
  participations: z.number().min(0).max(1),
  countries: z.number().min(0).max(1),
  /** F1 of organisations and participations on the five seed pages. */
  seeds: z.number().min(0).max(1),
  /** Organisations only mentioned (gold) that were made partners, over all pages. */
  mentionedAsPartners: z.number().int().min(0),
});
export type Floor = z.infer<typeof FloorSchema>;

export function checkFloor(results: PageResult[], floor: Floor): string[] {
  const failures: string[] = [];
  const all = totals(results);
  const seeds = totals(results.filter((r) => r.split === 'seed'));
  const below = (what: string, value: number, min: number) => {
    if (value + 1e-9 < min) failures.push(`${what} F1 ${value.toFixed(3)} is below the floor ${min}`);
  };
  below('organisations', f1(all.organisations), floor.organisations);
  below('participations', f1(all.participations), floor.participations);
  below('countries', f1(all.countries), floor.countries);
  below('seed organisations', f1(seeds.organisations), floor.seeds);
  below('seed participations', f1(seeds.participations), floor.seeds);
  if (all.mentionedAsPartners > floor.mentionedAsPartners)
    failures.push(
      `${all.mentionedAsPartners} organisations only mentioned were made partners (at most ${floor.mentionedAsPartners})`,
    );
  return failures;
}
