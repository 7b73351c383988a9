// Builds the Consortia graph from the rows of a partner table (one row per participation), one row at a
// time so large files stream, and records every row or value it leaves out with its row and column.
import { DirectedGraph } from 'graphology';
import type {
  ConsortiaGraph,
  CountryAttributes,
  EdgeAttributes,
  GraphAttributes,
  NodeAttributes,
  OrganisationAttributes,
  ProjectAttributes,
  Role,
  Source,
} from '../../graph/types';
import type { ReadResult, SkippedItem } from '../types';
import {
  PARTNER_FIELDS,
  guessMapping,
  missingRequired,
  type ColumnMapping,
  type PartnerField,
} from './columns';
import type { AliasBook } from '../../graph/aliases';
import { OrganisationNames, countryLabel, resolveCountry, resolveProgramme, slug } from './resolve';
import { TABLE_QUOTES_PER_DOCUMENT, addQuote, rowQuote } from './provenance';
import { parseAmount, parseDate, parseRole } from './values';

/** At most this many skipped items are listed one by one; the rest are counted. */
export const MAX_LISTED_SKIPS = 500;

interface Participation {
  row: number;
  role: Role;
  /** A hash of the row's cells: tells a repeated row from another row about the same participation. */
  cells: number;
}

/** FNV-1a over the trimmed cells; a hash rather than the text keeps big tables small in memory. */
function rowHash(cells: string[]): number {
  let h = 0x811c9dc5;
  for (const cell of cells) {
    const text = cell.trim();
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x1f, 0x01000193);
  }
  return h >>> 0;
}

export class PartnerTableBuilder {
  readonly file: string;
  private mapping: ColumnMapping | undefined;
  private columns: Partial<Record<PartnerField, number>> = {};
  private headers: string[] | undefined;
  private fatal: string[] = [];
  private nodes = new Map<string, NodeAttributes>();
  private edges = new Map<string, { source: string; target: string; attributes: EdgeAttributes }>();
  private participations = new Map<string, Participation>();
  private leads = new Map<string, { row: number; org: string }>();
  private orgCountry = new Map<string, string | undefined>();
  private skipped: SkippedItem[] = [];
  private skippedCount = 0;
  private notes: string[] = [];
  rowsRead = 0;
  /** Empty rows are reported once a later row shows they were not just the end of the file. */
  private pendingEmpty: number[] = [];
  private rowsUsed = 0;
  private rowsSkipped = 0;
  private delimiter = ',';

  private names: OrganisationNames;
  /** Tables repeat the same countries, roles, names and projects on many rows: resolve each text once. */
  private countryCache = new Map<string, string | undefined>();
  private roleCache = new Map<string, Role | undefined>();
  private keyCache = new Map<string, string>();

  constructor(file: string, mapping?: ColumnMapping, aliases?: AliasBook) {
    this.file = file;
    this.mapping = mapping;
    this.names = new OrganisationNames(aliases);
  }

  setDelimiter(delimiter: string): void {
    this.delimiter = delimiter;
  }

  /** The header row: maps the columns, or records why the table cannot be read. False: stop. */
  header(cells: string[]): boolean {
    this.headers = cells.map((c, i) => (i === 0 ? c.replace(/^\uFEFF/, '') : c).trim());
    const mapping = this.mapping ?? guessMapping(this.headers);
    this.mapping = mapping;
    for (const field of PARTNER_FIELDS) {
      const header = mapping[field];
      if (!header) continue;
      const index = this.headers.indexOf(header);
      if (index < 0)
        this.fatal.push(`${this.file}: row 1: column "${header}" (for ${field}) is not in the header`);
      else this.columns[field] = index;
    }
    const missing = missingRequired(mapping);
    if (missing.length)
      this.fatal.push(
        `${this.file}: row 1: missing required column ${missing.map((m) => `"${m}"`).join(' and ')} (the header has: ${this.headers.map((h) => `"${h}"`).join(', ') || 'nothing'})`,
      );
    return this.fatal.length === 0;
  }

