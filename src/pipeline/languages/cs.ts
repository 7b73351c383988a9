import { snowball, w } from './stem';
import type { LanguagePack } from './types';

export const cs: LanguagePack = {
  code: 'cs',
  names: w('Czech|Čeština|Cestina|Česky'),
  partners: w(
    'partner|partneři|partnery|partnerů|partnerem|partnerství|partneři projektu|konsorcium|příjemci|účastníci|partnerské organizace|zapojení partneři',
  ),
  lead: w(
    'vedoucí partner|vedoucím partnerem|vedoucího partnera|hlavní partner|hlavním partnerem|Lead partner|koordinátor|koordinátorem|koordinátora|v čele s|v čele|žadatel|hlavní příjemce|vedoucí příjemce',
  ),
  associated: w(
    'přidružený partner|přidružení partneři|přidruženým partnerem|strategický partner|strategičtí partneři|podpůrný partner',
  ),
  notPartners: w(
    'pozorovatel|pozorovatelé|pozorovateli|financováno z|spolufinancováno|podpořeno|hostitel|obdobné projekty|podobné projekty|jiné projekty|subdodavatelé|cílové skupiny|kontakt|kontakty|program|řídicí orgán|společný sekretariát|členové|zástupci|zástupce|zástupců|jménem',
  ),
  organisations: w(
    'muzeem|univerzitou|univerzity|agenturou|agentury|komorou|komory|centrum|úřad|kancelář|institut|ústav|nemocnice|muzeum|přístav|síť|škola|park|služba|skupina|organizace|společnost|svaz|unie|kraj|region|město|obec|okres|ředitelství|sekretariát|laboratoř|platforma|fórum|rada|výbor|agentura|správa|sdružení|asociace|univerzita|vysoká škola|komora|nadace|klastr|ministerstvo|podnik|euroregion|akademie|spolek|sdružení|mikroregion',
  ),
  countryWords: {
    PL: w('polský|polská|polské|polskými|polských|polského'),
    DE: w('německý|německá|německé|německých'),
    SK: w('slovenský|slovenská|slovenské'),
    AT: w('rakouský|rakouská|rakouské'),
  },
  letters: 'ěřů',
  country: 'CZ',
  honorifics: w('Pan|Paní|Ing|Mgr|Dr|Prof|PhDr|RNDr|JUDr|MUDr|Bc'),
  and: w('a|i|a také|&'),
  articles: w(''),
  from: w('z|ze|v|ve|na'),
  with: w(
    's|se|spolu s|spolu se|společně s|společně se|ve spolupráci s|ve spolupráci se|v partnerství s|v partnerství se|kromě|vedle',
  ),
  by: w('pod vedením|realizovaný|realizuje'),
  participate: w(
    'účastní|podílí|podílejí|zapojeni|zapojení|zapojen|zapojený|realizován|realizuje|účast|mezi nimi|realizují',
  ),
  named: w('pod názvem|s názvem|nazvaný'),
  copula: w('je|jsou|byl|byla|bylo|byli|jako'),
  project: w('projekt|mikroprojekt'),
  subproject: w('podprojekt|dílčí projekt'),
  within: w('v rámci|v ramci'),
  period: w('doba realizace|doba trvání|realizace|trvání|období'),
  budget: w('rozpočet|rozpocet|celkové náklady|celkový rozpočet|náklady projektu'),
  partnerCount: w('počet partnerů'),
  status: w('stav|status'),
  statusValues: {
    completed: w('ukončen|ukončený|dokončen|dokončený'),
    ongoing: w('probíhá|probíhající|v realizaci'),
    planned: w('plánovaný|schválený'),
  },
  months: [
    'leden ledna',
    'únor unor února unora',
    'březen brezen března brezna',
    'duben dubna',
    'květen kveten května kvetna',
    'červen cerven června cervna',
    'červenec cervenec července cervence',
    'srpen srpna',
    'září zari',
    'říjen rijen října rijna',
    'listopad listopadu',
    'prosinec prosince',
  ],
  numbers: w('dva dvě dve|tři tri|čtyři ctyri|pět pet|šest sest|sedm|osm|devět devet|deset|jedenáct|dvanáct'),
  administeredBy: w('spravovaný|spravovaná|zastoupený|zastoupená'),
  institutions: w(
    'Evropská komise|Evropské komise|Evropskou komisí|Evropský parlament|Ministerstvo|Ministerstva|Ministerstvem|Společný sekretariát|Řídicí orgán',
  ),
  stopwords: w('a|v|se|na|je|že|s|z|do|o|k|to|i|jako|pro|by|ve|ze|jsou|které|který|která|bude|projektu'),
  stem: snowball('czech'),
};
