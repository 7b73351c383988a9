// Scores what the pipeline read from one page against its gold: organisations, participations with role,
// countries and projects, with the problems a person fixes first (missed, spurious, wrong role or country).
import { nameKey } from '../../src/graph/normalise';
import type { Role } from '../../src/graph/types';
import type { Gold } from './gold';

export interface Predicted {
  projects: Array<{ id: string; names: string[] }>;
  organisations: Array<{ id: string; names: string[]; country?: string }>;
  participations: Array<{ organisation: string; project: string; role: Role }>;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface PageProblems {
  missed: string[];
  spurious: string[];
  wrongRole: string[];
  wrongCountry: string[];
  missedProjects: string[];
  spuriousProjects: string[];
}

export interface PageScore {
  organisations: Counts;
  participations: Counts;
  countries: Counts;
  projects: Counts;
  /** Predicted organisations that are a second node for a gold organisation already found. */
  duplicates: number;
  /** Organisations the gold lists as only mentioned that were made partners. */
  mentionedAsPartners: string[];
  /** Nothing at all read from the page: no project with a partner. */
  nothingRead: boolean;
  problems: PageProblems;
}

export const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function add(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

export function precision(c: Counts): number {
  return c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
}

export function recall(c: Counts): number {
  return c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
}

export function f1(c: Counts): number {
  const p = precision(c);
  const r = recall(c);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

const keysOf = (names: string[]) => new Set(names.map(nameKey).filter(Boolean));
const meets = (a: Set<string>, b: Set<string>) => [...a].some((k) => b.has(k));

/** Pairs each gold item with at most one predicted item sharing a name key; the rest stay unpaired. */
function pair(gold: Array<Set<string>>, predicted: Array<Set<string>>): Map<number, number> {
  const byPredicted = new Map<number, number>();
  const taken = new Set<number>();
  gold.forEach((g, gi) => {
    const candidates = predicted
      .map((p, pi) => ({ pi, shared: [...p].filter((k) => g.has(k)).length }))
      .filter((c) => c.shared > 0 && !taken.has(c.pi))
      .sort((a, b) => b.shared - a.shared);
    const best = candidates[0];
    if (best) {
      taken.add(best.pi);
      byPredicted.set(best.pi, gi);
    }
  });
  return byPredicted;
}

/** score.scorePage: one page's predictions against its gold. */
export function scorePage(gold: Gold, predicted: Predicted): PageScore {
  const problems: PageProblems = {
    missed: [],
    spurious: [],
    wrongRole: [],
    wrongCountry: [],
    missedProjects: [],
    spuriousProjects: [],
  };

  const goldProjects = gold.projects.map((p) => keysOf(p.names));
  const otherProjects = gold.otherProjects.map((p) => keysOf(p.names));
  const predictedProjects = predicted.projects.map((p) => keysOf(p.names));
  const projectPairs = pair(goldProjects, predictedProjects);
  const projectOf = new Map(predicted.projects.map((p, i) => [p.id, projectPairs.get(i)]));
  const withPartners = new Set(predicted.participations.map((p) => p.project));
  const projects = zero();
  projects.tp = projectPairs.size;
  projects.fn = gold.projects.length - projectPairs.size;
  gold.projects.forEach((p, gi) => {
    if (![...projectPairs.values()].includes(gi)) problems.missedProjects.push(p.names[0]!);
  });
  predicted.projects.forEach((p, pi) => {
    if (projectPairs.has(pi)) return;
    const passing = otherProjects.some((o) => meets(o, predictedProjects[pi]!));
    if (passing && !withPartners.has(p.id)) return;
    projects.fp += 1;
    problems.spuriousProjects.push(p.names[0] ?? p.id);
  });

  const goldOrgs = gold.organisations.map((o) => keysOf(o.names));
  const predictedOrgs = predicted.organisations.map((o) => keysOf(o.names));
  const orgPairs = pair(goldOrgs, predictedOrgs);
  const orgOf = new Map(predicted.organisations.map((o, i) => [o.id, orgPairs.get(i)]));
  const mentioned = gold.mentioned.map((m) => keysOf(m.names));
  const organisations = zero();
  let duplicates = 0;
  const mentionedAsPartners: string[] = [];
  organisations.tp = orgPairs.size;
  gold.organisations.forEach((o, gi) => {
    if (![...orgPairs.values()].includes(gi)) {
      organisations.fn += 1;
      problems.missed.push(o.names[0]!);
    }
  });
  predicted.organisations.forEach((o, pi) => {
    if (orgPairs.has(pi)) return;
    organisations.fp += 1;
    const keys = predictedOrgs[pi]!;
    const label = o.names[0] ?? o.id;
    if (goldOrgs.some((g) => meets(g, keys))) duplicates += 1;
    else if (mentioned.some((m) => meets(m, keys))) mentionedAsPartners.push(label);
    problems.spurious.push(label);
  });

  const countries = zero();
  predicted.organisations.forEach((o, pi) => {
    const gi = orgPairs.get(pi);
    if (gi === undefined) return;
    const want = gold.organisations[gi]!.country;
    if (want && o.country === want) countries.tp += 1;
    else {
      if (want) countries.fn += 1;
      if (o.country) countries.fp += 1;
      if (want || o.country)
        problems.wrongCountry.push(`${o.names[0]}: ${o.country ?? 'none'} instead of ${want ?? 'none'}`);
    }
  });
  gold.organisations.forEach((o, gi) => {
    if (o.country && ![...orgPairs.values()].includes(gi)) countries.fn += 1;
  });

  const wanted = new Map<string, Role>();
  gold.organisations.forEach((o, gi) => {
    for (const r of o.roles) {
      const pj = gold.projects.findIndex((p) => p.names[0] === r.project);
      wanted.set(`${gi}|${pj}`, r.role);
    }
  });
  const participations = zero();
  const hit = new Set<string>();
  for (const p of predicted.participations) {
    const gi = orgOf.get(p.organisation);
    const pj = projectOf.get(p.project);
    const key = `${gi}|${pj}`;
    const role = gi !== undefined && pj !== undefined ? wanted.get(key) : undefined;
    if (role === p.role && !hit.has(key)) {
      participations.tp += 1;
      hit.add(key);
    } else {
      participations.fp += 1;
      if (role) problems.wrongRole.push(`${gold.organisations[gi!]!.names[0]}: ${p.role} instead of ${role}`);
    }
  }
  participations.fn = wanted.size - hit.size;

  return {
    organisations,
    participations,
    countries,
    projects,
    duplicates,
    mentionedAsPartners,
    nothingRead: predicted.participations.length === 0,
    problems,
  };
}