  get mappingUsed(): ColumnMapping {
    return { ...this.mapping };
  }

  /** Something wrong with the file as a whole (unreadable, binary): nothing will be loaded. */
  fail(message: string): void {
    this.fatal.push(`${this.file}: ${message}`);
  }

  private skip(row: number, reason: string, field?: PartnerField, wholeRow = true): void {
    if (wholeRow) this.rowsSkipped++;
    this.skippedCount++;
    if (this.skipped.length < MAX_LISTED_SKIPS) {
      const column = field !== undefined ? this.headers?.[this.columns[field] ?? -1] : undefined;
      this.skipped.push({ file: this.file, row, ...(column ? { column } : {}), reason });
    }
  }

  private cell(cells: string[], field: PartnerField): string {
    const index = this.columns[field];
    return index === undefined ? '' : (cells[index] ?? '').trim();
  }

  private addSource(attributes: NodeAttributes, source: Source): void {
    addQuote(attributes.sources, source, TABLE_QUOTES_PER_DOCUMENT[attributes.type]);
  }

  private addName(attributes: { names: string[] }, name: string): void {
    if (name && !attributes.names.includes(name)) attributes.names.push(name);
  }

  /** One data row; `row` is its number in the file (the header is row 1). */
  row(cells: string[], row: number): void {
    if (cells.every((c) => c.trim() === '')) {
      this.pendingEmpty.push(row);
      return;
    }
    for (const empty of this.pendingEmpty) {
      this.rowsRead++;
      this.skip(empty, 'empty row');
    }
    this.pendingEmpty = [];
    this.rowsRead++;
    const width = this.headers?.length ?? 0;
    if (cells.length > width && cells.slice(width).some((c) => c.trim() !== ''))
      return this.skip(
        row,
        `row skipped: it has ${cells.length} cells but the header has ${width} (an unquoted delimiter in a name?)`,
      );

    const name = this.cell(cells, 'organisation');
    if (!name) return this.skip(row, 'row skipped: no partner name', 'organisation');
    const projectName = this.cell(cells, 'project');
    const acronym = this.cell(cells, 'acronym');
    if (!projectName && !acronym)
      return this.skip(
        row,
        'row skipped: no project name or acronym',
        this.columns.project !== undefined ? 'project' : 'acronym',
      );

    const source: Source = { doc: this.file, quote: rowQuote(row, cells, this.delimiter) };

    const countryText = this.cell(cells, 'country');
    const country = countryText ? this.country(countryText) : this.names.country(name);
    if (countryText && !country)
      this.skip(
        row,
        `unknown country "${countryText}": the partner is kept without a country`,
        'country',
        false,
      );

    const roleText = this.cell(cells, 'role');
    const parsedRole = roleText ? this.role(roleText) : undefined;
    let role: Role = parsedRole ?? 'partner';
    if (roleText && !parsedRole) this.skip(row, `unknown role "${roleText}": read as partner`, 'role', false);

    const projectKey = this.cached(
      `p\u0000${acronym || projectName}`,
      () => `project:${slug(acronym || projectName)}`,
    );
    const orgKey = this.organisationKey(name, country);

    const pair = `${orgKey}\u0000${projectKey}`;
    const earlier = this.participations.get(pair);
    const joined = rowHash(cells);
    if (earlier) {
      if (earlier.cells === joined) return this.skip(row, `row skipped: duplicate of row ${earlier.row}`);
      if (earlier.role !== role)
        return this.skip(
          row,
          `row skipped: inconsistent roles: "${name}" in ${acronym || projectName} is ${role} here but ${earlier.role} in row ${earlier.row}; row ${earlier.row} is kept`,
          'role',
        );
      return this.skip(
        row,
        `row skipped: "${name}" is already a partner of ${acronym || projectName} (row ${earlier.row})`,
      );
    }
    if (role === 'lead') {
      const lead = this.leads.get(projectKey);
      if (lead) {
        this.skip(
          row,
          `inconsistent roles: a second lead partner of ${acronym || projectName} (row ${lead.row} is the lead): read as partner`,
          'role',
          false,
        );
        role = 'partner';
      } else this.leads.set(projectKey, { row, org: orgKey });
    }
    this.participations.set(pair, { row, role, cells: joined });
    this.rowsUsed++;

    this.addProject(projectKey, projectName, acronym, cells, row, source);
    this.addOrganisation(orgKey, name, country, cells, source);
    this.addEdge(orgKey, projectKey, { type: 'participates_in', role, sources: [source] });
    if (country) {
      this.addCountry(country, countryText, source);
      this.addEdge(orgKey, `country:${country}`, { type: 'located_in', sources: [source] });
    }
  }

