import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, type TitleComponentOption } from 'echarts/components';
import { init, use as registerChartParts, type ComposeOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { monthBarsOption } from './monthChart';
import type { SummaryDraft } from './summaryDraft';
import type { YearBarsOption } from './yearBarsChart';

// Only what the summary's chart draws; the SVG renderer works without a page, in Node as in the browser.
registerChartParts([BarChart, GridComponent, LegendComponent, TitleComponent, SVGRenderer]);

/** The chart's size on the page, in CSS pixels at 96 to the inch: the width of an A4 page's text. */
export const SUMMARY_CHART_SIZE = { width: 600, height: 320 } as const;
/** The picture is drawn at twice that, so it stays sharp when printed. */
export const SUMMARY_CHART_SCALE = 2;

/**
 * Fonts with the Chinese glyphs, those of Windows first (the city's PCs), then macOS and Linux. The picture is
 * drawn outside any page, where the dashboard's 'inherit' has nothing to inherit from.
 */
export const CHART_FONTS = "'Microsoft YaHei', SimHei, 'PingFang SC', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif";

/** Turns the chart's SVG into a PNG of exactly `pixels`: resvg in the CLI, a canvas in the dashboard. */
export type RasteriseSvg = (svg: string, pixels: { width: number; height: number }) => Promise<Uint8Array>;

type SummaryChartOption = ComposeOption<TitleComponentOption> & YearBarsOption;

/** A bar's count, written above it; nothing over an empty month, where a row of zeros would only crowd the axis. */
function countAbove(params: { value?: unknown }): string {
  return typeof params.value === 'number' && params.value !== 0 ? String(params.value) : '';
}

/** The dashboard's month chart with a title, room for it, and each bar's count written above it for print. */
export function summaryChartOption(draft: SummaryDraft): SummaryChartOption {
  // No tooltip on paper; and ECharts 6 keeps the axis labels inside the grid by itself (containLabel is its legacy switch).
  const { tooltip: _tooltip, ...base } = monthBarsOption(draft.byMonth, { thisYear: `${draft.year}年`, lastYear: `${draft.year - 1}年`, month: (m) => `${m}月` });
  const series = (Array.isArray(base.series) ? base.series : []).map((s) => ({ ...s, label: { show: true, position: 'top' as const, fontSize: 10, formatter: countAbove } }));
  return {
    ...base,
    textStyle: { fontFamily: CHART_FONTS, fontSize: 12, color: '#000' },
    title: { text: `${draft.year}年各月开展志愿服务活动场次`, left: 'center', top: 4, textStyle: { fontFamily: CHART_FONTS, fontSize: 15, fontWeight: 'bold', color: '#000' } },
    legend: { top: 30, data: [`${draft.year}年`, `${draft.year - 1}年`], textStyle: { fontFamily: CHART_FONTS } },
    grid: { left: 12, right: 24, top: 64, bottom: 12 },
    yAxis: { type: 'value', minInterval: 1, name: '场次', nameTextStyle: { fontFamily: CHART_FONTS } },
    series,
  };
}

/** The summary's month chart as an SVG document of SUMMARY_CHART_SIZE, drawn by ECharts without a page. */
export function summaryChartSvg(draft: SummaryDraft): string {
  const chart = init(null, undefined, { renderer: 'svg', ssr: true, ...SUMMARY_CHART_SIZE });
  try {
    chart.setOption({ ...summaryChartOption(draft), backgroundColor: '#fff' });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
