// Step 1, find projects: the names a page gives its projects, after a project word ("projektu „Olza”",
// "Projekt SME Go Global Networks (SMEGoNET)"), before one ("UnWaste projekta"), in a label ("Title of the
// project: …"), in its title line, and in its address as the last resort; and the project it is about.
import { findProgrammes } from '../../graph/programmes';
import { foldText, nameKey, slugify } from '../../graph/normalise';
import { findCountryWords, resolveCountry } from '../../graph/countries';
import type { ProjectRecord, ReviewNote } from '../types';
import { allSentences, type DocumentContext } from './context';
import { getLexicon } from '../languages/lexicon';
import { hasOrganisationWord, isAcronym, quotedAt, quotedToLineEnd } from './names';
import { isNameLike, readName } from './projectNames';
import { tokenize } from './words';

export interface ProjectMention {
  project: number;
  /** Offsets in the document. */
  start: number;
  end: number;
}

export interface FoundProjects {
  projects: ProjectRecord[];
  /** The project the page is about, or -1. */
  main: number;
  /** Every place a project is named, in document order. */
  mentions: ProjectMention[];
  notes: ReviewNote[];
}

/** Words that head a label whose value is a project's name: "Title of the project:", "Akronym projektu". */
const TITLE_WORDS =
  /^(?:acronym|akronym|acronim|acrónimo|acronimo|sigla|title|titel|titre|titolo|título|titlu|tytuł|název|nazev|názov|nazwa|naziv|naslov|name|denumire|pavadinimas|nosaukums|nimi|nimetus|cím|rövid cím|τίτλος|наименование|заглавие|име|short title|full title)$/iu;

/** Small words between a name and a later project word: "SLO-HR-RA was a project", "X je projekt". */
const COPULA_ARTICLE =
  'is|was|are|ist|war|est|était|è|era|es|fue|é|foi|je|jest|bil|bila|был|este|a fost|on|oli|är|var|er|a|an|the|un|une|una|uno|um|uma|een|egy|ein|eine|einen|der|die|das|de|het|o|to|την|το|ο|η|pilot|new|nový|nowy|novi|novo|nou|nuevo|nuovo|nouveau|neues|neuer|european|transnational|cross-border';

/** Small words allowed between a project word and the name: "projektu pn.", "progetto Europeo", "projet de". */
function skipToName(ctx: DocumentContext, text: string): number {
  const tokens = tokenize(text);
  let at = 0;
  let skipped = 0;
  let adjectives = 0;
  while (skipped < 4) {
    const rest = text.slice(at);
    const gap = /^[\s:–—-]*/.exec(rest)![0].length;
    const first = tokens.find((t) => t.start >= at + gap);
    if (!first || first.start !== at + gap) return at + gap;
    const named = ctx.lexicon.named.matchAt(tokens, tokens.indexOf(first), ctx.stem);
    const small =
      named ||
      /^(?:europe\w*|transnational\w*|transfrontali\w*|transgraniczn\w*|transgraniczn\w*|cross-border|international\w*|internacional\w*|nazionale|interreg|strategic\w*|new|nuevo|nuovo|nowy|nový|nov\w|pn|pt|mikroprojekt)$/iu.test(
        first.text,
      );
    // Adjectives in lower case before a name-like word: "progetto transalpino europeo AlpSatellites".
    const adjective =
      /^\p{Ll}+$/u.test(first.text) &&
      tokens
        .slice(tokens.indexOf(first) + 1, tokens.indexOf(first) + 4)
        .some((t) => /^\p{Lu}/u.test(t.text) && /\p{Ll}\p{Lu}|^\p{Lu}{3,}|\d/u.test(t.text));
    // Two adjectives at most ("progetto transalpino europeo X"); three words make a phrase ("projekta pirmā
    // tehniskā tikšanās ONLINE": the project's first technical meeting, online).
    if (!small && (!adjective || adjectives >= 2)) return at + gap;
    if (!small) adjectives += 1;
    const last = tokens[tokens.indexOf(first) + Math.max(named, 1) - 1]!;
    at = last.end;
    if (text[at] === '.') at += 1;
    skipped += 1;
  }
  return at;
}

/** A capitalised title of up to fourteen words, no punctuation inside, and an acronym in parentheses. */
const TITLE_WITH_ACRONYM =
  /^(\p{Lu}[^\s(),.;:]*(?:\s+[^\s(),.;:]+){1,13})\s*\(([\p{Lu}\p{N}][\p{L}\p{N}+&-]{1,15})\)/u;