  private role(text: string): Role | undefined {
    if (!this.roleCache.has(text)) this.roleCache.set(text, parseRole(text));
    return this.roleCache.get(text);
  }

  private country(text: string): string | undefined {
    if (!this.countryCache.has(text)) this.countryCache.set(text, resolveCountry(text));
    return this.countryCache.get(text);
  }

  private cached(id: string, make: () => string): string {
    let value = this.keyCache.get(id);
    if (value === undefined) {
      value = make();
      if (this.keyCache.size < 1_000_000) this.keyCache.set(id, value);
    }
    return value;
  }

  private organisationKey(name: string, country: string | undefined): string {
    const base = this.cached(`o\u0000${name}`, () => this.names.key(name));
    if (!this.orgCountry.has(base)) {
      this.orgCountry.set(base, country);
      return base;
    }
    const known = this.orgCountry.get(base);
    if (!country || !known || known === country) {
      if (!known && country) this.orgCountry.set(base, country);
      return base;
    }
    // The same name in another country is another body (a ministry, a chamber …).
    return `${base}-${country.toLowerCase()}`;
  }

  private addProject(
    key: string,
    projectName: string,
    acronym: string,
    cells: string[],
    row: number,
    source: Source,
  ): void {
    let project = this.nodes.get(key) as ProjectAttributes | undefined;
    if (!project) {
      project = { type: 'project', label: projectName || acronym, names: [], sources: [] };
      if (acronym) project.acronym = acronym;
      this.nodes.set(key, project);
    }
    if (projectName && project.label === acronym) project.label = projectName;
    this.addName(project, projectName);
    this.addName(project, acronym);
    this.addSource(project, source);
    const label = acronym || projectName;
    for (const field of ['start', 'end'] as const) {
      const text = this.cell(cells, field);
      if (!text) continue;
      const date = parseDate(text);
      if (!date) this.skip(row, `not a date "${text}": ${field} of ${label} left out`, field, false);
      else if (!project[field]) project[field] = date;
      else if (project[field] !== date)
        this.skip(
          row,
          `${field} of ${label} is ${date} here but ${project[field]} in an earlier row; the earlier is kept`,
          field,
          false,
        );
    }
    const budgetText = this.cell(cells, 'budget');
    if (budgetText) {
      const budget = parseAmount(budgetText);
      if (budget === undefined)
        this.skip(row, `not an amount "${budgetText}": budget of ${label} left out`, 'budget', false);
      else if (project.budgetEur === undefined) project.budgetEur = budget;
    }
    const programmeName = this.cell(cells, 'programme');
    if (programmeName) {
      const programmeKey = this.cached(`g\u0000${programmeName}`, () => resolveProgramme(programmeName).key);
      const programmeLabel = this.cached(
        `G\u0000${programmeName}`,
        () => resolveProgramme(programmeName).label,
      );
      if (!project.programme) project.programme = programmeKey;
      else if (project.programme !== programmeKey)
        this.skip(
          row,
          `programme of ${label} is "${programmeName}" here but differs in an earlier row; the earlier is kept`,
          'programme',
          false,
        );
      let programme = this.nodes.get(programmeKey);
      if (!programme) {
        programme = { type: 'programme', label: programmeLabel, names: [], sources: [] };
        this.nodes.set(programmeKey, programme);
      }
      this.addName(programme as { names: string[] }, programmeName);
      this.addSource(programme, source);
      if (project.programme === programmeKey)
        this.addEdge(key, programmeKey, { type: 'funded_by', sources: [source] });
    }
  }

