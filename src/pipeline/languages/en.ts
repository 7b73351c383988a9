import { snowball, w } from './stem';
import type { LanguagePack } from './types';

export const en: LanguagePack = {
  code: 'en',
  names: w('English'),
  partners: w(
    'partner|partners|project partners|partnership|partnership composition|consortium|consortium members|beneficiaries|project beneficiaries|participants|participating organisations|participating organizations|members of the consortium',
  ),
  lead: w(
    'lead partner|leading partner|lead beneficiary|lead applicant|lead organisation|lead organization|project leader|project leaders|project lead|project coordinator|coordinator|coordinating partner|coordinating organisation|leader|lead|LP',
  ),
  associated: w(
    'associated partner|associated partners|associate partner|associate partners|associated organisation|associated organisations|strategic partner|strategic partners|associated strategic partner|supporting partner|supporting partners|associated strategic partners',
  ),
  notPartners: w(
    'observer|observers|supported by|sponsors|funded by|financed by|co-funded by|hosts|host|hosted by|related projects|other projects|subcontractors|stakeholders|target groups|contact|contacts|contact person|funding|programme|managing authority|joint secretariat|address|follow us|news|events|members of|representatives of|representative of|on behalf of|delegates of|staff of|experts from|experts of|speakers from',
  ),
  organisations: w(
    'inspectorate|centre|center|office|institute|institution|survey|hospital|museum|library|archive|archives|port|network|school|park|board|service|services|group|organisation|organization|society|union|trust|partnership|county|region|city|town|municipality|district|province|directorate|secretariat|bureau|observatory|laboratory|lab|platform|forum|alliance|council|agency|authority|administration|association|university|college|chamber|foundation|cluster|ministry|department|company|corporation|consortium|exchange|euroregion|institut|academy|innovation centre|technology park',
  ),
  countryWords: {},
  honorifics: w('Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame'),
  and: w('and|&|as well as'),
  articles: w('the|a|an'),
  from: w('from|in|of|at'),
  with: w(
    'with|together with|in cooperation with|in collaboration with|in partnership with|along with|jointly with|in addition to|besides|alongside|with the participation of|with the support of|in association with',
  ),
  by: w('by|led by|coordinated by|implemented by|carried out by|managed by'),
  participate: w(
    'participate|participates|participated|participating|take part|takes part|took part|taking part|involved|participation|participants|join|joins|joined|launched|implement|implements|implemented|implementing|carry out|carries out|carried out',
  ),
  named: w('named|called|entitled|titled'),
  copula: w('is|are|was|were|will be|has been|have been|acts as|act as|as'),
  project: w('project'),
  subproject: w('subproject|sub-project'),
  within: w('within|in the framework of|as part of|under'),
  period: w(
    'duration|project duration|period|project period|implementation|implementation period|timeframe|time frame|start|end|running time',
  ),
  budget: w('budget|total budget|total cost|total eligible|project budget|total value'),
  partnerCount: w('number of partners'),
  status: w('status|project status'),
  statusValues: {
    completed: w('completed|closed|finished|ended'),
    ongoing: w('ongoing|running|in progress|active'),
    planned: w('planned|approved'),
  },
  months: [
    'january jan',
    'february feb',
    'march mar',
    'april apr',
    'may',
    'june jun',
    'july jul',
    'august aug',
    'september sep sept',
    'october oct',
    'november nov',
    'december dec',
  ],
  numbers: w('two|three|four|five|six|seven|eight|nine|ten|eleven|twelve'),
  administeredBy: w('administered by|managed by|run by|operated by|represented by'),
  institutions: w(
    'European Commission|European Parliament|Ministry of|Council of Europe|Joint Secretariat|Managing Authority|UNESCO|United Nations|World Bank',
  ),
  stopwords: w(
    'the|and|of|to|in|is|for|with|that|on|are|as|by|this|from|which|will|be|an|its|their|they|these|those|we',
  ),
  stem: snowball('english'),
};
