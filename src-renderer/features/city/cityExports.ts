import { draftSummary } from '../../domain/cityReport/summaryDraft';
import { summaryDocument } from '../../domain/cityReport/summaryDocument';
import { summaryWorkbook } from '../../domain/cityReport/summaryWorkbook';
import type { YearReport } from '../../domain/cityReport/yearReport';
import { rasteriseInPage } from './svgPicture';

/**
 * The CLI's `summary` files, made in the browser from the figures on the screen: the .xlsx with the drafted
 * 基本情况 and the rows behind every figure, and the Word draft of the yearly summary with its month chart (the CLI's picture, drawn here on a canvas). `place` names the
 * city, or the county for a county's dashboard, as the summary's title does.
 */
export async function summaryXlsx(report: YearReport, lastYear: YearReport, place: string): Promise<{ title: string; data: Uint8Array }> {
  const draft = draftSummary(report, lastYear, place);
  const buffer = await summaryWorkbook(draft, report).xlsx.writeBuffer();
  return { title: draft.title, data: new Uint8Array(buffer) };
}

export async function summaryDocx(report: YearReport, lastYear: YearReport, place: string): Promise<{ title: string; data: Uint8Array }> {
  const draft = draftSummary(report, lastYear, place);
  return { title: draft.title, data: await summaryDocument(draft, rasteriseInPage) };
}
