// The extractor on small pages written for these tests: other languages, other list layouts.
import { describe, expect, it } from 'vitest';
import { EMPTY_ALIASES } from '../../src/graph/aliases';
import { buildGraph } from '../../src/pipeline/build';
import { extractDocument } from '../../src/pipeline/extract';
import { decodeDocument } from '../../src/pipeline/read';
import type { DocumentExtraction } from '../../src/pipeline/types';

function extract(name: string, text: string): DocumentExtraction {
  return extractDocument(decodeDocument(name, new TextEncoder().encode(text)));
}

/** "name|role|country" for every participation, in page order. */
function partners(e: DocumentExtraction): string[] {
  return e.participations.map(
    (p) => `${p.organisation.name}|${p.role}|${p.organisation.country?.code ?? '-'}`,
  );
}

const FRENCH = [
  '<html><body><h1>Projet EcoVal</h1>',
  '<p>Chef de file : Région Auvergne-Rhône-Alpes (France)</p>',
  '<p>Partenaires : Ville de Lyon (FR) ; Université de Genève (Suisse) ; Agenzia Sviluppo Torino (italienne)</p>',
  '<p>Durée du projet : janvier 2018 – décembre 2020</p>',
  '</body></html>',
].join('\n');

describe('extractDocument', () => {
  it('extracts nothing from a page that names no project, and says so', () => {
    const e = extract('news.txt', 'Home\nNews\nOur team visited a fair in Vienna on 3 May 2019.\n');
    expect(e.projects).toEqual([]);
    expect(e.participations).toEqual([]);
    expect(e.notes.map((n) => n.text)).toContain('no project named in this document; nothing extracted');
  });

  it('gives a partner list to the project named first when the page names two and none is its own, and says so', () => {
    const e = extract(
      'two.txt',
      'News\n\nWe joined project AlphaNet. We also joined project BetaLink.\n\nPartners:\n- Agency North, PL\n',
    );
    expect(e.mainProject).toBeUndefined();
    expect(partners(e)).toEqual(['Agency North|partner|PL']);
    expect(e.participations[0]?.project).toBe(0);
    expect(e.notes.map((n) => n.text)).toContain(
      'the page names 2 projects and says of none that it is the page\'s; its partners are given to "AlphaNet", the one named most (first)',
    );
  });

  it('does not take an address or a sentence under a partner heading for a partner', () => {
    const e = extract(
      'tail.txt',
      'Project GreenWay\n\nPartners:\n- Agency North, PL\nMore information: www.greenway.eu\nwrite to info@greenway.eu\nthe partners will meet again in spring next year\n',
    );
    expect(partners(e)).toEqual(['Agency North|partner|PL']);
  });

  it('reads a German page: dash list, "federführend", plate code and German country names', () => {
    const e = extract(
      'de.txt',
      [
        'GreenPort',
        '',
        'Das Projekt GreenPort wird im Rahmen von Interreg Danube gefördert.',
        'Laufzeit: 1. März 2016 – 28. Februar 2019',
        'Gesamtbudget: 2.450.000,00 EUR',
        '',
        'Partner:',
        '- Hafen Wien GmbH, A – federführend',
        '- Bayernhafen GmbH (Deutschland)',
        '- Hafenbehörde Constanța (Rumänien)',
        '',
      ].join('\n'),
    );
    expect(e.projects[0]).toMatchObject({
      label: 'GreenPort',
      start: '2016-03-01',
      end: '2019-02-28',
      budgetEur: 2450000,
    });
    expect(partners(e)).toEqual([
      'Hafen Wien GmbH|lead|AT',
      'Bayernhafen GmbH|partner|DE',
      'Hafenbehörde Constanța|partner|RO',
    ]);
    expect(e.fundings.map((f) => f.programme)).toEqual(['interreg-danube']);
  });

  it('reads a German lead stated in a sentence: "… ist federführend"', () => {
    const e = extract(
      'de2.txt',
      'Projekt CityLab\n\nDie Wirtschaftsförderung Region Stuttgart ist federführend.\n',
    );
    expect(partners(e)).toEqual(['Wirtschaftsförderung Region Stuttgart|lead|DE']);
  });

  it('reads an Italian page: inline "Capofila:" and a numbered partner list with ISO codes', () => {
    const e = extract(
      'it.txt',
      [
        'Progetto ALPINNO',
        '',
        'Capofila: Comune di Torino (Italia)',
        'Partner:',
        '1. Regione Piemonte (IT)',
        '2. Land Tirol (AT)',
        '3) Canton Ticino (Svizzera)',
        '',
      ].join('\n'),
    );
    expect(partners(e)).toEqual([
      'Comune di Torino|lead|IT',
      'Regione Piemonte|partner|IT',
      'Land Tirol|partner|AT',
      'Canton Ticino|partner|CH',
    ]);
  });

  it('reads a French page: "Chef de file :" and a semicolon list with a country adjective', () => {
    const e = extract('fr.html', FRENCH);
    expect(partners(e)).toEqual([
      'Région Auvergne-Rhône-Alpes|lead|FR',
      'Ville de Lyon|partner|FR',
      'Université de Genève|partner|CH',
      'Agenzia Sviluppo Torino|partner|IT',
    ]);
    expect(e.projects[0]).toMatchObject({ label: 'EcoVal', start: '2018-01', end: '2020-12' });
    // Quotes of an HTML page are exact text of the file, markup and all.
    for (const p of e.participations) expect(FRENCH.includes(p.quote), p.quote).toBe(true);
  });

  it('reads countries given as headings above groups of partners', () => {
    const e = extract(
      'grouped.md',
      [
        '# Project DanubeSkills',
        '',
        'Project partners:',
        'Slovenia:',
        '* Občina Ljubljana',
        '* Univerza v Mariboru',
        'Austria',
        '* Stadt Graz',
        '',
      ].join('\n'),
    );
    expect(partners(e)).toEqual([
      'Občina Ljubljana|partner|SI',
      'Univerza v Mariboru|partner|SI',
      'Stadt Graz|partner|AT',
    ]);
  });

  it('reads Markdown headings and bold labels', () => {
    const e = extract(
      'md.md',
      [
        '# Project NordLink',
        '',
        '**Lead partner:** Region Skåne (Sweden)',
        '',
        '## Partners',
        '',
        '- Aalborg Kommune (Danish)',
        '- Turun yliopisto (FI)',
        '',
      ].join('\n'),
    );
    expect(partners(e)).toEqual([
      'Region Skåne|lead|SE',
      'Aalborg Kommune|partner|DK',
      'Turun yliopisto|partner|FI',
    ]);
  });

  it('lists organisations the page only mentions, for the review, but makes them no partners', () => {
    const e = extract(
      'visit.txt',
      'Project GreenWay\n\nPartners:\n- Agency North, PL\n\nThe team was visited by cluster FEMAC and the Chamber of Commerce Vienna.\n',
    );
    expect(partners(e)).toEqual(['Agency North|partner|PL']);
    const skipped = e.notes.filter((n) => n.kind === 'skipped').map((n) => n.text);
    expect(skipped).toContain('organisation mentioned but not stated as a partner: cluster FEMAC');
    expect(skipped).toContain(
      'organisation mentioned but not stated as a partner: Chamber of Commerce Vienna',
    );
  });

  it('reads licence-plate codes after a comma and keeps associated partners apart from partners', () => {
    const e = extract(
      'plates.txt',
      [
        'Project ADRIA-LINK',
        '',
        'Lead partner: Grad Rijeka, HR',
        'Partners: Stadt Graz, A; Comune di Udine, I; Mestna občina Koper, SLO',
        'Associated partners:',
        '- Ministry of Transport, HR',
        '',
      ].join('\n'),
    );
    expect(partners(e)).toEqual([
      'Grad Rijeka|lead|HR',
      'Stadt Graz|partner|AT',
      'Comune di Udine|partner|IT',
      'Mestna občina Koper|partner|SI',
      'Ministry of Transport|associated|HR',
    ]);
  });

  it('skips lists under observer headings and observers named in parentheses', () => {
    const e = extract(
      'observers.txt',
      [
        'Project NETCLUSTER',
        '',
        'Partners:',
        '- Agency North, PL',
        '',
        'Observers:',
        '- Ministry of Economy, PL',
        '',
        'The partners cooperate with observers (Regional Council, City Hall).',
      ].join('\n'),
    );
    expect(partners(e)).toEqual(['Agency North|partner|PL']);
    const skipped = e.notes.filter((n) => n.kind === 'skipped').map((n) => n.text);
    expect(skipped.some((t) => t.includes('Regional Council, City Hall'))).toBe(true);
    expect(e.notes.some((n) => n.quote === '- Ministry of Economy, PL')).toBe(true);
  });

  it('merges a lead sentence with its list entry and an acronym with the initials of a long name', () => {
    const e = extract(
      'acr.txt',
      [
        'Project BlueGrowth',
        '',
        'RDA NW is the lead partner of project BlueGrowth.',
        '',
        'Partners:',
        '- Regional Development Agency North West, IE',
        '- Marine Institute, IE',
        '',
      ].join('\n'),
    );
    const built = buildGraph([e], EMPTY_ALIASES);
    const orgs = built.nodes
      .filter((n) => n.attributes.type === 'organisation')
      .map((n) => n.key)
      .sort();
    expect(orgs).toEqual(['org:marine-institute', 'org:regional-development-agency-north-west']);
    const lead = built.edges.find(
      (x) => x.key === 'participates_in:org:regional-development-agency-north-west->project:bluegrowth',
    );
    expect(lead?.attributes.role).toBe('lead');
  });
});

