import { satisfactionPercent } from '../requests/requestFigures';
import { type DutyCounts, formatHours, type RequestCounts } from './yearReport';

/** A sentence in the summary's Chinese and in English (the CLI prints both). */
export interface Bilingual {
  zh: string;
  en: string;
}

/**
 * The report's and the yearly summary's sentences on residents' requests and duty, in the words the city's
 * summaries use; the numbers are the report's. The rate is the station report's (satisfactionPercent: one
 * decimal), and a year nobody rated says so rather than printing 0%.
 */

/** '66.7%', or null when nobody rated. */
export function satisfactionText(counts: Pick<RequestCounts, 'rated' | 'satisfied'>): string | null {
  return counts.rated === 0 ? null : `${satisfactionPercent(counts.satisfied / counts.rated)}%`;
}

export function requestsLine(c: RequestCounts): Bilingual {
  const rate = satisfactionText(c);
  const overdueZh = c.overdue > 0 ? `，逾期未办结${c.overdue}件` : '';
  const overdueEn = c.overdue > 0 ? `, ${c.overdue} overdue` : '';
  return {
    zh: `受理群众点单${c.received}件，办结${c.done}件，${rate === null ? '暂无评价' : `满意率${rate}`}${overdueZh}`,
    en: `${c.received} residents' requests received, ${c.done} done, ${rate === null ? 'none rated yet' : `${rate} satisfied`}${overdueEn}`,
  };
}

export function dutyLine(c: DutyCounts): Bilingual {
  return {
    zh: `值守岗位${c.posts}个，值守${c.shifts}班次、${formatHours(c.hours)}小时`,
    en: `${c.posts} duty posts, ${c.shifts} shifts, ${formatHours(c.hours)} hours on duty`,
  };
}
