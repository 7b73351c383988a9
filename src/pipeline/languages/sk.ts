import { snowball, w } from './stem';
import type { LanguagePack } from './types';

// Slovak has no stemming package of its own; Czech's Snowball stemmer fits its endings closely.
export const sk: LanguagePack = {
  code: 'sk',
  names: w('Slovak|Slovenčina|Slovencina'),
  partners: w(
    'partner|partneri|partnermi|partnerov|partnerom|partnerstvo|partneri projektu|konzorcium|prijímatelia|účastníci|partnerské organizácie',
  ),
  lead: w(
    'vedúci partner|vedúcim partnerom|vedúceho partnera|hlavný partner|hlavným partnerom|koordinátor|koordinátorom|koordinátora|žiadateľ|hlavný prijímateľ|vedúci prijímateľ|líder|lídrom',
  ),
  associated: w(
    'pridružený partner|pridružení partneri|pridruženým partnerom|strategický partner|strategickí partneri',
  ),
  notPartners: w(
    'pozorovateľ|pozorovatelia|financované z|spolufinancované|podporené|hostiteľ|podobné projekty|iné projekty|subdodávatelia|cieľové skupiny|kontakt|kontakty|program|riadiaci orgán|spoločný sekretariát|členovia|zástupcovia|zástupca|v mene',
  ),
  organisations: w(
    'múzeom|múzea|univerzitou|univerzity|agentúrou|agentúry|komorou|komory|centrum|centrá|úrad|kancelária|inštitút|ústav|nemocnica|múzeum|prístav|sieť|škola|park|služba|skupina|organizácia|spoločnosť|zväz|únia|kraj|región|mesto|obec|okres|riaditeľstvo|sekretariát|laboratórium|platforma|fórum|rada|výbor|agentúra|správa|združenie|asociácia|univerzita|vysoká škola|komora|nadácia|klaster|ministerstvo|podnik|euroregión|akadémia|centrum|lesnícke centrum',
  ),
  countryWords: {
    PL: w('poľský|poľská|poľské'),
    CZ: w('český|česká|české'),
    HU: w('maďarský|maďarská|maďarské'),
    AT: w('rakúsky|rakúska|rakúske'),
    DE: w('nemecký|nemecká'),
  },
  letters: 'ľĺŕô',
  country: 'SK',
  honorifics: w('Pán|Pani|Ing|Mgr|Dr|Prof|PhDr|RNDr|JUDr|Bc'),
  and: w('a|i|ako aj|&'),
  articles: w(''),
  from: w('z|zo|v|vo|na'),
  with: w(
    's|so|spolu s|spolu so|spoločne s|spoločne so|v spolupráci s|v spolupráci so|v partnerstve s|v partnerstve so|okrem|popri',
  ),
  by: w('pod vedením'),
  participate: w(
    'zúčastňuje|podieľa|podieľajú|zapojený|zapojená|zapojení|zapojené|realizovaný|účasť|medzi nimi|realizujú',
  ),
  named: w('pod názvom|s názvom|nazvaný'),
  copula: w('je|sú|bol|bola|bolo|boli|ako'),
  project: w('projekt|mikroprojekt'),
  subproject: w('podprojekt'),
  within: w('v rámci|v ramci'),
  period: w('doba realizácie|trvanie|obdobie|realizácia|doba trvania'),
  budget: w('rozpočet|rozpocet|celkové náklady|celkový rozpočet'),
  partnerCount: w('počet partnerov'),
  status: w('stav|status'),
  statusValues: {
    completed: w('ukončený|ukonceny|ukončené|dokončený'),
    ongoing: w('prebieha|prebiehajúci|v realizácii'),
    planned: w('plánovaný|schválený'),
  },
  months: [
    'január januára',
    'február februára',
    'marec marca',
    'apríl apríla',
    'máj mája',
    'jún júna',
    'júl júla',
    'august augusta',
    'september septembra',
    'október októbra',
    'november novembra',
    'december decembra',
  ],
  numbers: w('dva dve|tri|štyri|päť|šesť|sedem|osem|deväť|desať|jedenásť|dvanásť'),
  administeredBy: w('spravovaný|zastúpený'),
  institutions: w(
    'Európska komisia|Európskej komisie|Európsky parlament|Ministerstvo|Ministerstva|Spoločný sekretariát|Riadiaci orgán',
  ),
  stopwords: w('a|v|sa|na|je|že|s|z|do|o|k|to|aj|ako|pre|by|vo|zo|sú|ktoré|ktorý|ktorá|bude|ich'),
  stem: snowball('czech'),
};
