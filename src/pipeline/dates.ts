// Dates in project pages -> ISO 8601 partial dates: "1. oktober 2006", "Březen 2010", "02.06.2011", "2010".
import { foldText } from '../graph/normalise';
import { getLexicon } from './languages/lexicon';

export interface PartialDate {
  iso: string;
  index: number;
  end: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** dates.findDates: every date in a text, in order. */
export function findDates(text: string): PartialDate[] {
  const found: PartialDate[] = [];
  const pattern =
    /(?<![\p{L}\p{N}])(?:(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})|(\d{1,2})[/.]((?:19|20)\d{2})|((?:19|20)\d{2})-(\d{2})(?:-(\d{2}))?(?!\d)|(?:(\d{1,2})\.?\s+)?(\p{L}{3,})\.?\s+((?:19|20)\d{2})|((?:19|20)\d{2}))(?![\p{N}])/gu;
  for (const m of text.matchAll(pattern)) {
    let iso: string | undefined;
    if (m[3]) iso = `${m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`;
    else if (m[5]) iso = `${m[5]}-${pad(Number(m[4]))}`;
    else if (m[6]) iso = m[8] ? `${m[6]}-${m[7]}-${m[8]}` : `${m[6]}-${m[7]}`;
    else if (m[10] && m[11]) {
      const month = getLexicon().months.get(foldText(m[10]));
      if (month) iso = m[9] ? `${m[11]}-${pad(month)}-${pad(Number(m[9]))}` : `${m[11]}-${pad(month)}`;
      else iso = m[11];
    } else if (m[12]) iso = m[12];
    if (iso && /-(?:0[1-9]|1[0-2])(?:-|$)|^\d{4}$/.test(iso))
      found.push({ iso, index: m.index, end: m.index + m[0].length });
  }
  // "2010-2013" first reads as year 2010, month 20; the month check above drops it and parsePeriod
  // reads the two years.
  return found;
}

/** dates.parsePeriod: the first range of two dates joined by a dash or a word like "to", "do", "bis". */
export function parsePeriod(text: string): { start: string; end: string } | undefined {
  const years = /(?<!\d)((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})(?!\d)/.exec(text);
  const dates = findDates(text);
  for (let i = 0; i + 1 < dates.length; i += 1) {
    const a = dates[i]!;
    const b = dates[i + 1]!;
    const between = text.slice(a.end, b.index);
    if (/^\s*(?:[-–—]|to|do|až|bis|au|al|à|a|până la|до|–)\s*$/iu.test(between) && a.iso <= b.iso) {
      return { start: a.iso, end: b.iso };
    }
  }
  if (years && years[1] && years[2] && years[1] <= years[2]) return { start: years[1], end: years[2] };
  return undefined;
}
