// Words that mark partner lists, roles, project metadata and dates, in many European languages.
// Stems are matched folded (lower case, no diacritics); see `foldText`.

/** Words that head a partner list or name a consortium ("Partnerji:", "Partneři projektu", "Partners"). */
export const PARTNER_HEADING = [
  'partner',
  'partneri',
  'partnerji',
  'partnerzy',
  'parteneri',
  'partenerii',
  'partenaires',
  'partners',
  'partnerek',
  'partnerid',
  'partneriai',
  'εταίροι',
  'εταίρος',
  'kumppanit',
  'partneru',
  'socios',
  'soci',
  'партньори',
  'партнери',
  'партнёры',
  'consortium',
  'konsorcjum',
  'konsorcium',
  'konzorcium',
  'konsortium',
  'consorzio',
  'consorcio',
  'consortiu',
  'projektpartner',
  'projektpartnerek',
  'beneficiaries',
  'beneficiari',
  'beneficjenci',
];

/** Lead partner markers, including inflected forms ("Partnerem Wiodącym", "vedoucím partnerem"). */
export const LEAD_MARKERS = [
  'lead partner',
  'επικεφαλής εταίρος',
  'συντονιστής',
  'pääpartneri',
  'leading partner',
  'lead beneficiary',
  'lead applicant',
  'project leader',
  'project coordinator',
  'coordinator',
  'coordinating partner',
  'koordinator',
  'koordynator',
  'koordynatorem',
  'coordonator',
  'coordonatorul',
  'coordinateur',
  'coordinatrice',
  'coordinatore',
  'coordinador',
  'koordinator projekta',
  'koordinátor',
  'vodilni partner',
  'vodilnim partnerjem',
  'vedouci partner',
  'vedoucim partnerem',
  'vedoucí partner',
  'veduci partner',
  'vedúci partner',
  'hlavny partner',
  'partner wiodacy',
  'partnerem wiodacym',
  'partnera wiodacego',
  'partner wiodący',
  'lider projektu',
  'liderem projektu',
  'liderem',
  'lider de proiect',
  'liderul proiectului',
  'liderul',
  'partener principal',
  'beneficiar principal',
  'federfuhrend',
  'federführend',
  'federfuhrender partner',
  'lead-partner',
  'leadpartner',
  'chef de file',
  'capofila',
  'lider del proyecto',
  'socio principal',
  'beneficiario principal',
  'vodeci partner',
  'vodeći partner',
  'nositelj projekta',
  'водещ партньор',
  'водеща организация',
  'vezeto partner',
  'vezető partner',
  'juhtpartner',
  'vadovaujantis partneris',
  'vadosais partneris',
  'leader',
  'lider',
  'líder',
  'lead',
];

export const ASSOCIATED_MARKERS = [
  'associated partner',
  'associate partner',
  'associated partners',
  'associated organisation',
  'pridruzeni partner',
  'pridruzeni partnerji',
  'pridruzeni partneri',
  'pridruzeny partner',
  'pridruzeni',
  'partner stowarzyszony',
  'partnerzy stowarzyszeni',
  'assoziierter partner',
  'assoziierte partner',
  'partner associato',
  'partner associati',
  'partenaire associe',
  'partenaires associes',
  'partener asociat',
  'parteneri asociati',
  'socio asociado',
  'socios asociados',
  'асоцииран партньор',
  'асоциирани партньори',
  'tarsult partner',
];

/** Headings of lists that are not partners: observers, supporters, hosts, related projects. */
export const NOT_PARTNER_HEADING = [
  'observer',
  'observers',
  'pozorovatel',
  'pozorovatele',
  'obserwator',
  'obserwatorzy',
  'beobachter',
  'osservatori',
  'observateurs',
  'observatori',
  'opazovalci',
  'наблюдатели',
  'supported by',
  'sponsors',
  'sponzori',
  'funded by',
  'hosts',
  'host',
  'related projects',
  'podobne projekty',
  'obdobne projekty',
  'other projects',
  'subcontractors',
  'stakeholders',
  'target groups',
  'contact',
  'kontakt',
  'contacts',
];

/** Phrases after which a list item names another body that is not the partner ("administered by …"). */
export const ADMINISTERED_BY =
  /,?\s*(?:administrowan[aey]* przez|administered by|managed by|run by|operated by|zarządzan[aey]* przez|reprezentowan[aey]* przez|represented by|vertreten durch|verwaltet von|spravovan[aáéý]* |upravlja|gestionat de|gestito da|géré par)\s*(.*)$/iu;

/** Project words and their inflections; `sub`/`pod` forms name subprojects. */
export const PROJECT_WORD =
  /(?<![\p{L}\p{N}])(?:sub|pod|под|teil|sotto|sous-)?(?:projekt|proiect|project|progett|projet|proyect|projekat|projecto|proġett|проект|έργ|hank)[\p{L}]*(?![\p{L}\p{N}])/giu;

