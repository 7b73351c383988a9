import { snowball, w } from './stem';
import type { LanguagePack } from './types';

export const it: LanguagePack = {
  code: 'it',
  names: w('Italian|Italiano'),
  partners: w(
    'partner|partner di progetto|partenariato|partnership|consorzio|beneficiari|partecipanti|i nostri partner|soggetti partner|enti partner',
  ),
  lead: w(
    'capofila|capo fila|lead partner|partner capofila|coordinatore|coordinatrice|coordinato da|guidato da|partner principale|beneficiario principale|leader|ente capofila|soggetto capofila',
  ),
  associated: w(
    'partner associato|partner associati|partner strategico|partner strategici|associati|partner sostenitori',
  ),
  notPartners: w(
    'osservatore|osservatori|finanziato da|cofinanziato da|sostenuto da|ospite|progetti correlati|altri progetti|subappaltatori|gruppi target|contatti|contatto|programma|autorità di gestione|segretariato congiunto|membri del|membri della|rappresentanti del|rappresentanti della|rappresentanti di|per conto di|esperti di',
  ),
  organisations: w(
    'centro|ufficio|istituto|ospedale|museo|porto|rete|scuola|parco|servizio|gruppo|organizzazione|società|unione|comunità|contea|regione|città|comune|provincia|prefettura|direzione|segretariato|laboratorio|piattaforma|forum|consiglio|comitato|agenzia|autorità|amministrazione|associazione|università|camera|fondazione|distretto|ministero|azienda|impresa|euroregione|accademia|interporto|interporti|magazzini|consorzio|ente',
  ),
  countryWords: {},
  country: 'IT',
  honorifics: w('Sig|Sig.ra|Dott|Dott.ssa|Prof|Ing|Avv|On'),
  and: w('e|ed|nonché|&'),
  articles: w("il|lo|la|i|gli|le|l'|l’|un|una|uno"),
  from: w('di|da|in|del|della|dei|delle|dal|dalla'),
  with: w(
    'con|insieme a|in collaborazione con|in partnership con|in partenariato con|in cooperazione con|oltre a|oltre al|oltre alla|oltre ai|accanto a|con la collaborazione di|con la partecipazione di|con il supporto di',
  ),
  by: w(
    'da|guidato da|guidata da|coordinato da|coordinata da|promosso da|promossa da|realizzato da|realizzata da|guidato dal|guidato dalla|coordinato dal|coordinato dalla|guidata dal|guidata dalla|coordinata dal|coordinata dalla',
  ),
  participate: w(
    'partecipa|partecipano|partecipazione|partecipato|prende parte|prendono parte|coinvolti|coinvolto|tra cui|hanno avviato|avviano|realizzano|promuovono',
  ),
  named: w('denominato|intitolato|chiamato|dal titolo'),
  copula: w('è|sono|era|erano|come|in qualità di'),
  project: w('progett'),
  subproject: w('sottoprogett'),
  within: w("nell'ambito|nell’ambito|nel quadro|all'interno"),
  period: w('durata|periodo|durata del progetto|periodo di realizzazione'),
  budget: w('budget|bilancio|costo totale|importo totale|valore del progetto'),
  partnerCount: w('numero di partner'),
  status: w('stato'),
  statusValues: {
    completed: w('concluso|terminato|completato'),
    ongoing: w('in corso|attivo'),
    planned: w('previsto|approvato'),
  },
  months: [
    'gennaio gen',
    'febbraio feb',
    'marzo mar',
    'aprile apr',
    'maggio mag',
    'giugno giu',
    'luglio lug',
    'agosto ago',
    'settembre set',
    'ottobre ott',
    'novembre nov',
    'dicembre dic',
  ],
  numbers: w('due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici'),
  administeredBy: w('gestito da|rappresentato da|amministrato da'),
  institutions: w(
    'Commissione europea|Commissione Europea|Parlamento europeo|Ministero|Segretariato congiunto|Autorità di gestione',
  ),
  stopwords: w('il|di|che|e|la|per|in|un|del|della|sono|con|non|una|dei|delle|al|alla|nel|è|gli|le'),
  stem: snowball('italian'),
};