const isAcronymLike = (text: string) => isAcronym(text) || (text.match(/\p{Lu}/gu) ?? []).length >= 3;

/**
 * "osalevad projektis Läti Kartulikasvatajate ja -töötlejate Ühing, Läti …": after a project word, an
 * organisation's name up to the comma (its last word an organisation noun, no verb on the way) opens the
 * list of those taking part in it.
 */
function opensPartnerList(ctx: DocumentContext, text: string): boolean {
  const upTo = text.split(/[,;.]\s/)[0]!;
  const tokens = tokenize(upTo);
  const last = tokens[tokens.length - 1];
  if (tokens.length < 2 || !last || !/^\p{Lu}\p{Ll}/u.test(last.text) || !hasOrganisationWord(ctx, last.text))
    return false;
  const { lexicon: lx } = ctx;
  return !tokens.some((_, i) =>
    [lx.by, lx.with, lx.participate, lx.copula].some((set) => set.matchAt(tokens, i, ctx.stem) > 0),
  );
}

/** A project name must be a name: not a programme, a country, a date, an organisation or a common word. */
function plausible(ctx: DocumentContext, name: string): boolean {
  const clean = name.trim();
  if (clean.length < 2 || clean.length > 200 || /^\d/.test(clean) || !/\p{L}{2}/u.test(clean)) return false;
  // "Hvem står bag projektet?": a question is a heading.
  if (/\?/.test(clean)) return false;
  if (
    resolveCountry(clean) ||
    clean.split(/[-–\s]+/).every((w) => resolveCountry(w) || findCountryWords(w).length)
  )
    return false;
  const programme = findProgrammes(clean)[0];
  if (programme && programme.matched.length >= clean.length * 0.6) return false;
  if (
    /^(?:interreg|erasmus\+?|horizon(?: 2020)?|life\+?|urbact|cosme|eu|europe|european|central europe|programme|program|partner\w*)$/iu.test(
      clean,
    )
  )
    return false;
  if (ctx.lexicon.partners.isWhole(clean, ctx.stem) || ctx.lexicon.lead.isWhole(clean, ctx.stem))
    return false;
  return true;
}

/**
 * A name read from capitals after a project word is a name, not a capitalised noun ("des Projektes war
 * Stärkung"): it has capitals inside (an acronym, CamelCase), a digit or sign, two capitalised words, an
 * acronym beside it, or it occurs again on the page or in its address.
 */
function nameLike(ctx: DocumentContext, name: string, acronym?: string): boolean {
  if (acronym || /[\p{N}+@]|\p{L}\p{Lu}/u.test(name)) return true;
  const words = tokenize(name);
  if (words.filter((w) => /^\p{Lu}/u.test(w.text)).length >= 2) return true;
  const again = ctx.doc.readable.split(name).length - 1 >= 2;
  return again || addressMatch(name, readAddress(ctx.doc.source)) > 0;
}

class ProjectBook {
  readonly projects: ProjectRecord[] = [];
  readonly mentions: ProjectMention[] = [];
  private readonly counts: Array<Map<string, number>> = [];

  constructor(private readonly ctx: DocumentContext) {}

  find(name: string): number {
    const key = localKey(name);
    if (!key) return -1;
    return this.projects.findIndex(
      (p) => p.names.some((n) => localKey(n) === key) || (!!p.acronym && localKey(p.acronym) === key),
    );
  }

  add(name: string, quote: string, at: { start: number; end: number }, acronym?: string): number {
    let index = this.find(name);
    if (index < 0 && acronym) index = this.find(acronym);
    if (index < 0) {
      index = this.projects.length;
      this.projects.push({ label: name, names: [], quotes: [] });
      this.counts.push(new Map());
    }
    const project = this.projects[index]!;
    for (const n of [name, ...(acronym ? [acronym] : [])])
      if (!project.names.includes(n)) project.names.push(n);
    if (acronym) project.acronym ??= acronym;
    if (!project.quotes.includes(quote)) project.quotes.push(quote);
    this.count(index, name);
    this.mention(index, at);
    return index;
  }

  /** Records where a project is named, unless another mention covers the place; true when recorded. */
  mention(project: number, at: { start: number; end: number }): boolean {
    if (this.mentions.some((m) => m.start < at.end && at.start < m.end)) return false;
    this.mentions.push({ project, ...at });
    return true;
  }

  count(index: number, name: string) {
    const counts = this.counts[index]!;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }

  total(index: number): number {
    return [...(this.counts[index]?.values() ?? [])].reduce((a, b) => a + b, 0);
  }

