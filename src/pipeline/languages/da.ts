import { snowball, w } from './stem';
import type { LanguagePack } from './types';

export const da: LanguagePack = {
  code: 'da',
  names: w('Danish|Dansk'),
  partners: w(
    'partner|partnere|partnerne|projektpartnere|projektpartner|partnerskab|partnerskabet|konsortium|deltagere|samarbejdspartnere|deltagende organisationer|støttemodtager|støttemodtagere',
  ),
  lead: w(
    'leadpartner|lead partner|ledende partner|hovedpartner|projektejer|projektleder|koordinator|tovholder|hovedansøger',
  ),
  associated: w(
    'associeret partner|associerede partnere|strategisk partner|strategiske partnere|støttende partnere',
  ),
  notPartners: w(
    'observatør|observatører|finansieret af|medfinansieret af|støttet af|vært|relaterede projekter|andre projekter|underleverandører|målgrupper|kontakt|kontaktperson|program|forvaltningsmyndighed|fælles sekretariat|medlemmer af|repræsentanter for',
  ),
  organisations: w(
    'center|centret|kontor|institut|hospital|hospitaler|sygehus|museum|havn|netværk|skole|park|tjeneste|gruppe|organisation|forening|forbund|union|region|regionen|kommune|amt|direktorat|sekretariat|laboratorium|platform|forum|råd|udvalg|styrelse|myndighed|forvaltning|universitet|højskole|kammer|fond|klynge|ministerium|virksomhed|akademi|naturcenter',
  ),
  countryWords: {
    DK: w('dansk|danske'),
    SE: w('svensk|svenske'),
    DE: w('tysk|tyske'),
    NO: w('norsk|norske'),
  },
  country: 'DK',
  honorifics: w('dr|prof|cand'),
  and: w('og|samt|&'),
  articles: w('en|et'),
  from: w('fra|i|af'),
  with: w('med|sammen med|i samarbejde med|i partnerskab med|udover|foruden'),
  by: w('af|ledes af|koordineres af'),
  participate: w('deltager|deltog|deltagelse|medvirker|indgår|involveret'),
  named: w('kaldet|med navnet'),
  copula: w('er|var|som'),
  project: w('projekt'),
  subproject: w('delprojekt'),
  within: w('inden for rammerne af|inden for'),
  period: w('projektperiode|periode|varighed|løbetid'),
  budget: w('budget|samlet budget|totalbudget|samlede omkostninger'),
  partnerCount: w('antal partnere'),
  status: w('status'),
  statusValues: {
    completed: w('afsluttet'),
    ongoing: w('igangværende|i gang'),
    planned: w('planlagt|bevilget'),
  },
  months: [
    'januar jan',
    'februar feb',
    'marts mar',
    'april apr',
    'maj',
    'juni jun',
    'juli jul',
    'august aug',
    'september sep',
    'oktober okt',
    'november nov',
    'december dec',
  ],
  numbers: w('to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv'),
  administeredBy: w('repræsenteret af|forvaltet af'),
  institutions: w(
    'Europa-Kommissionen|EU-Kommissionen|Europa-Parlamentet|Ministeriet|ministeriet|Erhvervsstyrelsen',
  ),
  stopwords: w('og|i|at|det|er|en|til|på|af|for|med|som|den|de|ikke|har|et|om|var|fra|projektet|samt'),
  stem: snowball('danish'),
};