describe('extractDocument on tables and comma lists', () => {
  it('skips the header and separator rows of a Markdown partner table and reads the rest', () => {
    const e = extract(
      'table.md',
      [
        '# Projekt AquaNet',
        '',
        '## Partnerzy',
        '',
        '| Organizacja | Kraj | Rola |',
        '|---|---|---|',
        '| Politechnika Gdańska | Polska | lider |',
        '| Klaipėdos universitetas | Litwa | partner |',
        '',
      ].join('\n'),
    );
    expect(partners(e)).toEqual(['Politechnika Gdańska|lead|PL', 'Klaipėdos universitetas|partner|LT']);
    expect(e.participations[0]?.quote).toBe('| Politechnika Gdańska | Polska | lider |');
  });

  it('splits a comma list when every entry closes with its country in parentheses', () => {
    const e = extract(
      'comma.txt',
      'Projekt Danube Cities\n\nPartners: Stadt Ulm (DE), Grad Novi Sad (RS), Municipiul Galați (RO)\n',
    );
    expect(partners(e)).toEqual([
      'Stadt Ulm|partner|DE',
      'Grad Novi Sad|partner|RS',
      'Municipiul Galați|partner|RO',
    ]);
  });
});

describe('extractDocument on stated numbers of partners', () => {
  it('does not read a number of countries as a number of partners', () => {
    const e = extract(
      'n0.txt',
      'Projekt AlpCity\n\nProjekt realizowany jest w partnerstwie z trzema krajami.\n',
    );
    expect(e.projects[0]?.partnerCount).toBeUndefined();
  });

  it('reads number words and digits before a partner word, for the project of the paragraph', () => {
    const de = extract(
      'n1.txt',
      'Projekt AlpCity\n\nAlpCity ist ein Netzwerk. Das Konsortium besteht aus zwölf Partnern.\n',
    );
    expect(de.projects[0]?.partnerCount).toBe(12);
    const en = extract(
      'n2.txt',
      'Project BlueNet\n\nThe project brings together 15 partners from 9 countries.\n',
    );
    expect(en.projects[0]?.partnerCount).toBe(15);
  });
});

