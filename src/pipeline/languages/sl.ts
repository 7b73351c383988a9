import { snowball, w } from './stem';
import type { LanguagePack } from './types';

export const sl: LanguagePack = {
  code: 'sl',
  names: w('Slovenian|Slovene|Slovenščina|Slovenscina'),
  partners: w(
    'partner|partnerji|partnerjev|partnerjem|partnerstvo|projektni partnerji|partnerji projekta|konzorcij|upravičenci|udeleženci|partnerske organizacije',
  ),
  lead: w(
    'vodilni partner|vodilnega partnerja|vodilnim partnerjem|vodilni partnerji|nosilec|nosilec projekta|nosilka|koordinator|koordinatorica|koordinatorju|vodja projekta|prijavitelj',
  ),
  associated: w(
    'pridruženi partner|pridruženi partnerji|pridruženih partnerjev|strateški partner|strateški partnerji|podporni partnerji',
  ),
  notPartners: w(
    'opazovalec|opazovalci|financira|sofinancira|podpira|gostitelj|sorodni projekti|drugi projekti|podizvajalci|ciljne skupine|kontakt|kontakti|program|organ upravljanja|skupni sekretariat|člani|predstavniki|predstavnik|v imenu',
  ),
  organisations: w(
    'center|centar|urad|pisarna|inštitut|zavod|bolnišnica|muzej|pristanišče|mreža|šola|park|služba|skupina|organizacija|društvo|zveza|unija|regija|mesto|občina|pokrajina|direkcija|sekretariat|laboratorij|platforma|forum|svet|odbor|agencija|uprava|združenje|univerza|fakulteta|zbornica|fundacija|sklad|grozd|ministrstvo|podjetje|evroregija|akademija|središče|razvojna agencija|razvojni center',
  ),
  countryWords: {
    AT: w('avstrijski|avstrijska|avstrijske'),
    IT: w('italijanski|italijanska|italijanske'),
    HR: w('hrvaški|hrvaška|hrvaške'),
    HU: w('madžarski|madžarska|madžarske'),
    DE: w('nemški|nemška|nemške'),
  },
  country: 'SI',
  honorifics: w('g|ga|dr|mag|prof'),
  and: w('in|ter|&'),
  articles: w(''),
  from: w('iz|v|na|z|s'),
  with: w('s|z|skupaj s|skupaj z|v sodelovanju s|v sodelovanju z|v partnerstvu s|v partnerstvu z|poleg|ob'),
  by: w('pod vodstvom'),
  participate: w('sodeluje|sodelujejo|sodelovali|udeleženi|vključeni|izvaja|izvajajo'),
  named: w('z naslovom|z imenom|imenovan'),
  copula: w('je|so|bil|bila|bilo|bili|kot'),
  project: w('projekt'),
  subproject: w('podprojekt'),
  within: w('v okviru'),
  period: w('trajanje|trajanje projekta|obdobje|obdobje izvajanja|čas izvajanja'),
  budget: w('proračun|vrednost projekta|vrednost|skupna vrednost|celotna vrednost'),
  partnerCount: w('število partnerjev'),
  status: w('status|stanje'),
  statusValues: {
    completed: w('dokončan|zaključen|končan'),
    ongoing: w('v teku|teče|poteka'),
    planned: w('načrtovan|odobren'),
  },
  months: [
    'januar januarja',
    'februar februarja',
    'marec marca',
    'april aprila',
    'maj maja',
    'junij junija',
    'julij julija',
    'avgust avgusta',
    'september septembra',
    'oktober oktobra',
    'november novembra',
    'december decembra',
  ],
  numbers: w('dva dve|tri trije|štiri stiri|pet|šest sest|sedem|osem|devet|deset|enajst|dvanajst'),
  administeredBy: w('ki ga upravlja|zastopa'),
  institutions: w(
    'Evropska komisija|Evropske komisije|Evropski parlament|Ministrstvo|Ministrstva|Skupni sekretariat|Organ upravljanja',
  ),
  stopwords: w('in|je|v|na|za|se|da|z|s|so|pa|ki|bo|tudi|od|po|iz|kot|ter|pri|ali|bodo|ga'),
  stem: snowball('slovene'),
};
