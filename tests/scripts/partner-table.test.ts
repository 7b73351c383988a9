import { describe, expect, it } from 'vitest';
import { SIZES, partnerTable, type PartnerRow } from '../../scripts/bench/partner-table';

const rows = (seed = 7): PartnerRow[] => [...partnerTable(SIZES.S, seed)];

describe('the benchmark partner table', () => {
  it('is the same for the same seed and differs for another', () => {
    expect(rows(7)).toEqual(rows(7));
    expect(rows(8)).not.toEqual(rows(7));
  });

  it('has one lead per project and consortia of 3 to 30 distinct partners', () => {
    const byProject = new Map<string, PartnerRow[]>();
    for (const row of rows()) byProject.set(row.acronym, [...(byProject.get(row.acronym) ?? []), row]);
    expect(byProject.size).toBe(SIZES.S.projects);
    for (const members of byProject.values()) {
      expect(members.filter((m) => m.role === 'Lead partner')).toHaveLength(1);
      expect(members.length).toBeGreaterThanOrEqual(3);
      expect(members.length).toBeLessThanOrEqual(30);
      expect(new Set(members.map((m) => m.partner)).size).toBe(members.length);
      expect(new Set(members.map((m) => m.project)).size).toBe(1);
    }
  });

  it('makes a few hubs in dozens of projects and many organisations in one or two', () => {
    const counts = new Map<string, number>();
    for (const row of rows()) counts.set(row.partner, (counts.get(row.partner) ?? 0) + 1);
    const sorted = [...counts.values()].sort((a, b) => b - a);
    expect(sorted[0]).toBeGreaterThanOrEqual(20);
    expect(sorted.filter((c) => c <= 2).length).toBeGreaterThan(sorted.length / 2);
  });

  it('spreads partners over many countries with unequal weights and writes names with diacritics', () => {
    const all = rows();
    const countries = new Map<string, number>();
    for (const row of all) countries.set(row.country, (countries.get(row.country) ?? 0) + 1);
    expect(countries.size).toBeGreaterThanOrEqual(30);
    expect(countries.get('DE')!).toBeGreaterThan(5 * (countries.get('MT') ?? 0));
    expect(all.some((row) => /[^ -~]/.test(row.partner))).toBe(true);
    for (const row of all) {
      expect(Number(row.start.slice(0, 4))).toBeGreaterThanOrEqual(2000);
      expect(Number(row.start.slice(0, 4))).toBeLessThanOrEqual(2027);
      expect(row.end > row.start).toBe(true);
    }
  });
});