describe('extractDocument on label-value pages and HTML lists', () => {
  it('reads an English page: "Project acronym:", month/year dates, an amount after the euro sign', () => {
    const e = extract(
      'en.txt',
      [
        'ENERGY-CITY',
        '',
        'Project acronym: ENERGY-CITY',
        'Programme: CENTRAL EUROPE Programme',
        'Lead partner: Municipality of Hódmezővásárhely (Hungary)',
        '',
        'Project partners:',
        'Municipality of Treviso, Italy',
        'City of Ludwigsburg, Germany',
        '',
        'Duration: 04/2010 - 03/2013',
        'Total budget: € 3,120,000',
        'The European Commission supported the launch event.',
      ].join('\n'),
    );
    expect(e.projects.map((p) => p.label)).toEqual(['ENERGY-CITY']);
    expect(e.projects[0]).toMatchObject({ start: '2010-04', end: '2013-03', budgetEur: 3120000 });
    expect(e.fundings.map((f) => f.programme)).toEqual(['central-europe']);
    expect(partners(e)).toEqual([
      'Municipality of Hódmezővásárhely|lead|HU',
      'Municipality of Treviso|partner|IT',
      'City of Ludwigsburg|partner|DE',
    ]);
    expect(
      e.notes.some((n) => n.text === 'institution only mentioned, not a partner: European Commission'),
    ).toBe(true);
  });

  it('keeps the items of an HTML list together when the markup puts them on one line', () => {
    const html =
      '<h2>Proyecto REDES</h2><p>Socios del proyecto:</p><ul><li>Gobierno de Aragón (España) – líder</li>' +
      '<li>Câmara Municipal do Porto (Portugal)</li><li>Conseil départemental de la Gironde (Francia)</li></ul>' +
      '<p>Programa: Interreg Sudoe. Presupuesto total: 1.250.000 €</p>';
    const e = extract('es.html', html);
    expect(partners(e)).toEqual([
      'Gobierno de Aragón|lead|ES',
      'Câmara Municipal do Porto|partner|PT',
      'Conseil départemental de la Gironde|partner|FR',
    ]);
    expect(e.projects[0]).toMatchObject({ label: 'REDES', budgetEur: 1250000 });
    expect(e.participations[1]?.organisation.kind).toBe('public authority');
    expect(e.fundings.map((f) => f.programme)).toEqual(['interreg-sudoe']);
    for (const p of e.participations) expect(html.includes(p.quote), p.quote).toBe(true);
  });
});