export const SUBPROJECT_WORD =
  /(?<![\p{L}\p{N}])(?:sub-?proiect|sub-?project|podprojekt|подпроект|teilprojekt|sottoprogett|sous-projet|subproyect|podprojekat)[\p{L}]*(?![\p{L}\p{N}])/iu;

/** "realised within project X": the phrase that makes the project before it a part of the one after. */
export const WITHIN_PHRASE =
  /(?<![\p{L}])(?:w ramach|în cadrul|in cadrul|in the framework of|within|as part of|im rahmen|nell'ambito|dans le cadre|en el marco|v rámci|v ramci|v okviru|u okviru|в рамките на|keretében)(?![\p{L}])/iu;

/** Words that make a date range a project period. */
export const PERIOD_WORDS = [
  'trajanje',
  'durata',
  'doba realizace',
  'doba trvani',
  'duration',
  'laufzeit',
  'projektlaufzeit',
  'czas trwania',
  'okres realizacji',
  'termin realizacji',
  'duree',
  'periode',
  'period',
  'obdobie',
  'idotartam',
  'продължителност',
  'срок',
  'project period',
  'implementation',
  'realizace',
  'realizacji',
  'timeframe',
  'time frame',
  'trvani',
  'trvanie',
  'kestus',
  'trukme',
  'ilgums',
  'kesto',
  'varaktighet',
  'duracion',
  'durata del progetto',
];

export const BUDGET_WORDS =
  /(?:budget|rozpočet|rozpocet|budżet|budzet|buget|proračun|proracun|бюджет|költségvetés|gesamtbudget|bilancio|presupuesto|total cost|total eligible|celkové náklady|wartość projektu|vrednost projekta|vrijednost projekta)/iu;

export const PARTNER_COUNT =
  /(?:počet partnerů|pocet partneru|number of partners|liczba partnerów|num[aă]r(?:ul)? de parteneri|število partnerjev|anzahl der partner|nombre de partenaires|numero di partner|número de socios|брой партньори|partnerek száma|broj partnera)\s*:?\s*(\d{1,3})\b/iu;

export const STATUS_LABEL =
  /(?:status|stav|stan|statut|stato|estado|статус|állapot)(?:\s+(?:projekt\p{L}*|proiect\p{L}*|of the project|du projet|del progetto|проекта))?\s*:\s*([\p{L}-]+)/iu;

export const STATUS_VALUES: Array<[string, string[]]> = [
  [
    'completed',
    [
      'dokoncan',
      'zakonczony',
      'finalizat',
      'ukoncen',
      'ukonceny',
      'completed',
      'closed',
      'finished',
      'abgeschlossen',
      'termine',
      'concluso',
      'finalizado',
      'zavrsen',
      'приключил',
      'befejezett',
    ],
  ],
  [
    'ongoing',
    [
      'v teku',
      'tece',
      'w trakcie',
      'realizowany',
      'in curs',
      'probiha',
      'ongoing',
      'running',
      'laufend',
      'en cours',
      'in corso',
      'en curso',
      'u tijeku',
      'текущ',
      'folyamatban',
    ],
  ],
  ['planned', ['planned', 'planiran', 'planowany', 'planificat', 'geplant', 'prevu', 'previsto']],
];

/** Month names, folded, nominative and genitive, 1-based. Croatian months are left out: "listopad" is
 * October there but November in Czech and Polish. */
export const MONTHS: Record<string, number> = Object.fromEntries(
  (
    [
      [
        1,
        'january jan januar januari janvier gennaio enero janeiro styczen stycznia leden ledna januara ianuarie ian januar януари tammikuu tammikuuta jaanuar sausis sausio janvaris',
      ],
      [
        2,
        'february feb februar februari fevrier febbraio febrero fevereiro luty lutego unor unora februara februarie feb февруари helmikuu veebruar vasaris februaris',
      ],
      [
        3,
        'march mar marz maerz maart mars marzo marco marzec marca brezen brezna marec marca martie mart март maaliskuu marts kovas marts',
      ],
      [
        4,
        'april apr avril aprile abril kwiecien kwietnia duben dubna aprila aprilie април huhtikuu aprill balandis aprilis',
      ],
      [5, 'may mai mei maggio mayo maio maj maja kveten kvetna maja май toukokuu mai geguze maijs'],
      [
        6,
        'june jun juni juin giugno junio junho czerwiec czerwca cerven cervna jun junij junija iunie юни kesakuu juuni birzelis junijs',
      ],
      [
        7,
        'july jul juli juillet luglio julio julho lipiec lipca cervenec cervence jul julij julija iulie юли heinakuu juuli liepa julijs',
      ],
      [
        8,
        'august aug aout agosto sierpien sierpnia srpen srpna avgust avgusta augusti augustus август elokuu rugpjutis augusts',
      ],
      [
        9,
        'september sep sept septembre settembre septiembre setembro wrzesien wrzesnia zari septembra septembrie септември syyskuu september rugsejis septembris',
      ],
      [
        10,
        'october oct oktober octobre ottobre octubre outubro pazdziernik pazdziernika rijen rijna oktobra octombrie октомври lokakuu oktoober spalis oktobris',
      ],
      [
        11,
        'november nov novembre noviembre novembro listopad listopada listopadu novembra noiembrie ноември marraskuu lapkritis novembris',
      ],
      [
        12,
        'december dec dezember decembre dicembre diciembre dezembro grudzien grudnia prosinec prosince decembra decembrie декември joulukuu detsember gruodis decembris',
      ],
    ] as Array<[number, string]>
  ).flatMap(([month, words]) => words.split(' ').map((word) => [word, month] as const)),
);

/** A list in parentheses after a word that says what the listed are not: observers, related projects,
 * initiatives ("pozorovateli (MPO, MMR, CzechInvest)", "obdobných projektů (CNCB, C-Plus)"). */
export const MENTIONED_LIST =
  /(?<![\p{L}])(pozorovatel\p{L}*|observer\p{L}*|obserwator\p{L}*|beobachter\p{L}*|osservator\p{L}*|observateur\p{L}*|observator\p{L}*|opazoval\p{L}*|наблюдател\p{L}*|projekt\p{L}*|project\p{L}*|proiect\p{L}*|проект\p{L}*|iniciativ\p{L}*|initiativ\p{L}*|inicjatyw\p{L}*|sponsor\p{L}*|funder\p{L}*)\s*\(([^()]{2,200})\)/giu;

/** Institutions that fund, host or organise but are not consortium partners. */
export const INSTITUTIONS =
  /(?<![\p{L}])(?:European Commission|Evropsk[áé] komis[ie]|Komisja Europejska|Comisia European[ăa]|Evropska komisija|Europska komisija|Europäische Kommission|Commissione europea|Commission européenne|Comisión Europea|Европейската комисия|Европейска комисия|Európai Bizottság|European Parliament|Европейския парламент|Evropsk[ýé] parlament|Parlament Europejski|Ministerstv\p{L}*|Ministry of|Ministerium|Ministère|Ministero|Ministerio|Ministerul|Министерство)(?![\p{L}])/gu;

/** Number words up to twelve, folded, in the languages of European project pages. */
export const NUMBER_WORDS: Record<string, number> = Object.fromEntries(
  (
    [
      [2, 'two zwei deux due dos dwa dwie dwoch dva dve doi doua два двама'],
      [3, 'three drei trois tre tres trzy trzech tri trije trei три трима'],
      [4, 'four vier quatre quattro cuatro cztery czterech ctyri styri stirje patru четири'],
      [5, 'five funf cinq cinque cinco piec pieciu pet cinci пет петима'],
      [6, 'six sechs sei seis szesc szesciu sest sest sase шест шестима'],
      [7, 'seven sieben sept sette siete siedem siedmiu sedm sedem sapte седем'],
      [8, 'eight acht huit otto ocho osiem osmiu osm osem opt осем'],
      [9, 'nine neun neuf nove nueve dziewiec dziewieciu devet devat noua девет'],
      [10, 'ten zehn dix dieci diez dziesiec dziesieciu deset desat zece десет'],
      [11, 'eleven elf onze undici once jedenascie jedenact enajst unsprezece единадесет'],
      [12, 'twelve zwolf douze dodici doce dwanascie dvanact dvanajst doisprezece дванадесет'],
    ] as Array<[number, string]>
  ).flatMap(([n, words]) => words.split(' ').map((w) => [w, n] as const)),
);

/** "sześć regionów partnerskich", "15 partners", "desať partnerov": a stated number of partners. */
export const COUNTED_PARTNERS =
  /(?<![\p{L}\p{N}])(\d{1,3}|\p{L}+)\s+(?:([\p{L}\p{N}]+)\s+)?(?:partner\p{L}*|parten\p{L}*|партньор\p{L}*|socios|consortium members)(?![\p{L}])/giu;

/** After a project word, a label whose value is the project's name: "Project acronym: X", "projektu – název: X". */
export const PROJECT_LABEL =
  /^\s*(?:acronym|akronym|acronim|acrónimo|acronimo|sigla|title|titel|titre|titolo|título|titlu|tytuł|název|nazwa|naziv|naslov|name|denumire|code|kód|kod|reference|ref\.?)\s*(?:of the project)?\s*:\s*/iu;