  /** A long form given with an acronym is the label, else the name written most often. */
  label(index: number): string {
    const p = this.projects[index]!;
    const counts = [...(this.counts[index] ?? new Map<string, number>())].sort(
      (a, b) => b[1] - a[1] || b[0].length - a[0].length,
    );
    const longForm = p.acronym
      ? p.names.find((n) => n !== p.acronym && n.split(' ').length > 1 && n.length <= 120)
      : undefined;
    return longForm ?? counts[0]?.[0] ?? p.label;
  }
}

/** Within one page a "+" may be dropped ("SMART" for "SMART+"); across pages it may not. */
export const localKey = (name: string) => nameKey(name).replace(/ plus$/, '');

/** "projekta Interreg Slovenija-Italija »Nano-regija …«": the programme before a quoted name, to skip. */
function programmeBeforeQuote(rest: string): number {
  const programme = findProgrammes(rest)[0];
  // A cross-border programme by its two countries: "Interreg V-A Slovenija-Hrvatska", "INTERREG Italia-Österreich".
  const crossBorder = /^Interreg\s+(?:[IVX]+\s*-?\s*A\s+)?\p{Lu}[\p{L}-]*\s*[-–]\s*\p{Lu}\p{L}*/iu.exec(rest);
  const matched = programme?.index === 0 ? programme.matched : crossBorder?.[0];
  if (!matched) return 0;
  const gap = /^\s*/.exec(rest.slice(matched.length))![0].length;
  return quotedAt(rest.slice(matched.length + gap)) ? matched.length + gap : 0;
}