describe('extractDocument in Greek', () => {
  it('reads a Greek partner list with the lead marked and Greek country names', () => {
    const e = extract(
      'el.txt',
      [
        'Έργο AGROLINK',
        '',
        'Εταίροι:',
        '- Περιφέρεια Κεντρικής Μακεδονίας (Ελλάδα) – επικεφαλής εταίρος',
        '- Община Пловдив (Βουλγαρία)',
        '',
      ].join('\n'),
    );
    expect(e.projects.map((p) => p.label)).toEqual(['AGROLINK']);
    expect(partners(e)).toEqual(['Περιφέρεια Κεντρικής Μακεδονίας|lead|GR', 'Община Пловдив|partner|BG']);
  });
});

describe('extractDocument on partners pages and descriptive prose', () => {
  it("reads a partners' page that presents each partner by a paragraph under its name", () => {
    const e = extractDocument(
      decodeDocument(
        'profiles.txt',
        new TextEncoder().encode(
          [
            'source: https://www.greenroofs-life.eu/en/partners/',
            'language: English',
            '',
            'City of Aarhus',
            '',
            'The City of Aarhus (CoA) is the second largest municipality of Denmark and leads the climate work of the region.',
            '',
            'NORDREG was founded in 2004 to support regional planning in the Nordic countries and the Baltic Sea region.',
            '',
          ].join('\n'),
        ),
      ),
    );
    expect(e.projects.map((p) => p.label)).toEqual(['greenroofs-life']);
    expect(e.participations.map((p) => `${p.organisation.name}|${p.role}`)).toEqual([
      'City of Aarhus|partner',
      'NORDREG|partner',
    ]);
  });

  it('never names a project after a news portal that carries an article about it', () => {
    const e = extract(
      'portal.txt',
      [
        'source: https://www.dailynews.example/local/new-call-for-university-researchers-abroad/5644414',
        'language: English',
        '',
        'Researchers of the university may now apply for research stays abroad in six countries until the end of October',
        '',
        'The partners of the cooperation are Tartu Science Park (Estonia) and Gdynia Maritime University (Poland).',
      ].join('\n'),
    );
    expect(e.projects.map((p) => p.label)).not.toContain('dailynews');
    expect(e.participations).toHaveLength(2);
  });

  it('reads members listed in parentheses after their group, and names in parentheses after what they are', () => {
    const e = extract(
      'groups.txt',
      [
        'Projet ALPICOOP',
        '',
        'Le projet verra la participation des Régions frontalières (Région Ligurie - chef de file, Région Piémont et Région SUD).',
        '',
        'Partenariat: une université (Université Savoie Mont Blanc) et une agence (Agence Alpine des Territoires).',
      ].join('\n'),
    );
    expect(partners(e).map((p) => p.split('|').slice(0, 2).join('|'))).toEqual([
      // The labelled list first, then the sentences.
      'Université Savoie Mont Blanc|partner',
      'Agence Alpine des Territoires|partner',
      'Région Ligurie|lead',
      'Région Piémont|partner',
      'Région SUD|partner',
    ]);
  });

  it('takes a project name as the page writes the words of its address', () => {
    const e = extractDocument(
      decodeDocument(
        'slug.txt',
        new TextEncoder().encode(
          [
            'source: https://www.example.sk/spravy/projekt-zivot-pri-rieke-hron/12345-clanok.html',
            'language: Slovak',
            '',
            'Košice 3. mája – Začína projekt Život pri rieke Hron. Realizuje ho Agentúra na podporu regionálneho rozvoja Košice v spolupráci s partnerom Regionálna rozvojová agentúra Banská Bystrica.',
          ].join('\n'),
        ),
      ),
    );
    expect(e.projects.map((p) => p.label)).toEqual(['Život pri rieke Hron']);
  });
});

