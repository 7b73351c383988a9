// What the Cross-project partners panel lists: repeat partners, brokers, shared places, likely duplicates.
import type { Role } from '../types';

export interface Membership {
  project: string;
  projectLabel: string;
  role: Role;
}

/** An organisation in two or more projects. */
export interface RepeatPartner {
  organisation: string;
  label: string;
  country?: string;
  memberships: Membership[];
}

/** An organisation whose removal splits the co-partner network, or one with top betweenness. */
export interface Broker {
  organisation: string;
  label: string;
  /** True when removing it disconnects the co-partner network (an articulation point). */
  articulation: boolean;
  /** How many more pieces the network falls into without it (0 when not an articulation point). */
  splitsInto: number;
  /** Normalised betweenness in the co-partner network. */
  betweenness: number;
  /** 1-based rank by betweenness. */
  rank: number;
}

export type PlaceKind = 'country' | 'region' | 'city';

/** A country, region or city that appears in several consortia. */
export interface SharedPlace {
  kind: PlaceKind;
  /** Country code, or the region or city name as written. */
  name: string;
  /** Country of a region or city, when known. */
  country?: string;
  /** ISO 3166-2 code of a region, when the organisations carry one (`regionCode`). */
  code?: string;
  projects: string[];
  organisations: string[];
  /** True when different organisations bring it into different projects (the link worth seeing). */
  throughDifferentOrganisations: boolean;
  /** Which organisation brings the place into which project. */
  evidence: { organisation: string; project: string }[];
}

/** Two organisations that may be one written two ways: for a person to confirm, never merged. */
export interface LikelyDuplicate {
  a: string;
  b: string;
  labelA: string;
  labelB: string;
  /** The two closest names, normalised (lower case, no diacritics, no punctuation). */
  normalisedA: string;
  normalisedB: string;
  sharedTokens: string[];
  /** 0..1: the larger of token overlap and character-bigram similarity of the closest names. */
  score: number;
  sameCountry: boolean | null;
}
