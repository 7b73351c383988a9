import { snowball, w } from './stem';
import type { LanguagePack } from './types';

export const nl: LanguagePack = {
  code: 'nl',
  names: w('Dutch|Nederlands|Flemish|Vlaams'),
  partners: w(
    'partner|partners|projectpartners|projectpartner|partnerschap|consortium|begunstigden|deelnemers|deelnemende organisaties|projectpartners',
  ),
  lead: w(
    'leadpartner|lead partner|hoofdpartner|penvoerder|projectleider|coördinator|coordinator|trekker|project verantwoordelijke|projectverantwoordelijke|hoofdaanvrager|promotor',
  ),
  associated: w(
    'geassocieerde partner|geassocieerde partners|strategische partner|strategische partners|cofinancier|cofinanciers|ondersteunende partners',
  ),
  notPartners: w(
    'waarnemer|waarnemers|gefinancierd door|gesubsidieerd door|ondersteund door|gastheer|gerelateerde projecten|andere projecten|onderaannemers|doelgroepen|contact|contactpersoon|programma|beheersautoriteit|gemeenschappelijk secretariaat|leden van|vertegenwoordigers van|namens',
  ),
  organisations: w(
    'centrum|bureau|instituut|ziekenhuis|museum|haven|netwerk|school|park|dienst|groep|organisatie|vereniging|unie|gemeente|gemeenten|provincie|regio|stad|directie|secretariaat|laboratorium|platform|forum|raad|comité|agentschap|autoriteit|overheid|universiteit|hogeschool|kamer|stichting|cluster|ministerie|bedrijf|euregio|academie|consulentschap|waterschap|intercommunale',
  ),
  countryWords: {},
  honorifics: w('Dhr|Mevr|Mw|Dr|Prof|Ir|Drs'),
  and: w('en|alsook|evenals|&'),
  articles: w('de|het|een'),
  from: w('uit|van|in'),
  with: w(
    'met|samen met|in samenwerking met|in partnerschap met|naast|behalve|met medewerking van|met deelname van',
  ),
  by: w('door|geleid door|gecoördineerd door'),
  participate: w('neemt deel|nemen deel|deelname|deelnemen|betrokken|werken mee'),
  named: w('genaamd|getiteld|met de naam'),
  copula: w('is|zijn|was|waren|als'),
  project: w('project'),
  subproject: w('deelproject|subproject'),
  within: w('in het kader|binnen'),
  period: w('looptijd|periode|duur|projectperiode'),
  budget: w(
    'budget|totale kosten|totale subsidiabele kosten|totale subsidiale kosten|projectbudget|begroting',
  ),
  partnerCount: w('aantal partners'),
  status: w('status'),
  statusValues: {
    completed: w('afgerond|afgesloten|beëindigd'),
    ongoing: w('lopend|actief'),
    planned: w('gepland|goedgekeurd'),
  },
  months: [
    'januari jan',
    'februari feb',
    'maart mrt',
    'april apr',
    'mei',
    'juni jun',
    'juli jul',
    'augustus aug',
    'september sep sept',
    'oktober okt',
    'november nov',
    'december dec',
  ],
  numbers: w('twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf'),
  administeredBy: w('beheerd door|vertegenwoordigd door'),
  institutions: w(
    'Europese Commissie|Europees Parlement|Ministerie|ministerie|Gemeenschappelijk Secretariaat',
  ),
  stopwords: w('de|het|een|en|van|in|is|op|te|dat|die|voor|met|zijn|als|aan|er|door|ook|om|bij|worden|wordt'),
  stem: snowball('dutch'),
};
