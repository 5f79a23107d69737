import { AlignmentType, Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { type RasteriseSvg, SUMMARY_CHART_SCALE, SUMMARY_CHART_SIZE, summaryChartSvg } from './summaryChart';
import type { SummaryDraft } from './summaryDraft';
import { summaryTables } from './summaryTables';

/** 仿宋 for the body and 黑体 for headings, as official documents are set; Word falls back where a font is missing. */
const BODY_FONT = 'FangSong';
const HEADING_FONT = 'SimHei';
/** 三号 (16 pt) body text, in the half points Word counts in. */
const BODY_SIZE = 32;

function cell(text: string | number, bold = false): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: String(text), bold, font: BODY_FONT, size: 21 })] })] });
}

function table(header: string[], rows: Array<Array<string | number>>): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }), ...rows.map((row) => new TableRow({ children: row.map((v) => cell(v)) }))],
  });
}

/**
 * The month chart as a picture: the dashboard's chart drawn as SVG by ECharts, made a PNG by `rasterise`
 * (resvg in the CLI, a canvas in the browser). A PNG rather than Word's SVG picture: WPS and older Word show
 * only the PNG anyway, and one picture means every reader sees the same chart.
 */
async function monthChart(draft: SummaryDraft, rasterise: RasteriseSvg): Promise<Paragraph> {
  const pixels = { width: SUMMARY_CHART_SIZE.width * SUMMARY_CHART_SCALE, height: SUMMARY_CHART_SIZE.height * SUMMARY_CHART_SCALE };
  const png = await rasterise(summaryChartSvg(draft), pixels);
  const total = draft.byMonth.reduce((sum, m) => sum + m.sessions, 0);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [
      new ImageRun({
        type: 'png',
        data: png,
        transformation: { ...SUMMARY_CHART_SIZE },
        altText: { name: 'month-chart', title: `${draft.year}年各月开展志愿服务活动场次`, description: `${draft.year}年各月开展志愿服务活动场次，全年${total}场次` },
      }),
    ],
  });
}

/**
 * The yearly summary as the Word document the city edits: the title, 一、基本情况 with the drafted paragraphs
 * (first-line indent of two characters) and the month chart, and the tables behind them as an appendix. The
 * rest of the summary (二、主要做法 and on) is the city's own writing; the draft leaves a heading for it.
 */
export async function summaryDocument(draft: SummaryDraft, rasterise: RasteriseSvg): Promise<Uint8Array> {
  const body = (text: string) =>
    new Paragraph({ indent: { firstLine: 640 }, spacing: { line: 560 }, children: [new TextRun({ text, font: BODY_FONT, size: BODY_SIZE })] });
  const heading = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun({ text, font: HEADING_FONT, size: BODY_SIZE })] });
  const document = new Document({
    creator: 'Station Ledger',
    title: draft.title,
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: draft.title, font: HEADING_FONT, size: 44 })] }),
          heading('一、基本情况'),
          ...draft.basics.map(body),
          await monthChart(draft, rasterise),
          heading('二、主要做法和成效'),
          body('（请在此填写。）'),
          heading('附表'),
          ...summaryTables(draft).flatMap((t) => [body(t.name), table(t.header, t.rows)]),
        ],
      },
    ],
  });
  // toArrayBuffer, not toBuffer: the same code runs in Node (the CLI) and in the dashboard's browser.
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