  private addOrganisation(
    key: string,
    name: string,
    country: string | undefined,
    cells: string[],
    source: Source,
  ): void {
    let org = this.nodes.get(key) as OrganisationAttributes | undefined;
    if (!org) {
      org = { type: 'organisation', label: name, names: [], sources: [] };
      this.nodes.set(key, org);
    }
    if (name.length > org.label.length) org.label = name;
    this.addName(org, name);
    if (country && !org.country) org.country = country;
    const city = this.cell(cells, 'city');
    if (city && !org.city) org.city = city;
    const region = this.cell(cells, 'region');
    if (region && !org.region) org.region = region;
    this.addSource(org, source);
  }

  private addCountry(code: string, written: string, source: Source): void {
    const key = `country:${code}`;
    let country = this.nodes.get(key) as CountryAttributes | undefined;
    if (!country) {
      country = { type: 'country', code, label: countryLabel(code), names: [], sources: [] };
      this.nodes.set(key, country);
    }
    this.addName(country, written);
    this.addSource(country, source);
  }

  private addEdge(source: string, target: string, attributes: EdgeAttributes): void {
    const key = `${attributes.type}:${source}->${target}`;
    const edge = this.edges.get(key);
    if (edge) {
      const cap = TABLE_QUOTES_PER_DOCUMENT[attributes.type];
      for (const quote of attributes.sources) addQuote(edge.attributes.sources, quote, cap);
    } else this.edges.set(key, { source, target, attributes });
  }

  /** The graph and its report, or the reasons nothing can be loaded. */
  finish(): ReadResult {
    if (!this.headers && !this.fatal.length)
      this.fatal.push(`${this.file}: the file is empty (no header row)`);
    if (this.fatal.length) return { ok: false, errors: this.fatal.slice(0, 10) };
    if (this.rowsUsed === 0) {
      const reasons = this.skipped
        .slice(0, 5)
        .map((s) => `${s.file}: row ${s.row}${s.column ? `, column "${s.column}"` : ''}: ${s.reason}`);
      return { ok: false, errors: [`${this.file}: no usable rows (${this.rowsRead} read)`, ...reasons] };
    }
    const graph: ConsortiaGraph = new DirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
    graph.setAttribute('name', this.file);
    for (const [key, attributes] of this.nodes) graph.addNode(key, attributes);
    for (const [key, edge] of this.edges)
      graph.addDirectedEdgeWithKey(key, edge.source, edge.target, edge.attributes);
    if (this.skippedCount > this.skipped.length)
      this.notes.push(
        `${this.file}: ${this.skippedCount - this.skipped.length} more skipped items are not listed`,
      );
    // Built from checked cells by typed code, so it is in the contract (a test runs parseGraph on it);
    // not checking it again keeps large tables fast.
    return {
      ok: true,
      conforms: true,
      graph,
      report: {
        file: this.file,
        format: 'csv',
        read: this.rowsRead,
        used: this.rowsUsed,
        nodes: graph.order,
        edges: graph.size,
        skipped: this.skipped,
        notes: [
          `${this.file}: ${this.rowsRead} rows read, ${this.rowsUsed} used, ${this.rowsSkipped} skipped`,
          ...this.notes,
        ],
        mapping: this.mappingUsed,
      },
    };
  }
}