describe('extractDocument on funders', () => {
  it('never makes a fund of the EU or a programme a partner, in any language', () => {
    const e = extract(
      'funders.txt',
      [
        'Projekt GreenRiver',
        '',
        'Partner:',
        '- Stadt Linz (AT)',
        '- Europäischer Fonds für regionale Entwicklung',
        '- Interreg Europe',
        '- EFRE',
        '- Jihočeský kraj (CZ)',
      ].join('\n'),
    );
    expect(partners(e)).toEqual(['Stadt Linz|partner|AT', 'Jihočeský kraj|partner|CZ']);
    expect(e.notes.filter((n) => /fund or programme/.test(n.text))).toHaveLength(3);
  });
});

describe('extractDocument on flattened tables and lists after a sentence', () => {
  it('splits a cell of names that lost its separators at legal forms and trailing organisation nouns', () => {
    const e = extract(
      'cells.txt',
      [
        'source: https://example.org/beviljade-projekt/boundless-bay.aspx',
        'language: Swedish',
        '',
        'Boundless Bay',
        'ProjektnamnBoundless Bay',
        'HuvudsökandeLuleå tekniska universitet',
        'Övriga medverkandeSkellefteå kommun Kalajoki stad Iilaakso Oy Piteå kommun',
      ].join('\n'),
    );
    expect(e.participations.map((p) => `${p.organisation.name}|${p.role}`)).toEqual([
      'Luleå tekniska universitet|lead',
      'Skellefteå kommun|partner',
      'Kalajoki stad|partner',
      'Iilaakso Oy|partner',
      'Piteå kommun|partner',
    ]);
  });

  it('reads plain lines of names after a sentence about partners that ends in a colon', () => {
    const e = extract(
      'colon.txt',
      [
        'Projekt AlpFood',
        '',
        'Das Projekt verbindet Regionen in drei Ländern, in denen die Partner des Projekts tätig sind, und zwar:',
        'Standortagentur Tirol GmbH (Österreich)',
        'Camera di Commercio di Bolzano (Italien)',
        'Bayerische Forschungsallianz GmbH (Deutschland)',
        '',
        'Die Ergebnisse werden 2027 vorgestellt.',
      ].join('\n'),
    );
    expect(partners(e)).toEqual([
      'Standortagentur Tirol GmbH|partner|AT',
      'Camera di Commercio di Bolzano|partner|IT',
      'Bayerische Forschungsallianz GmbH|partner|DE',
    ]);
  });

  it('reads "together with" in a sentence that names the programme, under a project heading whose quote never closes', () => {
    const e = extract(
      'sections.txt',
      [
        'language: English',
        '',
        'Our new international projects',
        '',
        'Project “Aqualink',
        '',
        'Carried out under the Interreg Baltic Sea Region programme together with Klaipeda University and the Municipality of Palanga.',
        '',
        'Project “Foodtrail”',
        '',
        'Carried out under the Interreg Baltic Sea Region programme together with the Latvian Rural Tourism Association.',
      ].join('\n'),
    );
    expect(e.projects.map((p) => p.label)).toEqual(['Aqualink', 'Foodtrail']);
    expect(e.participations.map((p) => `${e.projects[p.project]!.label}: ${p.organisation.name}`)).toEqual([
      'Aqualink: Klaipeda University',
      'Aqualink: Municipality of Palanga',
      'Foodtrail: Latvian Rural Tourism Association',
    ]);
  });

  it('reads on past the people who represented each partner ("X, ktorý zastupoval pán Y a pani Z, …")', () => {
    const e = extract(
      'people.txt',
      [
        'language: Slovak',
        '',
        'Projekt „Zelená hranica“',
        '',
        'Na stretnutí sa zúčastnili partneri projektu: Mestský úrad Poprad, ktorý zastupoval pán Ján Kováč a pani Eva Horváthová, pani Mária Zelená a pán Juraj Biely, Žilinská univerzita v Žiline.',
      ].join('\n'),
    );
    expect(e.participations.map((p) => p.organisation.name)).toEqual([
      'Mestský úrad Poprad',
      'Žilinská univerzita',
    ]);
  });

  it('takes the lead from a contracted "led by" (liderado pelo) and never makes the European Union a partner', () => {
    const e = extract(
      'pt.txt',
      [
        'language: Portuguese',
        '',
        'Projeto Riomar',
        '',
        'O projeto Riomar, liderado pelo Instituto Tecnológico de Vigo, conta com a participação da Universidade do Minho e da Câmara Municipal de Braga.',
        '',
        'O projeto é cofinanciado pelo programa Interreg VA Espanha-Portugal, com o apoio da União Europeia.',
      ].join('\n'),
    );
    expect(partners(e).map((p) => p.split('|').slice(0, 2).join('|'))).toEqual([
      'Instituto Tecnológico de Vigo|lead',
      'Universidade do Minho|partner',
      'Câmara Municipal de Braga|partner',
    ]);
  });
});