/** "projekt X", "projektu „X“", "Project acronym: X", "X projekta". */
function projectWords(ctx: DocumentContext, book: ProjectBook) {
  for (const sentence of allSentences(ctx)) {
    const tokens = tokenize(sentence.text);
    tokens.forEach((word, i) => {
      if (!ctx.lexicon.project.test(word.folded) || ctx.lexicon.subproject.test(word.folded)) return;
      const after = sentence.text.slice(word.end);
      // A label: "Title of the project: …", "projektu – název: …".
      const label = /^\s*(?:[\p{L}.]+\s+){0,3}?[\p{L}.]*\s*:\s*(\S[^\n]*)$/u.exec(after);
      const labelWords = label ? after.slice(0, after.indexOf(':')).trim() : '';
      if (
        label &&
        (labelWords === '' || TITLE_WORDS.test(labelWords.replace(/^(?:of the|du|del|des)\s+/i, '')))
      ) {
        // "Projekt: X" opens its line; "Naslov projekta: X", "Title of the project: X" have a title word.
        const before = tokens.slice(Math.max(0, i - 3), i).map((t) => t.text);
        const titled = before.some((t) => TITLE_WORDS.test(t));
        if (labelWords === '' && !titled && i > 0) return;
        const value = label[1]!.trim().replace(/[.;]$/, '');
        const read = readName(value);
        const name = read && read.length >= value.length - 2 ? read.name : value;
        if (plausible(ctx, name) && name.length <= 250) {
          const start = sentence.start + word.end + after.indexOf(label[1]!);
          book.add(name, sentence.text, { start, end: start + name.length }, read?.acronym);
        }
        return;
      }
      // "socios del proyecto: ADRAL – …": after a project word, a colon opens a list, not a name.
      if (/^\s*:/.test(after)) return;
      // A project word that ends its line (a headline's "… projekta") names no project on the next.
      if (/^[^\S\n]*\n/.test(after) && !quotedAt(after.trimStart())) return;
      const space = /^\s*/.exec(after)![0].length;
      const programme = programmeBeforeQuote(after.slice(space));
      const skip = programme ? space + programme : skipToName(ctx, after);
      const rest = after.slice(skip);
      const start = sentence.start + word.end + skip;
      const quoted = quotedAt(rest) ?? quotedToLineEnd(rest);
      if (quoted) {
        const inner = quoted.inner.trim();
        // «SMARTinMED – Smart Interregional Cooperation …»: a name, then its long form.
        const dash = /^(\S{3,30})\s+[–—-]\s+(.{6,})$/u.exec(inner);
        if (dash && nameLike(ctx, dash[1]!)) {
          const index = book.add(dash[1]!, sentence.text, { start, end: start + quoted.length });
          for (const n of [inner, dash[2]!])
            if (!book.projects[index]!.names.includes(n)) book.projects[index]!.names.push(n);
          return;
        }
        if (plausible(ctx, inner)) {
          const acr = /^\s*\(([\p{L}\p{N}@+-]{2,16})\)/u.exec(rest.slice(quoted.length));
          book.add(
            inner,
            sentence.text,
            { start, end: start + quoted.length },
            acr && isAcronym(acr[1]!) ? acr[1] : undefined,
          );
        }
        return;
      }
      // "má projekt Život medzi riekami Hornád a Bodrog" at ".../projekt-zivot-medzi-riekami-hornad-a-b/": the
      // words the address repeats are the name, small ones included.
      // (A name that is a name already, "I-PRODER u Čakovcu", keeps to itself.)
      const read = readName(rest);
      const coined = !!read && /\p{Ll}\p{Lu}|\p{Lu}{2}|\p{N}|[+@]/u.test(read.name);
      const spelled = coined ? undefined : addressPhrase(ctx, rest);
      if (spelled && plausible(ctx, spelled)) {
        book.add(spelled, sentence.text, { start, end: start + spelled.length });
        return;
      }
      // "projekta Izazovi za sprječavanje … siromaštva (I-PRODER)": a title in sentence case, then its acronym.
      const titled = TITLE_WITH_ACRONYM.exec(rest);
      if (titled && isAcronymLike(titled[2]!) && plausible(ctx, titled[1]!)) {
        book.add(titled[1]!, sentence.text, { start, end: start + titled[0].length }, titled[2]);
        return;
      }
      // Right after the word, a capitalised word is the name ("project Alpha"); after words skipped, only a name-like one.
      if (
        read &&
        plausible(ctx, read.name) &&
        nameLike(ctx, read.name, read.acronym) &&
        !opensPartnerList(ctx, rest)
      ) {
        book.add(read.name, sentence.text, { start, end: start + read.length }, read.acronym);
        // "projekt AGRICOOP „Сътрудничество …“": a title in quotes right after the name is a long form.
        const tail = rest.slice(read.length).replace(/^\s*[–—-]?\s*/, '');
        const title = quotedAt(tail);
        if (title && title.inner.trim().length > read.name.length)
          book.add(title.inner.trim(), sentence.text, { start, end: start }, read.name);
        return;
      }
      // "UnWaste projekta", "the ClusterCOOP project", "SLO-HR-RA is a project": a name-like word before it.
      const head = sentence.text.slice(0, word.start);
      const before = new RegExp(
        `(?:^|\\s|[„“"«(])([\\p{L}\\p{N}@+&-]*[\\p{Lu}\\p{N}+@][\\p{L}\\p{N}@+&-]*)["”“»]?\\s+(?:(?:${COPULA_ARTICLE})\\s+){0,3}$`,
        'u',
      ).exec(head);
      const candidate = before?.[1];
      // "Prodehesa é um projecto": a name the sentence says is a project needs no capital inside.
      const gap = before ? before[0].slice(before[0].indexOf(candidate!) + candidate!.length) : '';
      const said = ctx.lexicon.copula.find(tokenize(gap), ctx.stem).length > 0;
      if (
        candidate &&
        /^\p{L}/u.test(candidate) &&
        (/[\p{Lu}\p{N}+@]/u.test(candidate.slice(1)) ||
          (said && /^\p{Lu}\p{Ll}{3,}$/u.test(candidate) && !resolveCountry(candidate) && i > 1)) &&
        plausible(ctx, candidate)
      ) {
        const start = sentence.start + head.lastIndexOf(candidate);
        book.add(candidate, sentence.text, { start, end: start + candidate.length });
      }
    });
  }
}

/**
 * A headline that names a project after a dash: "Нов проект по програма Еразъм+ – ETV 4 Innovation", a
 * project word and a programme before it.
 */
function dashTitles(ctx: DocumentContext, book: ProjectBook) {
  for (const sentence of allSentences(ctx)) {
    const tokens = tokenize(sentence.text);
    if (!tokens.some((t) => ctx.lexicon.project.test(t.folded))) continue;
    if (
      book.mentions.some((m) => m.start >= sentence.start && m.start < sentence.start + sentence.text.length)
    )
      continue;
    const tail = /\s[–—-]\s+([^–—-]+)$/u.exec(sentence.text);
    const name = tail?.[1]?.trim() ?? '';
    if (!tail || !isNameLike(name) || findProgrammes(name).length || !findProgrammes(sentence.text).length)
      continue;
    const start = sentence.start + tail.index + tail[0].length - tail[1]!.length;
    book.add(name, sentence.text, { start, end: start + name.length });
  }
}

/**
 * A list of projects, one a line, each opened by its acronym or its name in quotes: "- DILMA, relativo …",
 * "«Back to Nature» - viis loodushoiuga …".
 */
