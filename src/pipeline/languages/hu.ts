import { snowball, w } from './stem';
import type { LanguagePack } from './types';

export const hu: LanguagePack = {
  code: 'hu',
  names: w('Hungarian|Magyar'),
  partners: w(
    'partner|partnerek|partnerei|partnereként|projektpartnerek|projektpartner|partnerség|partnerség|konzorcium|kedvezményezett|kedvezményezettek|résztvevők|partnerszervezetek',
  ),
  lead: w(
    'vezető partner|vezető partnere|vezető partnerként|vezetőpartner|vezető kedvezményezett|vezető kedvezményezettje|főkedvezményezett|koordinátor|koordinátora|konzorciumvezető|projektvezető|pályázó',
  ),
  associated: w('társult partner|társult partnerek|stratégiai partner|stratégiai partnerek|támogató partner'),
  notPartners: w(
    'megfigyelő|megfigyelők|finanszírozza|támogatásával|házigazda|kapcsolódó projektek|más projektek|alvállalkozók|célcsoportok|kapcsolat|elérhetőség|program|irányító hatóság|közös titkárság|tagjai|képviselői|képviselője|nevében',
  ),
  organisations: w(
    'központ|központja|hivatal|hivatala|intézet|kórház|múzeum|kikötő|hálózat|iskola|park|szolgálat|csoport|szervezet|társaság|szövetség|egyesület|unió|megye|megyei|régió|város|község|önkormányzat|önkormányzata|igazgatóság|titkárság|labor|platform|fórum|tanács|bizottság|ügynökség|hatóság|egyetem|főiskola|kamara|alapítvány|klaszter|minisztérium|vállalat|eurorégió|akadémia|zrt|kft|nonprofit|natúrpark|erdészeti',
  ),
  countryWords: {
    HU: w('magyar|magyarországi'),
    AT: w('osztrák'),
    SK: w('szlovák'),
    RO: w('román'),
    HR: w('horvát'),
    SI: w('szlovén'),
    RS: w('szerb'),
    UA: w('ukrán'),
  },
  letters: 'őű',
  country: 'HU',
  honorifics: w('dr|Dr|prof|ifj'),
  and: w('és|valamint|illetve|&'),
  articles: w('a|az|egy'),
  from: w(''),
  with: w('együttműködésben|partnerségben|közösen|mellett|valamint'),
  withAfter: w('együttműködésben|partnerségben|közösen|mellett'),
  by: w('vezetésével|koordinálásával'),
  participate: w(
    'részt vesz|részt vesznek|részvételével|részvétel|bevonásával|valósítja meg|valósítják meg|vesz részt|vesznek részt',
  ),
  named: w('című|nevű|elnevezésű'),
  copula: w('mint'),
  project: w('projekt'),
  subproject: w('alprojekt'),
  within: w('keretében|keretén belül'),
  period: w(
    'időtartam|időtartama|projekt időtartama|megvalósítási időszak|futamidő|projekt kezdete|projekt vége',
  ),
  budget: w('költségvetés|teljes költségvetés|teljes projekt költségvetés|összköltség|támogatás összege'),
  partnerCount: w('partnerek száma'),
  status: w('állapot|státusz|projekt státusz'),
  statusValues: {
    completed: w('befejezett|lezárult|lezárt'),
    ongoing: w('folyamatban|folyamatban lévő'),
    planned: w('tervezett|jóváhagyott'),
  },
  months: [
    'január januar',
    'február februar',
    'március marcius',
    'április aprilis',
    'május majus',
    'június junius',
    'július julius',
    'augusztus',
    'szeptember',
    'október oktober',
    'november',
    'december',
  ],
  numbers: w('kettő két|három|négy|öt|hat|hét|nyolc|kilenc|tíz|tizenegy|tizenkettő'),
  administeredBy: w('képviseletében'),
  institutions: w('Európai Bizottság|Európai Parlament|Minisztérium|Közös Titkárság|Irányító Hatóság'),
  stopwords: w(
    'a|az|és|hogy|nem|is|egy|meg|van|volt|ki|már|mint|de|csak|még|pedig|vagy|között|projekt|által|után',
  ),
  stem: snowball('hungarian'),
};
