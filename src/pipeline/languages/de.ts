import { snowball, w } from './stem';
import type { LanguagePack } from './types';

export const de: LanguagePack = {
  code: 'de',
  names: w('German|Deutsch'),
  partners: w(
    'Partner|Projektpartner|Projektpartnerinnen|Partnerschaft|Partnerorganisationen|Partnerinstitutionen|Konsortium|Kooperationspartner|Projektträger|Beteiligte|Teilnehmer|Mitglieder des Konsortiums|internationale Projektpartner|Begünstigte|Begünstigter|Projektbegünstigte|Zuwendungsempfänger',
  ),
  lead: w(
    'Lead Partner|Leadpartner|Lead-Partner|federführend|federführender Partner|federführende Partner|Projektleitung|Projektleiter|Projektkoordinator|Projektkoordination|Koordinator|Koordination|koordiniert|Hauptpartner|Förderungsempfänger|Leadpartnerin',
  ),
  associated: w(
    'assoziierter Partner|assoziierte Partner|assoziierten Partner|assoziierte Partnerinnen|strategische Partner|strategischer Partner|unterstützende Partner|Netzwerkpartner',
  ),
  notPartners: w(
    'Beobachter|gefördert von|gefördert durch|finanziert durch|Förderung|Fördergeber|Gastgeber|verwandte Projekte|andere Projekte|Unterauftragnehmer|Zielgruppen|Kontakt|Ansprechpartner|Ansprechpartnerin|Programm|Verwaltungsbehörde|Gemeinsames Sekretariat|Impressum|Datenschutz|Mitglieder des|Mitglieder der|Vertreter des|Vertreter der|Vertreterinnen und Vertreter|im Auftrag',
  ),
  organisations: w(
    'Zentrum|Zentren|Amt|Institut|Krankenhaus|Klinikum|Museum|Hafen|Netzwerk|Schule|Park|Dienst|Gruppe|Organisation|Gesellschaft|Verband|Bund|Landkreis|Kreis|Region|Stadt|Gemeinde|Bezirk|Land|Direktion|Büro|Labor|Plattform|Forum|Rat|Ausschuss|Agentur|Behörde|Verwaltung|Verein|Universität|Hochschule|Kammer|Stiftung|Cluster|Ministerium|Abteilung|Unternehmen|Euroregion|Akademie|Tourismusverband|Naturpark|Landesregierung|Regionalmanagement|Wirtschaftsförderung|GmbH|e.V.|AG',
  ),
  countryWords: {},
  honorifics: w('Herr|Frau|Dr|Prof|Mag|Dipl.-Ing|Ing'),
  and: w('und|sowie|&'),
  articles: w('der|die|das|den|dem|des|ein|eine|einer|eines'),
  from: w('aus|in|von|im'),
  with: w(
    'mit|gemeinsam mit|zusammen mit|in Kooperation mit|in Zusammenarbeit mit|in Partnerschaft mit|neben|zusätzlich zu|außer|unter Beteiligung von|mit Beteiligung von|unter Mitwirkung von',
  ),
  by: w('durch|von|geleitet von|koordiniert von|umgesetzt von'),
  participate: w(
    'beteiligt|beteiligen|beteiligten|teilnehmen|nehmen teil|nimmt teil|mitwirken|wirken mit|Beteiligung|Teilnahme|darunter|umsetzen|setzen um|durchführen|führen durch',
  ),
  named: w('namens|mit dem Titel|mit dem Namen|genannt'),
  copula: w('ist|sind|war|waren|wird|werden|wurde|wurden|als|fungiert als'),
  project: w('projekt'),
  subproject: w('teilprojekt|unterprojekt'),
  within: w('im Rahmen|im Rahmen des|im Rahmen von|innerhalb'),
  period: w('Laufzeit|Projektlaufzeit|Zeitraum|Dauer|Projektdauer|Durchführungszeitraum|Projektzeitraum'),
  budget: w('Budget|Gesamtbudget|Gesamtkosten|Projektvolumen|Projektkosten|Fördersumme|Gesamtprojektkosten'),
  partnerCount: w('Anzahl der Partner|Anzahl Partner'),
  status: w('Status|Projektstatus'),
  statusValues: {
    completed: w('abgeschlossen|beendet'),
    ongoing: w('laufend|aktiv|in Umsetzung'),
    planned: w('geplant|genehmigt'),
  },
  months: [
    'januar jänner jan',
    'februar feber feb',
    'märz maerz mar',
    'april apr',
    'mai',
    'juni jun',
    'juli jul',
    'august aug',
    'september sep sept',
    'oktober okt',
    'november nov',
    'dezember dez',
  ],
  numbers: w('zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf'),
  administeredBy: w('vertreten durch|verwaltet von|betrieben von|getragen von'),
  institutions: w(
    'Europäische Kommission|Europäischen Kommission|Europäisches Parlament|Bundesministerium|Ministerium|Gemeinsames Sekretariat|Verwaltungsbehörde',
  ),
  stopwords: w(
    'der|die|und|in|den|von|zu|das|mit|sich|des|auf|für|ist|im|dem|nicht|ein|eine|als|auch|es|an|werden|aus|wird|sind',
  ),
  stem: snowball('german'),
};
