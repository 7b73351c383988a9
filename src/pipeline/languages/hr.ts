import { stemmer as serbian } from '@orama/stemmers/serbian';
import { w } from './stem';
import type { LanguagePack } from './types';

// Croatian has no stemming package of its own; Orama's Serbian (Latin) stemmer shares its endings.
export const hr: LanguagePack = {
  code: 'hr',
  names: w('Croatian|Hrvatski'),
  partners: w(
    'partner|partneri|partnera|partnerima|partnerstvo|projektni partneri|partneri na projektu|partneri u projektu|konzorcij|korisnici|sudionici|partnerske organizacije',
  ),
  lead: w(
    'vodeći partner|vodećeg partnera|vodećim partnerom|vodeći korisnik|vodećeg korisnika|nositelj|nositelj projekta|nositelja projekta|nositeljica|koordinator|koordinatorica|voditelj projekta|prijavitelj|glavni partner',
  ),
  associated: w(
    'pridruženi partner|pridruženi partneri|pridruženih partnera|pridruženim partnerima|strateški partner|strateški partneri',
  ),
  notPartners: w(
    'promatrač|promatrači|financira|sufinancira|podržava|domaćin|srodni projekti|drugi projekti|podizvođači|ciljne skupine|kontakt|kontakti|program|upravljačko tijelo|zajedničko tajništvo|članovi|predstavnici|predstavnik|u ime',
  ),
  organisations: w(
    'centar|ured|institut|zavod|bolnica|muzej|luka|mreža|škola|park|služba|grupa|organizacija|društvo|savez|unija|županija|regija|grad|općina|pokrajina|uprava|tajništvo|laboratorij|platforma|forum|vijeće|odbor|agencija|udruga|udruženje|sveučilište|veleučilište|fakultet|komora|zaklada|klaster|ministarstvo|poduzeće|euroregija|akademija|dokumentacijski centar',
  ),
  countryWords: {
    SI: w('slovenski|slovenska|slovenskoj|slovenske'),
    IT: w('talijanski|talijanska|talijanskoj'),
    HU: w('mađarski|mađarska|mađarskoj'),
    AT: w('austrijski|austrijska'),
    DE: w('njemački|njemačka'),
    HR: w('hrvatski|hrvatska|hrvatskoj|hrvatske'),
  },
  country: 'HR',
  honorifics: w('g|gđa|dr|mr|prof'),
  and: w('i|te|kao i|&'),
  articles: w(''),
  from: w('iz|u|na|s|sa'),
  with: w('s|sa|zajedno s|u suradnji s|u suradnji sa|u partnerstvu s|uz|uz|osim|pored'),
  by: w('pod vodstvom'),
  participate: w(
    'sudjeluje|sudjeluju|sudjelovali|sudjelovanje|uključeni|provodi|provode|uključene|uključena|uključeni|uključen',
  ),
  named: w('pod nazivom|naziva|nazvan'),
  copula: w('je|su|bio|bila|bilo|bili|kao'),
  project: w('projekt'),
  subproject: w('potprojekt'),
  within: w('u okviru|u sklopu'),
  period: w('trajanje|trajanje projekta|razdoblje|razdoblje provedbe|provedba'),
  budget: w('proračun|vrijednost projekta|ukupna vrijednost|vrijednost'),
  partnerCount: w('broj partnera'),
  status: w('status|stanje'),
  statusValues: {
    completed: w('završen|zavrsen|zaključen'),
    ongoing: w('u tijeku|u provedbi'),
    planned: w('planiran|odobren'),
  },
  // Croatian months are left out: "listopad" is October here but November in Czech and Polish.
  months: ['', '', '', '', '', '', '', '', '', '', '', ''],
  numbers: w('dva dvije|tri|četiri cetiri|pet|šest sest|sedam|osam|devet|deset|jedanaest|dvanaest'),
  administeredBy: w('kojim upravlja|zastupa'),
  institutions: w(
    'Europska komisija|Europske komisije|Europski parlament|Ministarstvo|Ministarstva|Zajedničko tajništvo|Upravljačko tijelo',
  ),
  stopwords: w('i|je|u|na|za|se|da|s|su|od|te|koji|koja|će|iz|kao|po|do|o|ili|bi|sa|biti'),
  stem: (word) => serbian(word.toLowerCase()),
};
