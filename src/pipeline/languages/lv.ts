import { suffixStemmer, w } from './stem';
import type { LanguagePack } from './types';

export const lv: LanguagePack = {
  code: 'lv',
  names: w('Latvian|Latviešu|Latviesu'),
  partners: w(
    'partneris|partneri|partneru|partneriem|projekta partneri|partnerība|konsorcijs|dalībnieki|sadarbības partneri|finansējuma saņēmējs|finansējuma saņēmēji|labuma guvējs|labuma guvēji',
  ),
  lead: w(
    'vadošais partneris|vadošā partnera|vadošo partneri|vadošais partneris ir|koordinators|koordinatore|projekta vadītājs|projekta koordinators',
  ),
  associated: w(
    'asociētais partneris|asociētie partneri|stratēģiskais partneris|stratēģiskie partneri|atbalsta partneri',
  ),
  notPartners: w(
    'novērotājs|novērotāji|finansē|līdzfinansē|atbalsta|saimnieks|saistītie projekti|citi projekti|apakšuzņēmēji|mērķa grupas|kontakti|programma|vadošā iestāde|kopīgais sekretariāts|pārstāvji|pārstāvis',
  ),
  organisations: w(
    'centrs|birojs|institūts|slimnīca|muzejs|osta|tīkls|skola|parks|dienests|grupa|organizācija|biedrība|savienība|apvienība|novads|reģions|pilsēta|pašvaldība|direkcija|sekretariāts|laboratorija|platforma|forums|padome|komiteja|aģentūra|iestāde|pārvalde|universitāte|augstskola|kamera|fonds|klasteris|ministrija|uzņēmums|akadēmija|SIA',
  ),
  countryWords: {
    LV: w('latvijas|latviešu'),
    EE: w('igaunijas'),
    LT: w('lietuvas'),
    DE: w('vācijas'),
    RU: w('krievijas'),
  },
  letters: 'āēīūģķļņ',
  country: 'LV',
  honorifics: w('dr|prof'),
  and: w('un|kā arī|&'),
  articles: w(''),
  from: w('no|iz'),
  with: w('ar|kopā ar|sadarbībā ar|partnerībā ar|papildus|blakus'),
  by: w('vadībā'),
  participate: w('piedalās|piedalījās|piedalīsies|dalība|iesaistīti|iesaistītas'),
  named: w('ar nosaukumu|nosaukumā'),
  copula: w('ir|bija|kā'),
  project: w('projekt'),
  subproject: w('apakšprojekt'),
  within: w('ietvaros'),
  period: w('ilgums|projekta ilgums|periods|īstenošanas periods'),
  budget: w('budžets|kopējais budžets|projekta budžets|kopējās izmaksas'),
  partnerCount: w('partneru skaits'),
  status: w('statuss'),
  statusValues: {
    completed: w('pabeigts|noslēdzies'),
    ongoing: w('notiek|īstenošanā'),
    planned: w('plānots|apstiprināts'),
  },
  months: [
    'janvāris janvārī janvara janvaris',
    'februāris februārī februaris',
    'marts martā',
    'aprīlis aprīlī aprilis',
    'maijs maijā',
    'jūnijs jūnijā junijs',
    'jūlijs jūlijā julijs',
    'augusts augustā',
    'septembris septembrī',
    'oktobris oktobrī',
    'novembris novembrī',
    'decembris decembrī',
  ],
  numbers: w(
    'divi divas|trīs|četri četras|pieci piecas|seši sešas|septiņi|astoņi|deviņi|desmit|vienpadsmit|divpadsmit',
  ),
  administeredBy: w('pārstāv'),
  institutions: w('Eiropas Komisija|Eiropas Komisijas|Eiropas Parlaments|ministrija|Ministrija'),
  stopwords: w('un|ir|no|ar|par|uz|kā|lai|arī|tas|kas|bet|vai|pie|ka|projekta|tika|ir|tiek|savu'),
  stem: suffixStemmer('iem ām ās ai ei am os us as es is ij ā ē ī u a e i s š'),
};
