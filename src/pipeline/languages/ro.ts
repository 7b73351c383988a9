import { snowball, w } from './stem';
import type { LanguagePack } from './types';

export const ro: LanguagePack = {
  code: 'ro',
  names: w('Romanian|Română|Romana'),
  partners: w(
    'partener|parteneri|partenerii|partenerilor|parteneriat|parteneriatul|partenerii proiectului|consorțiu|consortiu|beneficiari|participanți|organizații partenere',
  ),
  lead: w(
    'lider de proiect|liderul proiectului|lider|liderul|partener principal|partener lider|beneficiar principal|beneficiarul principal|beneficiar lider|coordonator|coordonatorul|solicitant|solicitantul|aplicant',
  ),
  associated: w(
    'partener asociat|parteneri asociați|parteneri asociati|partener strategic|parteneri strategici',
  ),
  notPartners: w(
    'observator|observatori|finanțat de|finantat de|cofinanțat|sprijinit de|gazdă|proiecte similare|alte proiecte|subcontractori|grupuri țintă|contact|contacte|program|programul|autoritatea de management|secretariatul comun|membri ai|membrii|reprezentanţi ai|reprezentanți ai|reprezentanţii|reprezentanții|în numele',
  ),
  organisations: w(
    'inspectoratul|inspectorat|inspectoratului|centrul|centru|biroul|birou|institutul|institut|spitalul|muzeul|portul|rețeaua|școala|parcul|serviciul|grupul|organizația|societatea|uniunea|județul|judetul|regiunea|orașul|municipiul|comuna|primăria|consiliul|direcția|secretariatul|laboratorul|platforma|forumul|comitetul|agenția|agentia|autoritatea|administrația|asociația|universitatea|camera|fundația|clusterul|ministerul|compania|euroregiunea|academia|UAT|departamentul',
  ),
  countryWords: {
    HU: w('maghiar|maghiară|maghiare'),
    UA: w('ucrainean|ucraineană'),
    MD: w('moldovenesc|moldovenească'),
  },
  letters: 'ășțşţ',
  country: 'RO',
  honorifics: w('dl|dna|dr|prof|ing'),
  and: w('și|şi|si|precum și|&'),
  articles: w(''),
  from: w('din|de|la|în|in'),
  with: w(
    'cu|împreună cu|impreuna cu|în parteneriat cu|in parteneriat cu|în colaborare cu|în cooperare cu|pe lângă|alături de|în afară de|cu participarea|cu sprijinul',
  ),
  by: w('de către|de catre|de|condus de|coordonat de|implementat de|dezvoltat de'),
  participate: w(
    'participă|participa|participă la|participare|implicați|implicate|implementat|derulat|printre care|implementează|derulează',
  ),
  named: w('intitulat|denumit|numit'),
  copula: w('este|sunt|era|au fost|a fost|ca'),
  project: w('proiect'),
  subproject: w('subproiect'),
  within: w('în cadrul|in cadrul'),
  period: w('durata|perioada|perioada de implementare|durata de implementare'),
  budget: w('buget|bugetul|valoarea totală|valoarea proiectului|valoare totală'),
  partnerCount: w('numărul de parteneri|număr de parteneri'),
  status: w('statut|stadiu'),
  statusValues: {
    completed: w('finalizat|încheiat'),
    ongoing: w('în curs|in curs|în derulare'),
    planned: w('planificat|aprobat'),
  },
  months: [
    'ianuarie ian',
    'februarie feb',
    'martie mar',
    'aprilie apr',
    'mai',
    'iunie iun',
    'iulie iul',
    'august aug',
    'septembrie sep',
    'octombrie oct',
    'noiembrie noi',
    'decembrie dec',
  ],
  numbers: w(
    'doi două doua|trei|patru|cinci|șase sase|șapte sapte|opt|nouă noua|zece|unsprezece|doisprezece',
  ),
  administeredBy: w('gestionat de|reprezentat de|administrat de'),
  institutions: w(
    'Comisia Europeană|Comisia Europeana|Comisiei Europene|Parlamentul European|Ministerul|Ministerului|Secretariatul Comun|Autoritatea de Management',
  ),
  stopwords: w('și|şi|de|la|în|a|al|ale|cu|din|pentru|este|sunt|care|o|un|se|pe|prin|fost|au|mai|sau'),
  stem: snowball('romanian'),
};