describe('extractDocument on names each with its country in parentheses', () => {
  it('reads a sentence of names with their countries as the consortium, though no partner word is in it', () => {
    const e = extract(
      'tagged.txt',
      [
        'language: English',
        '',
        'Project CoastWatch',
        '',
        'The CoastWatch project was launched today in Brussels.',
        'They are IHCantabria (Spain), isardSAT (Spain) and ARGANS (United Kingdom) and Geological Survey of Ireland (Ireland).',
      ].join('\n'),
    );
    expect(partners(e)).toEqual([
      'IHCantabria|partner|ES',
      'isardSAT|partner|ES',
      'ARGANS|partner|GB',
      'Geological Survey of Ireland|partner|IE',
    ]);
  });

  it('reads no park or town from such a sentence, only names written as organisations brand themselves', () => {
    const e = extract(
      'parks.txt',
      [
        'language: English',
        '',
        'Project GeoTrails',
        '',
        'The GeoTrails project links Monfragüe (Spain), Tejo Internacional (Portugal) and Villuercas (Spain).',
      ].join('\n'),
    );
    expect(partners(e)).toEqual([]);
  });

  it('tells a country from a legal form of one country, or of several when the page names one of them only', () => {
    const e = extract(
      'forms.txt',
      [
        'language: English',
        '',
        'Project FormLab',
        '',
        'Partners:',
        '- Pannon Consulting Kft.',
        '- Tatra Engineering s.r.o.',
        '- Adriatic Studio d.o.o.',
        '- Bright Analytics Ltd',
        '',
        'FormLab brings together firms from Hungary, Croatia and Slovakia.',
      ].join('\n'),
    );
    expect(partners(e)).toEqual([
      'Pannon Consulting Kft.|partner|HU',
      'Tatra Engineering s.r.o.|partner|SK',
      'Adriatic Studio d.o.o.|partner|HR',
      'Bright Analytics Ltd|partner|-',
    ]);
  });
});

