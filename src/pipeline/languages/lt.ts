import { stemmer as lithuanian } from '@orama/stemmers/lithuanian';
import { w } from './stem';
import type { LanguagePack } from './types';

export const lt: LanguagePack = {
  code: 'lt',
  names: w('Lithuanian|Lietuvių|Lietuviu'),
  partners: w(
    'partneris|partneriai|partnerių|partneriais|projekto partneriai|partnerystė|konsorciumas|dalyviai|bendradarbiavimo partneriai|naudos gavėjai|naudos gavėjas|paramos gavėjai|paramos gavėjas',
  ),
  lead: w(
    'pagrindinis partneris|pagrindinio partnerio|pagrindiniu partneriu|vadovaujantis partneris|vadovaujančiu partneriu|koordinatorius|koordinatoriumi|projekto vadovas|projekto koordinatorius|vadosais partneris',
  ),
  associated: w(
    'asocijuotas partneris|asocijuoti partneriai|strateginis partneris|strateginiai partneriai|remiantys partneriai',
  ),
  notPartners: w(
    'stebėtojas|stebėtojai|finansuoja|bendrai finansuoja|remia|šeimininkas|susiję projektai|kiti projektai|subrangovai|tikslinės grupės|kontaktai|programa|vadovaujančioji institucija|jungtinis sekretoriatas|nariai|atstovai',
  ),
  organisations: w(
    'centras|biuras|institutas|ligoninė|muziejus|uostas|tinklas|mokykla|parkas|tarnyba|grupė|organizacija|draugija|sąjunga|asociacija|apskritis|regionas|miestas|savivaldybė|savivaldybės|seniūnija|seniūnijos|gmina|administracija|direkcija|sekretoriatas|laboratorija|platforma|forumas|taryba|komitetas|agentūra|institucija|universitetas|kolegija|rūmai|fondas|klasteris|ministerija|įmonė|akademija|inkubatorius|mokslų parkas|UAB|VšĮ',
  ),
  countryWords: {
    LT: w('lietuvos|lietuviškas'),
    LV: w('latvijos'),
    PL: w('lenkijos'),
    SE: w('švedijos'),
    DK: w('danijos'),
    DE: w('vokietijos'),
  },
  letters: 'ėįų',
  country: 'LT',
  honorifics: w('dr|prof'),
  and: w('ir|bei|&'),
  articles: w(''),
  from: w('iš|is'),
  with: w('su|kartu su|drauge su|bendradarbiaujant su|partnerystėje su|be|šalia'),
  by: w('vadovaujant'),
  participate: w('dalyvauja|dalyvavo|dalyvaus|dalyvavimas|įtraukti'),
  named: w('pavadinimu'),
  copula: w('yra|buvo|kaip'),
  project: w('projekt'),
  subproject: w('subprojekt'),
  within: w('pagal|įgyvendinant'),
  period: w('trukmė|projekto trukmė|laikotarpis|įgyvendinimo laikotarpis'),
  budget: w('biudžetas|bendras biudžetas|projekto biudžetas|bendra vertė'),
  partnerCount: w('partnerių skaičius'),
  status: w('būsena|statusas'),
  statusValues: {
    completed: w('baigtas|užbaigtas'),
    ongoing: w('vykdomas|įgyvendinamas'),
    planned: w('planuojamas|patvirtintas'),
  },
  months: [
    'sausis sausio',
    'vasaris vasario',
    'kovas kovo',
    'balandis balandžio',
    'gegužė gegužės',
    'birželis birželio',
    'liepa liepos',
    'rugpjūtis rugpjūčio',
    'rugsėjis rugsėjo',
    'spalis spalio',
    'lapkritis lapkričio',
    'gruodis gruodžio',
  ],
  numbers: w(
    'du dvi|trys|keturi keturios|penki penkios|šeši šešios|septyni|aštuoni|devyni|dešimt|vienuolika|dvylika',
  ),
  administeredBy: w('atstovaujamas'),
  institutions: w('Europos Komisija|Europos Komisijos|Europos Parlamentas|ministerija|Ministerija'),
  stopwords: w('ir|yra|kad|su|iš|į|bei|tai|kaip|projekto|buvo|jų|taip|pat|prie|apie|per|ar|bet|o|kuris'),
  stem: (word) => lithuanian(word.toLowerCase()),
};