function projectLists(ctx: DocumentContext, book: ProjectBook) {
  const opener =
    /^(?:[-–—•·*]\s*([\p{Lu}][\p{Lu}\p{N}+&.-]{2,})(?:,|:|\s[–—-]\s)|[-–—•·*]?\s*[«„“”"]([^«»„“”"]{3,60})[»“”"]\s*[-–—:])/u;
  const lines = ctx.lines.filter((l) => opener.test(l.text));
  if (lines.length < 2) return;
  for (const line of lines) {
    const m = opener.exec(line.text)!;
    const name = (m[1] ?? m[2]!).trim();
    if (!plausible(ctx, name) || findProgrammes(name).length) continue;
    const start = line.start + line.text.indexOf(name);
    book.add(name, line.text, { start, end: start + name.length });
  }
}

/** "Clusters Cord – Clusters and Cooperation for Regional Development … – 2CE202P1": a code, a long name. */
function titleParts(ctx: DocumentContext, book: ProjectBook) {
  for (const line of ctx.lines) {
    const parts = line.text.split(/\s+[–—-]\s+/);
    if (parts.length < 2) continue;
    const first = book.find(parts[0]!.replace(/\s*\(.*\)$/, ''));
    if (first < 0) continue;
    const project = book.projects[first]!;
    for (const part of parts.slice(1)) {
      const value = part.trim();
      if (/^(?=.*\d)(?=.*[A-Z])[A-Z0-9/-]{5,}$/.test(value) && !project.code) {
        project.code = value;
        if (!project.quotes.includes(line.text)) project.quotes.push(line.text);
      } else if (value.split(' ').length >= 3 && isNameLike(value) && !project.names.includes(value)) {
        project.names.push(value);
        if (!project.quotes.includes(line.text)) project.quotes.push(line.text);
      }
    }
  }
}

/** The page's title and first lines: where a page names what it is about. */
function titleLines(ctx: DocumentContext): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  if (ctx.doc.title)
    out.push({ text: ctx.doc.title.value, start: ctx.doc.text.indexOf(ctx.doc.title.quote) });
  for (const line of ctx.lines) {
    if (out.length >= 3) break;
    // A title is no sentence (no full stop at its end, not two sentences) nor an entry of a list.
    if (
      line.text &&
      line.text.length <= 400 &&
      !/\.$|\.\s+\p{Lu}/u.test(line.text) &&
      !/^[-–—•·*]\s/u.test(line.text)
    )
      out.push({ text: line.text, start: line.start });
  }
  return out;
}

/**
 * The project a page's title names: a project already found in one of its first lines; else a first line
 * that is the article of its address ("Recreatie en ecotoerisme in de ZWINstreek (REECZ)" at
 * ".../recreatie-en-ecotoerisme-in-de-zwinstreek-reecz"); else a name-like line ("City Cooperation II",
 * "EuRegioNet: Internationalisierung …"). A headline in capitals is no name.
 */
