// A language pack: every word of one language the pipeline reads project pages with, in one place.
// Lists are written as the language writes them (diacritics, inflected forms); the pipeline folds them.

export interface LanguagePack {
  /** ISO 639-1 code. */
  code: string;
  /** The language's name in English and in itself, as a page's `language:` header may give it. */
  names: string[];
  /** Words for partners and the consortium, as a list heading or in prose ("Partnerji", "consortium"). */
  partners: string[];
  /** The lead partner, any case form ("vodilni partner", "Partnerem Wiodącym", "coordinator"). */
  lead: string[];
  /** Associated, strategic and supporting partners: in the consortium, not full partners. */
  associated: string[];
  /** Headings of lists that are not partners: observers, funders, hosts, related projects, contact. */
  notPartners: string[];
  /**
   * Nouns that make a name an organisation's ("agencija", "Kommune", "centre", "Περιφέρεια"), in their
   * common forms; a list or a sentence names partners by names that carry one (or an acronym).
   */
  organisations: string[];
  /**
   * Country adjectives whose stem differs from the country's name in this language ("Ελληνική" for
   * Greece, "magyar" for Hungary), by ISO code; the name's own forms are matched by stem.
   */
  countryWords: Record<string, string[]>;
  /** The one country whose language this is, when there is one: an organisation named with this
   * language's organisation nouns ("Községi Önkormányzat") is of this country unless the page says else. */
  country?: string;
  /** Letters only this language writes: a name with them is of `country` ("Ząbkowicki"). */
  letters?: string;
  /** Titles before a person's name ("Mr", "Herr", "Ing.", "g."): a person, not an organisation, follows. */
  honorifics: string[];
  /** "and" and its variants, to split a list of names. */
  and: string[];
  /** Articles that may open a sentence's subject ("the", "die", "la"), never a listed name. */
  articles: string[];
  /** Prepositions before a place or a country ("from", "aus", "din", "z"). */
  from: string[];
  /** "with", "together with", "in cooperation with": the partners named after it in prose. */
  with: string[];
  /** "with" words that follow the names they govern (postpositions: "X-szel együttműködésben", "X:n kanssa"). */
  withAfter?: string[];
  /** "led by" words that follow the name of the lead ("X:n vetämässä hankkeessa", "X vezetésével"). */
  leadAfter?: string[];
  /** "led by", "coordinated by", "implemented by": the organisation after it takes part. */
  by: string[];
  /** Words that say the organisations named with them take part: "participate", "partecipano", "osalevad". */
  participate: string[];
  /** Words before a quoted or capitalised title that name it: "named", "pn.", "pod názvem", "intitulé". */
  named: string[];
  /** Verbs that join a subject to a role ("is", "jest", "je"). */
  copula: string[];
  /** Stems of the word "project" (matched at a word's start): "projekt", "proiect". */
  project: string[];
  /** Stems of "subproject". */
  subproject: string[];
  /** "within", "in the framework of": the project before it is part of the one after. */
  within: string[];
  /** Words that make a date range a project period ("duration", "Laufzeit"). */
  period: string[];
  /** Words that announce a budget. */
  budget: string[];
  /** Labels before a number of partners ("number of partners"). */
  partnerCount: string[];
  /** Labels of a project status ("status", "stav"). */
  status: string[];
  statusValues: { completed: string[]; ongoing: string[]; planned: string[] };
  /** Month names, January first: each entry the forms of one month, space-separated. */
  months: string[];
  /** Number words from two to twelve, each entry the forms of one number, space-separated. */
  numbers: string[];
  /** "administered by", "represented by": the body named after it is not the partner. */
  administeredBy: string[];
  /** Bodies that fund or host but are never consortium partners ("European Commission", "Ministry of"). */
  institutions: string[];
  /** The language's most common short words, to tell a page's language when no header says it. */
  stopwords: string[];
  /** A light stemmer for inflected forms; the identity when the language has none. */
  stem: (word: string) => string;
}
