import { suffixStemmer, w } from './stem';
import type { LanguagePack } from './types';

export const et: LanguagePack = {
  code: 'et',
  names: w('Estonian|Eesti'),
  partners: w(
    'partner|partnerid|partnerite|partneriks|projektipartnerid|partnerlus|konsortsium|osalejad|koostööpartnerid',
  ),
  lead: w(
    'juhtorganisatsioon|juhtorganisatsiooniks|juhtorganisatsiooni|juhtasutus|juhtpartner|juhtpartneriks|juhtpartneri|juhtpartnerina|koordinaator|koordinaatoriks|projekti juht|projektijuht|eestvedaja',
  ),
  associated: w(
    'assotsieerunud partner|assotsieerunud partnerid|strateegiline partner|strateegilised partnerid|toetavad partnerid',
  ),
  notPartners: w(
    'vaatleja|vaatlejad|rahastab|kaasrahastab|toetab|võõrustaja|seotud projektid|teised projektid|alltöövõtjad|sihtrühmad|kontakt|kontaktid|programm|korraldusasutus|ühissekretariaat|liikmed|esindajad',
  ),
  organisations: w(
    'keskus|büroo|instituut|haigla|muuseum|sadam|võrgustik|kool|park|teenistus|grupp|organisatsioon|ühing|liit|selts|maakond|piirkond|linn|vald|vallavalitsus|valitsus|linnavalitsus|omavalitsus|direktoraat|sekretariaat|labor|platvorm|foorum|nõukogu|komitee|agentuur|amet|ülikool|kõrgkool|koda|sihtasutus|klaster|ministeerium|ettevõte|akadeemia|MTÜ|OÜ|AS',
  ),
  countryWords: { EE: w('eesti'), LV: w('läti'), LT: w('leedu'), FI: w('soome'), SE: w('rootsi') },
  country: 'EE',
  honorifics: w('dr|prof'),
  and: w('ja|ning|&'),
  articles: w(''),
  from: w(''),
  with: w('koostöös|koos|lisaks|kõrval'),
  by: w('eestvedamisel|juhtimisel'),
  participate: w('osalevad|osaleb|osalesid|osalusega|osalus|kaasatud'),
  named: w('nimega|pealkirjaga'),
  copula: w('on|oli|olid|kui'),
  project: w('projekt'),
  subproject: w('alamprojekt'),
  within: w('raames'),
  period: w('kestus|projekti kestus|periood|ajavahemik'),
  budget: w('eelarve|kogueelarve|projekti eelarve|kogumaksumus'),
  partnerCount: w('partnerite arv'),
  status: w('staatus|olek'),
  statusValues: {
    completed: w('lõppenud|lõpetatud'),
    ongoing: w('käimasolev|töös'),
    planned: w('planeeritud|kinnitatud'),
  },
  months: [
    'jaanuar jaanuari',
    'veebruar veebruari',
    'märts märtsi',
    'aprill aprilli',
    'mai',
    'juuni',
    'juuli',
    'august augusti',
    'september septembri',
    'oktoober oktoobri',
    'november novembri',
    'detsember detsembri',
  ],
  numbers: w('kaks|kolm|neli|viis|kuus|seitse|kaheksa|üheksa|kümme|üksteist|kaksteist'),
  administeredBy: w('esindajana'),
  institutions: w('Euroopa Komisjon|Euroopa Komisjoni|Euroopa Parlament|ministeerium|Ministeerium'),
  stopwords: w('ja|on|ei|et|see|oli|ka|kui|mis|ning|koos|projekti|oma|nad|või|aga|siis|veel|nii|olid|kes'),
  stem: suffixStemmer('dega dest sse ga st ks le lt ni na ta ks s d t i e'),
};
