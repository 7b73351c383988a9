import { snowball, w } from './stem';
import type { LanguagePack } from './types';

export const fr: LanguagePack = {
  code: 'fr',
  names: w('French|Français|Francais'),
  partners: w(
    'partenaire|partenaires|partenaires du projet|partenariat|consortium|bénéficiaires|participants|organisations partenaires|structures partenaires',
  ),
  lead: w(
    'chef de file|chefs de file|chef de projet|coordinateur|coordinatrice|coordonnateur|porteur|porteur du projet|porteurs|porté par|pilote|piloté par|partenaire principal|partenaire chef de file|bénéficiaire principal',
  ),
  associated: w(
    'partenaire associé|partenaires associés|partenaire stratégique|partenaires stratégiques|partenaires associes|partenaire associe',
  ),
  notPartners: w(
    'observateur|observateurs|financé par|cofinancé par|soutenu par|hôte|projets liés|autres projets|sous-traitants|groupes cibles|contact|contacts|programme|autorité de gestion|secrétariat conjoint|mentions légales|membres du|membres de|représentants du|représentants de|représentant de|au nom de|experts de',
  ),
  organisations: w(
    'centre|office|institut|hôpital|musée|port|réseau|école|parc|service|groupe|organisation|société|union|communauté|département|région|ville|commune|province|direction|secrétariat|bureau|laboratoire|plateforme|forum|conseil|comité|agence|autorité|administration|association|université|haute école|chambre|fondation|pôle|ministère|entreprise|eurorégion|académie|mission|syndicat|établissement',
  ),
  countryWords: {},
  honorifics: w('M|Mme|Mlle|Monsieur|Madame|Dr|Pr|Professeur'),
  and: w('et|ainsi que|&'),
  articles: w("le|la|les|l'|l’|un|une|des|du"),
  from: w("de|du|des|en|à|au|aux|d’|d'"),
  with: w(
    'avec|en collaboration avec|en partenariat avec|en coopération avec|aux côtés de|associé à|outre|en plus de|aux côtés de|avec la participation de|avec la collaboration de|avec l’appui de|avec le soutien de',
  ),
  by: w('par|mené par|menée par|coordonné par|coordonnée par|porté par|portée par|piloté par|pilotée par'),
  participate: w(
    'participe|participent|participation|participé|prennent part|prend part|impliqué|impliqués|associe|ont lancé|lancent|mettent en œuvre|portent',
  ),
  named: w('intitulé|nommé|appelé|dénommé'),
  copula: w('est|sont|était|étaient|en tant que|comme'),
  project: w('projet'),
  subproject: w('sous-projet'),
  within: w('dans le cadre|dans le cadre du|dans le cadre de|au sein'),
  period: w('durée|période|calendrier|durée du projet|période de réalisation'),
  budget: w('budget|coût total|montant total|budget total'),
  partnerCount: w('nombre de partenaires'),
  status: w('statut|état'),
  statusValues: {
    completed: w('terminé|achevé|clôturé'),
    ongoing: w('en cours'),
    planned: w('prévu|approuvé'),
  },
  months: [
    'janvier janv',
    'février fevrier févr',
    'mars',
    'avril avr',
    'mai',
    'juin',
    'juillet juil',
    'août aout',
    'septembre sept',
    'octobre oct',
    'novembre nov',
    'décembre decembre déc',
  ],
  numbers: w('deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze'),
  administeredBy: w('géré par|représenté par|administré par'),
  institutions: w(
    'Commission européenne|Parlement européen|Ministère|ministère|Secrétariat conjoint|Autorité de gestion',
  ),
  stopwords: w('le|la|les|de|des|du|et|en|un|une|est|pour|dans|que|qui|sur|par|au|aux|avec|ce|sont|ont'),
  stem: snowball('french'),
};
