import { snowball, w } from './stem';
import type { LanguagePack } from './types';

export const fi: LanguagePack = {
  code: 'fi',
  names: w('Finnish|Suomi'),
  partners: w(
    'kumppani|kumppanit|kumppaneina|kumppaneita|kumppaneiden|partnerit|partnerina|partnereina|hankekumppanit|projektikumppanit|konsortio|osatoteuttaja|osatoteuttajat|osatoteuttajina|toteuttajat|osallistujat|tuensaaja|tuensaajat',
  ),
  lead: w(
    'pääpartneri|pääpartnerina|vetäjä|vetäjänä|päätoteuttaja|päätoteuttajana|koordinaattori|koordinaattorina|projektin koordinaattori|hankkeen koordinaattori|hallinnoija|hallinnoijana|hankkeen hallinnoija|johtava kumppani|johtavana kumppanina|lead partner',
  ),
  associated: w(
    'liitännäiskumppani|liitännäiskumppanit|strateginen kumppani|strategiset kumppanit|tukikumppanit|yhteistyökumppanit',
  ),
  notPartners: w(
    'tarkkailija|tarkkailijat|rahoittaja|rahoittajat|rahoittaa|isäntä|muut hankkeet|alihankkijat|kohderyhmät|yhteystiedot|ohjelma|hallintoviranomainen|yhteinen sihteeristö|jäsenet|edustajat|edustaja',
  ),
  organisations: w(
    'kaupungin|kunnan|liiton|keskus|toimisto|instituutti|sairaala|museo|satama|verkosto|koulu|puisto|palvelu|ryhmä|järjestö|yhdistys|liitto|seura|maakunta|maakuntaliitto|kunta|kaupunki|seutukunta|virasto|sihteeristö|laboratorio|foorumi|neuvosto|toimikunta|yliopisto|ammattikorkeakoulu|korkeakoulu|kauppakamari|säätiö|klusteri|ministeriö|yritys|akatemia|tutkimuskeskus|oy|ry|kuntayhtymä',
  ),
  countryWords: {
    FI: w('suomalainen|suomalaiset'),
    SE: w('ruotsalainen|ruotsalaiset'),
    EE: w('virolainen|virolaiset'),
    DE: w('saksalainen|saksalaiset'),
  },
  country: 'FI',
  honorifics: w('dr|prof|FT|KTT'),
  and: w('ja|sekä|&'),
  articles: w(''),
  from: w(''),
  leadAfter: w(
    'vetämä|vetämässä|vetämään|vetämän|johtama|johtamassa|johtamaan|johtaman|koordinoima|koordinoimassa|koordinoimaan|hallinnoima|hallinnoimassa|hallinnoimaan',
  ),
  with: w('kanssa|yhteistyössä|yhdessä|lisäksi|ohella'),
  withAfter: w('kanssa|ohella'),
  by: w('toimesta'),
  participate: w('osallistuu|osallistuvat|osallistuivat|mukana|toteuttavat|toteuttaa'),
  named: w('nimeltä'),
  copula: w('on|ovat|oli|olivat|toimii|toimivat'),
  project: w('hank|hankkee|projekt'),
  subproject: w('osahank|osaprojekt'),
  within: w('puitteissa|osana'),
  period: w('kesto|hankkeen kesto|toteutusaika|ajanjakso|hankeaika'),
  budget: w('budjetti|kokonaisbudjetti|kokonaiskustannukset|hankkeen budjetti'),
  partnerCount: w('kumppaneiden määrä'),
  status: w('tila'),
  statusValues: {
    completed: w('päättynyt|valmis'),
    ongoing: w('käynnissä|meneillään'),
    planned: w('suunniteltu|hyväksytty'),
  },
  months: [
    'tammikuu tammikuuta',
    'helmikuu helmikuuta',
    'maaliskuu maaliskuuta',
    'huhtikuu huhtikuuta',
    'toukokuu toukokuuta',
    'kesäkuu kesäkuuta kesakuu',
    'heinäkuu heinäkuuta heinakuu',
    'elokuu elokuuta',
    'syyskuu syyskuuta',
    'lokakuu lokakuuta',
    'marraskuu marraskuuta',
    'joulukuu joulukuuta',
  ],
  numbers: w('kaksi|kolme|neljä|viisi|kuusi|seitsemän|kahdeksan|yhdeksän|kymmenen|yksitoista|kaksitoista'),
  administeredBy: w('edustajana'),
  institutions: w(
    'Euroopan komissio|Euroopan komission|Euroopan parlamentti|ministeriö|Ministeriö|hallintoviranomainen',
  ),
  stopwords: w(
    'ja|on|ei|että|se|hän|oli|ovat|myös|kanssa|joka|sekä|hankkeen|hanke|ovat|tai|kuin|mutta|niin|jotka|tämä',
  ),
  stem: snowball('finnish'),
};