describe('extractDocument on a list of names with their towns, then a list of funders', () => {
  it('takes a town (or one town in two languages) after the last comma off the name, and skips every funder', () => {
    const e = extract(
      'towns.txt',
      [
        'language: English',
        '',
        'Project Minority Life',
        '',
        'Who is behind the project?',
        '',
        ' • Danish Central Library for South Schleswig, Flensburg/Flensborg',
        ' • German Museums North Schleswig, Sønderborg',
        '',
        'The project is supported by:',
        '',
        ' • EU: the INTERREG 4A programme Syddanmark-Schleswig-K.E.R.N. with means from the European Regional Development Fund',
        ' • Region of Southern Denmark Culture Fund, Vejle',
        ' • Sønderborg Municipality, Sonderburg/Sønderborg',
      ].join('\n'),
    );
    expect(partners(e)).toEqual([
      'Danish Central Library for South Schleswig|partner|DE',
      'German Museums North Schleswig|partner|DK',
    ]);
  });
});

describe('extractDocument on "role – name, legal form (country)" lines', () => {
  it('reads the role before the dash, keeps the legal form after a comma in the name, and a "project partner" line', () => {
    const e = extract(
      'roles.txt',
      [
        'language: Slovak',
        '',
        'Projekt „TestCMS“',
        '',
        'Partneri projektu:',
        'Vedúci partner – Evropská kulturní stezka sv. Cyrila a Metoděje, z. s. p. o. (ČR)',
        'Hlavný cezhraničný partner – Trnavský samosprávny kraj (SR)',
        'Projektový partner 1 – MAS Buchlov, z. s. (ČR)',
      ].join('\n'),
    );
    expect(partners(e)).toEqual([
      'Evropská kulturní stezka sv. Cyrila a Metoděje, z. s. p. o.|lead|CZ',
      'Trnavský samosprávny kraj|partner|SK',
      'MAS Buchlov, z. s.|partner|CZ',
    ]);
  });
});

describe('extractDocument on a sentence whose context names two countries', () => {
  it('gives none of them to the partners after it, and splits acronyms after "of X,"', () => {
    const e = extract(
      'two-countries.txt',
      [
        'language: Spanish',
        '',
        'Proyecto LocalEnergy',
        '',
        'El proyecto LocalEnergy está liderado por AGENEX, y entre el resto de socios se encuentran entidades de España y Portugal como la Universidad de Évora, AREANATejo y CIMAA.',
      ].join('\n'),
    );
    expect(partners(e)).toEqual(['AGENEX|lead|-', 'Universidad de Évora|partner|PT', 'CIMAA|partner|-']);
  });
});

describe('extractDocument on a page that names no project', () => {
  it('keeps its partners under a project named after the page, marked as inferred', () => {
    const e = extract(
      'noproject.txt',
      [
        'Kick-off of our new project in Kozani',
        '',
        'The partners of the new cooperation are the Regional Development Agency of Western Macedonia (Greece) and the Bulgarian Economic Forum (Bulgaria).',
      ].join('\n'),
    );
    expect(e.projects.map((p) => p.label)).toEqual(['Kick-off of our new project in Kozani']);
    expect(partners(e)).toEqual([
      'Regional Development Agency of Western Macedonia|partner|GR',
      'Bulgarian Economic Forum|partner|BG',
    ]);
    expect(e.notes.some((n) => n.kind === 'inferred' && /names no project/.test(n.text))).toBe(true);
  });
});