function titleProject(ctx: DocumentContext, book: ProjectBook, address: Address | undefined): number {
  const lines = titleLines(ctx);
  for (const line of lines) {
    const named = book.mentions.find((m) => m.start >= line.start && m.start < line.start + line.text.length);
    if (named) return named.project;
  }
  for (const line of lines) {
    const m = /^(.*?)\s*(?:\(([^()]{2,150})\))?\s*$/u.exec(line.text.replace(/^[„“"«]|[”“"»]$/g, ''));
    const name = m?.[1]?.trim() ?? '';
    if (name.length < 3 || !/\p{Lu}/u.test(name) || !plausible(ctx, name)) continue;
    const inside = m?.[2];
    // A news headline is its article's address too; a name is short or comes with its acronym.
    if (tokenize(name).length > 8 && !inside) continue;
    if (addressMatch(`${name} ${inside ?? ''}`, address) === 2 || addressMatch(name, address) === 2) {
      const acronym = inside && /^[\p{Lu}\p{N}-]{2,12}$/u.test(inside) ? inside : undefined;
      const index = book.add(
        name,
        line.text,
        { start: line.start, end: line.start + line.text.length },
        acronym,
      );
      if (inside && !acronym && !book.projects[index]!.names.includes(inside))
        book.projects[index]!.names.push(inside);
      return index;
    }
  }
  for (const line of lines) {
    const text = line.text.replace(/^[„“"«]/, '');
    if (text === text.toUpperCase() && text.split(/\s+/).length >= 5) continue;
    // "Über das Projekt", "Die Projektpartner": a section's heading, not a name.
    const words = tokenize(text);
    if (
      words.some((w) => ctx.lexicon.project.test(w.folded)) ||
      ctx.lexicon.partners.find(words, ctx.stem).length
    )
      continue;
    // "EuRegioNet: Internationalisierung von Netzwerken & Clustern (NWC)": a name, then what it means.
    const split = /^([^:–—\s]{2,40})\s*(?::|\s[–—-])\s+(\S.{5,})$/u.exec(text);
    if (split && nameLike(ctx, split[1]!) && plausible(ctx, split[1]!)) {
      const index = book.add(split[1]!, line.text, { start: line.start, end: line.start + split[1]!.length });
      const long = split[2]!.replace(/\s*\([^()]*\)\s*$/, '').trim();
      if (long.split(' ').length >= 2 && !book.projects[index]!.names.includes(long))
        book.projects[index]!.names.push(long);
      return index;
    }
    const read = readName(text);
    if (
      !read ||
      read.name.length < text.length - 12 ||
      !plausible(ctx, read.name) ||
      !nameLike(ctx, read.name, read.acronym)
    )
      continue;
    if (book.projects.length && addressMatch(read.name, address) === 0) continue;
    // A partners' page opens with its first partner ("Metropolitan City of Milan").
    if (hasOrganisationWord(ctx, read.name) && addressMatch(read.name, address) === 0) continue;
    return book.add(read.name, line.text, { start: line.start, end: line.start + read.length }, read.acronym);
  }
  return -1;
}

/** What a page's address says: its last path segment (the article) and its site's name. */
export interface Address {
  /** The last meaningful path segment, as written ("city-cooperation-ii"). */
  article?: string;
  /** The site's own name: the domain without its suffix ("lifemetroadapt"). */
  site?: string;
  /** The whole address line of the page, for quotes. */
  quote: string;
}

// Navigation and "news"/"article" in the languages of the packs, with or without a number
// ("619655-clanok").
const SECTION_WORD =
  /^(?:index|home|[a-z]{2}|projects?|projekt\w*|progett\w*|projet\w*|proyect\w*|news|novice|aktualnosci|partners?|page|item|article|view|content|node|blog|category|tag|clanok|clanek|články|artikel|articolo|articulo|artigo|cikk|hirek|straipsnis|raksts|uudis|uutiset|nyheter|nyheder|nieuws|aktuality|aktuelles|wiadomosci|vijesti|noticias|notizie|actualites?|eidiseis|novini|archives?|archiv|arhiva?|arkiv|archivio|archivo|arquivo|archief|arkisto|posts?|stories|story|press|events?)$/i;
const SECTION = {
  test: (segment: string) => SECTION_WORD.test(segment.replace(/^\d+[-_]*|[-_]*\d+$/g, '') || 'index'),
};

/** A page of a site's section in any language: "partneri", "partenaires", "kontakt". */
function sectionWord(segment: string): boolean {
  const lx = getLexicon();
  const words = segment.replace(/[-_]+/g, ' ');
  return [lx.partners, lx.notPartners, lx.lead].some((set) => set.isWhole(words));
}

/** projects.readAddress: the article segment and site name of a page's address. */
export function readAddress(source: { value: string; quote: string } | undefined): Address | undefined {
  if (!source) return undefined;
  try {
    const url = new URL(source.value);
    const segments = decodeURIComponent(url.pathname)
      .split('/')
      .map((s) => s.replace(/\.(?:html?|php|aspx?)$/i, ''))
      .filter((s) => /\p{L}{3}/u.test(s) && !SECTION.test(s));
    const host = url.hostname.replace(/^www\./, '').split('.');
    const out: Address = { quote: source.quote };
    // ".../slovakian/partneri.html": the partners' page of a site has no article; the site is the project.
    const article = segments[segments.length - 1];
    if (article && !sectionWord(article)) out.article = article;
    // "climatepark.rec.org": a project's own subdomain names it before its host's name does.
    const site = host.slice(0, -1).find((label) => label.length >= 4 && !SECTION.test(label));
    if (site) out.site = site;
    return out;
  } catch {
    return undefined;
  }
}

const slugWords = (text: string) => slugify(text).split('-').filter(Boolean);

/** How well a name matches the page's address: 2 when it is the article or the site, 1 when inside one. */
function addressMatch(name: string, address: Address | undefined): number {
  if (!address) return 0;
  const words = slugWords(name).join(' ');
  if (words.length < 3) return 0;
  const article = address.article ? slugWords(address.article.replace(/^\d+[-_:]+/, '')).join(' ') : '';
  const site = address.site ? slugWords(address.site).join(' ') : '';
  if (words === article || words === site) return 2;
  return ` ${article} `.includes(` ${words} `) || ` ${site} `.includes(` ${words} `) ? 1 : 0;
}

/** projects.findProjects: the projects a page names and the one it is about. */
export function findProjects(ctx: DocumentContext): FoundProjects {
  const book = new ProjectBook(ctx);
  const notes: ReviewNote[] = [];
  projectWords(ctx, book);
  dashTitles(ctx, book);
  projectLists(ctx, book);

  // Known names wherever else they occur ("SMART+ to projekt …"), not only after a project word.
  for (const sentence of allSentences(ctx)) {
    book.projects.forEach((project, index) => {
      for (const name of project.names) {
        if (name.length < 3) continue;
        const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}+])`, 'gu');
        for (const m of sentence.text.matchAll(pattern)) {
          const at = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
          if (book.mention(index, at)) book.count(index, name);
        }
      }
    });
  }

  const address = readAddress(ctx.doc.source);
  let main = titleProject(ctx, book, address);
  if (main < 0) {
    const byAddress = book.projects.map((p) => Math.max(...p.names.map((n) => addressMatch(n, address))));
    const best = Math.max(0, ...byAddress);
    if (best > 0 && byAddress.filter((b) => b === best).length === 1) main = byAddress.indexOf(best);
  }
  if (main < 0) {
    const totals = book.projects.map((_, i) => book.total(i));
    const most = Math.max(0, ...totals);
    const leaders = totals.filter((t) => t === most).length;
    if (book.projects.length === 1 || (most >= 2 && leaders === 1)) main = totals.indexOf(most);
  }
  book.mentions.sort((a, b) => a.start - b.start);
  titleParts(ctx, book);
  book.projects.forEach((p, i) => (p.label = book.label(i)));
  return { projects: book.projects, main, mentions: book.mentions, notes };
}

/**
 * projects.projectFromTitle: when a page names no project but lists partners, its title line, if it is a
 * name: short, no sentence, no heading, no navigation ("Home > …"), no headline in capitals.
 */
export function projectFromTitle(ctx: DocumentContext): { name: string; quote: string } | undefined {
  // ".../en/partners/": the first line of a partners' page is its first partner.
  if (partnersPage(ctx)) return undefined;
  for (const line of titleLines(ctx)) {
    const text = line.text.replace(/\s*\([^()]*\)\s*$/, '').trim();
    const words = tokenize(text);
    if (
      words.length < 1 ||
      words.length > 12 ||
      />|»|\|/.test(line.text) ||
      !/^[\p{Lu}\p{N}„“"«]/u.test(text) ||
      // A label and its value ("Sufinanciranje: 540.699,80 EUR"), or a sentence that opens a list ("…:").
      /:$|^[^:]{2,40}:\s/u.test(text)
    )
      continue;
    if (text === text.toUpperCase() && words.length >= 4) continue;
    if (ctx.lexicon.partners.occursIn(text, ctx.stem) || ctx.lexicon.notPartners.occursIn(text, ctx.stem))
      continue;
    if (words.some((w) => ctx.lexicon.project.test(w.folded))) continue;
    if (!plausible(ctx, text) || (words.length === 1 && !nameLike(ctx, text))) continue;
    return { name: text, quote: line.text };
  }
  return undefined;
}

/**
 * projects.pageAsProject: the last resort for a page that lists partners but names no project in words,
 * title or address: the page itself, by its title or first line (short), else its address. Recorded as
 * inferred, for a person to rename; the partners are kept rather than dropped.
 */
export function pageAsProject(ctx: DocumentContext): { name: string; quote: string } | undefined {
  const first = titleLines(ctx)[0];
  const text = first?.text.replace(/\s+/g, ' ').trim();
  if (text && tokenize(text).length <= 15 && /\p{L}{3}/u.test(text)) {
    const line = ctx.lines.find((l) => l.text.includes(text));
    return { name: text, quote: line?.text ?? ctx.doc.title?.quote ?? text };
  }
  const address = readAddress(ctx.doc.source);
  if (!address) return undefined;
  const url = new URL(ctx.doc.source!.value);
  const name = `${url.host}${url.pathname.replace(/\/$/, '')}${url.search}`;
  return address.quote.includes(url.host) ? { name, quote: address.quote } : undefined;
}

/** projects.partnersPage: the page is a site's partners page ("./en/partners/", "./partneri.html"). */
export function partnersPage(ctx: DocumentContext): boolean {
  if (!ctx.doc.source) return false;
  try {
    const path = decodeURIComponent(new URL(ctx.doc.source.value).pathname);
    const last = path.split('/').filter(Boolean).pop() ?? '';
    return sectionWord(last.replace(/\.(?:html?|php|aspx?)$/i, ''));
  } catch {
    return false;
  }
}

/**
 * projects.projectFromAddress: when a page names no project but lists partners, the project its address
 * names, recorded as inferred with the address as its quote: the words before or after a project word in
 * the article ("styregruppen-for-green-economy-projektet" -> "green-economy"), a short article
 * (".../treasure/…" -> "treasure"), or the site's name ("lifemetroadapt.eu").
 */
export function projectFromAddress(ctx: DocumentContext): { name: string; quote: string } | undefined {
  const address = readAddress(ctx.doc.source);
  if (!address) return undefined;
  const segments = decodeURIComponent(new URL(ctx.doc.source!.value).pathname)
    .split('/')
    .map((s) => s.replace(/\.(?:html?|php|aspx?)$/i, ''))
    .filter((s) => /\p{L}{3}/u.test(s));
  for (const segment of [...segments].reverse()) {
    const words = segment.split(/[-_]/);
    const at = words.findIndex((w) => ctx.lexicon.project.test(foldText(w)));
    if (at < 0) {
      // ".../europa-projekte/cord-at-cz": a page below a section of projects is the project.
      if (SECTION.test(segment) || sectionWord(segment)) continue;
      break;
    }
    const before = words.slice(0, at);
    const cut = before
      .map((w) => ctx.lexicon.stopwords.has(foldText(w)) || ctx.lexicon.from.isWhole(w))
      .lastIndexOf(true);
    const slug = at > 0 ? before.slice(cut + 1) : words.slice(1);
    const written = slugInText(ctx, slug);
    if (written) return { name: written, quote: address.quote };
    const name = (at > 0 ? slug : slug.slice(0, 3)).join('-');
    if (name.length >= 3 && address.quote.includes(name)) return { name, quote: address.quote };
  }
  const article = address.article?.replace(/^\d+[-_:]+/, '');
  if (article && article.split(/[-_]/).length <= 3 && address.quote.includes(article))
    return { name: article, quote: address.quote };
  // A site's name names the project on the project's own site, not on a portal's article about it
  // ("kaleva.fi/suomen-ruotsin-ja-norjan-valisia-liikennejarjestel/5644414").
  const articleWords = article?.split(/[-_]/).length ?? 0;
  if (address.site && !/\d/.test(address.site) && address.quote.includes(address.site) && articleWords < 4)
    return { name: address.site, quote: address.quote };
  return undefined;
}

/**
 * The capitalised words at the start of a text that the page's address spells out, three or more, or up to
 * the address's end (which may cut the last word short).
 */
function addressPhrase(ctx: DocumentContext, text: string): string | undefined {
  const address = readAddress(ctx.doc.source);
  const article = address?.article ? slugWords(address.article) : [];
  const tokens = tokenize(text).slice(0, 14);
  if (!tokens[0] || tokens[0].start !== 0 || !/^\p{Lu}/u.test(tokens[0].text)) return undefined;
  const first = slugify(tokens[0].text);
  const i = article.indexOf(first);
  if (i < 0) return undefined;
  let k = 1;
  while (k < tokens.length && i + k < article.length) {
    const have = slugify(tokens[k]!.text);
    const want = article[i + k]!;
    const last = i + k === article.length - 1;
    if (have !== want && !(last && want.length >= 1 && have.startsWith(want))) break;
    k += 1;
  }
  if (k < 2 || (k < 3 && i + k < article.length)) return undefined;
  return text.slice(0, tokens[k - 1]!.end);
}

/**
 * The words of an address as the page writes them: "zivot-medzi-riekami-hornad-a-b" -> "Život medzi riekami
 * Hornád a Bodrog" (an address may cut its last word short), from a sentence of the page.
 */
function slugInText(ctx: DocumentContext, slug: string[]): string | undefined {
  const want = slug.map((w) => slugify(w)).filter(Boolean);
  if (want.length < 2) return undefined;
  for (const sentence of allSentences(ctx)) {
    const tokens = tokenize(sentence.text);
    for (let i = 0; i + want.length <= tokens.length; i += 1) {
      const fits = want.every((w, k) => {
        const have = slugify(tokens[i + k]!.text);
        return k === want.length - 1 ? have.startsWith(w) : have === w;
      });
      if (fits && /^\p{Lu}/u.test(tokens[i]!.text))
        return sentence.text.slice(tokens[i]!.start, tokens[i + want.length - 1]!.end);
    }
  }
  return undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
