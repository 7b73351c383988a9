import { snowball, w } from './stem';
import type { LanguagePack } from './types';

export const sv: LanguagePack = {
  code: 'sv',
  names: w('Swedish|Svenska'),
  partners: w(
    'partner|partners|partnerna|projektpartner|projektpartners|projektpartnerna|partnerskap|konsortium|deltagare|samarbetspartner|samarbetspartners|medverkande organisationer|medverkande|övriga medverkande|forskningspartner|forskningspartners|stödmottagare',
  ),
  lead: w(
    'huvudpartner|ledande partner|lead partner|projektägare|projektledare|koordinator|samordnare|huvudsökande|projektägaren',
  ),
  associated: w(
    'associerad partner|associerade partner|associerade partners|strategisk partner|strategiska partner|stödjande partner',
  ),
  notPartners: w(
    'observatör|observatörer|finansieras av|medfinansieras av|stöds av|värd|relaterade projekt|andra projekt|underleverantörer|målgrupper|kontakt|kontaktperson|program|förvaltande myndighet|gemensamt sekretariat|medlemmar i|representanter för|företrädare för',
  ),
  organisations: w(
    'centrum|center|kontor|institut|sjukhus|sjukhuset|museum|hamn|nätverk|skola|park|tjänst|grupp|organisation|förening|förbund|union|län|region|stad|kommun|landsting|direktorat|sekretariat|laboratorium|plattform|forum|råd|kommitté|byrå|verket|myndighet|myndigheten|förvaltning|universitet|universitetet|högskola|högskolan|kammare|handelskammare|stiftelse|kluster|departement|företag|akademi|universitetssjukhus|lantbruksuniversitet',
  ),
  countryWords: {
    SE: w('svensk|svenska'),
    DK: w('dansk|danska'),
    NO: w('norsk|norska'),
    FI: w('finsk|finska|finländsk'),
  },
  country: 'SE',
  honorifics: w('dr|prof|fil.dr'),
  and: w('och|samt|&'),
  articles: w('en|ett'),
  from: w('från|i|av'),
  with: w('med|tillsammans med|i samarbete med|i partnerskap med|förutom|utöver'),
  by: w('av|leds av|koordineras av|drivs av'),
  participate: w('deltar|deltog|deltagande|medverkar|ingår|involverade'),
  named: w('kallat|med namnet|vid namn'),
  copula: w('är|var|som'),
  project: w('projekt'),
  subproject: w('delprojekt'),
  within: w('inom ramen för|inom'),
  period: w('projektperiod|period|löptid|projekttid|tidsperiod'),
  budget: w('budget|total budget|totalbudget|total kostnad|projektbudget'),
  partnerCount: w('antal partner'),
  status: w('status'),
  statusValues: {
    completed: w('avslutat|avslutad'),
    ongoing: w('pågående|pågår'),
    planned: w('planerat|beviljat'),
  },
  months: [
    'januari jan',
    'februari feb',
    'mars mar',
    'april apr',
    'maj',
    'juni jun',
    'juli jul',
    'augusti aug',
    'september sep',
    'oktober okt',
    'november nov',
    'december dec',
  ],
  numbers: w('två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv'),
  administeredBy: w('representerad av|förvaltad av'),
  institutions: w('Europeiska kommissionen|Europaparlamentet|departementet|Departementet|Tillväxtverket'),
  stopwords: w('och|i|att|det|som|en|på|är|av|för|med|till|den|har|de|inte|om|ett|var|från|projektet|samt'),
  stem: snowball('swedish'),
};
