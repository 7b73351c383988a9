import { suffixStemmer, w } from './stem';
import type { LanguagePack } from './types';

export const pl: LanguagePack = {
  code: 'pl',
  names: w('Polish|Polski|Polskie'),
  partners: w(
    'partner|partnerzy|partnerami|partnerów|partnerow|parterów|partnerskich|partnerskie|partnerska|partnerskiej|partnerzy projektu|partnerstwo|partnerstwie|konsorcjum|beneficjenci|uczestnicy|instytucje partnerskie|organizacje partnerskie',
  ),
  lead: w(
    'partner wiodący|partnera wiodącego|partnerem wiodącym|partnerowi wiodącemu|Partner Wiodący|lider|liderem|lidera|lider projektu|liderem projektu|koordynator|koordynatorem|koordynatora|beneficjent wiodący|wnioskodawca|wnioskodawcą',
  ),
  associated: w(
    'partner stowarzyszony|partnerzy stowarzyszeni|partner strategiczny|partnerzy strategiczni|partner wspierający|partnerzy wspierający',
  ),
  notPartners: w(
    'obserwator|obserwatorzy|obserwatorów|finansowany przez|współfinansowany|wspierany przez|gospodarz|podobne projekty|inne projekty|podwykonawcy|grupy docelowe|kontakt|program|instytucja zarządzająca|wspólny sekretariat|członkowie|przedstawiciele|przedstawicielami|w imieniu',
  ),
  organisations: w(
    'centrum|biuro|instytut|szpital|muzeum|port|sieć|szkoła|park|służba|grupa|organizacja|towarzystwo|związek|wspólnota|powiat|region|miasto|gmina|gminy|województwo|urząd|dyrekcja|sekretariat|laboratorium|platforma|forum|rada|komitet|agencja|władze|administracja|stowarzyszenie|uniwersytet|uczelnia|politechnika|akademia|izba|fundacja|klaster|ministerstwo|przedsiębiorstwo|spółka|euroregion|zamek|starostwo|marszałkowski|okręg|okręgu|inicjatywa|organizacja turystyczna',
  ),
  countryWords: {
    DE: w('niemiecki|niemieckiej|niemieckie'),
    CZ: w('czeski|czeskiej|czeskie'),
    SK: w('słowacki|słowackiej'),
    LT: w('litewski|litewskiej'),
  },
  letters: 'ąęłśźżń',
  country: 'PL',
  honorifics: w('Pan|Pani|Dr|Prof|Mgr|Inż'),
  and: w('i|oraz|a także|&'),
  articles: w(''),
  from: w('z|ze|w|we|na'),
  with: w(
    'z|ze|wraz z|wspólnie z|we współpracy z|w partnerstwie z|razem z|oprócz|obok|poza|przy współpracy z|z udziałem',
  ),
  by: w('przez|realizowany przez|realizowana przez|realizowane przez|prowadzony przez'),
  participate: w(
    'uczestniczy|uczestniczą|udział|biorą udział|bierze udział|zaangażowani|realizowany|realizowana|realizowane|realizują|w tym',
  ),
  named: w('pn.|pod nazwą|pt.|pod tytułem|o nazwie'),
  copula: w('jest|są|był|była|byli|jako|to'),
  project: w('projekt|przedsięwzię|mikroprojekt'),
  subproject: w('podprojekt'),
  within: w('w ramach|w ramach projektu'),
  period: w('czas trwania|okres realizacji|termin realizacji|okres|realizacji'),
  budget: w('budżet|budzet|wartość projektu|wartość|całkowity koszt|koszt całkowity'),
  partnerCount: w('liczba partnerów'),
  status: w('stan|status'),
  statusValues: {
    completed: w('zakończony|zakonczony'),
    ongoing: w('w trakcie|realizowany|w realizacji'),
    planned: w('planowany|zatwierdzony'),
  },
  months: [
    'styczeń styczen stycznia sty',
    'luty lutego lut',
    'marzec marca mar',
    'kwiecień kwiecien kwietnia kwi',
    'maj maja',
    'czerwiec czerwca cze',
    'lipiec lipca lip',
    'sierpień sierpien sierpnia sie',
    'wrzesień wrzesien września wrzesnia wrz',
    'październik pazdziernik października pazdziernika paź',
    'listopad listopada lis',
    'grudzień grudzien grudnia gru',
  ],
  numbers: w(
    'dwa dwie dwóch dwoch|trzy trzech|cztery czterech|pięć piec pięciu|sześć szesc sześciu|siedem siedmiu|osiem ośmiu|dziewięć dziewięciu|dziesięć dziesięciu|jedenaście|dwanaście',
  ),
  administeredBy: w(
    'administrowany przez|administrowana przez|administrowane przez|zarządzany przez|zarządzana przez|reprezentowany przez|reprezentowana przez',
  ),
  institutions: w(
    'Komisja Europejska|Komisji Europejskiej|Parlament Europejski|Ministerstwo|Ministerstwem|Ministerstwa|Wspólny Sekretariat|Instytucja Zarządzająca',
  ),
  stopwords: w('i|w|na|z|się|do|że|nie|jest|to|o|od|oraz|przez|dla|jak|po|ze|są|tym|który|która|także'),
  stem: suffixStemmer('ami ach ego emu owi ów ow om ie ia ią iu ą ę y i a u e o em ym im ej ach'),
};
