import type { StationReport } from '../../domain/reports/stationReport';
import type { ReportChartOption } from './echarts';

export interface ChartLabels {
  sessions: string;
  hours: string;
  /** The unit after a count of sessions (场). */
  sessionsUnit: string;
  slotLabel: (slot: string) => string;
  fieldLabel: (field: string) => string;
}

/* Printed reports go to black-and-white printers too: the two series differ in lightness, not only hue. */
const SESSIONS_COLOR = '#c8161d';
const HOURS_COLOR = '#f0a8a0';
const TEXT_STYLE = { fontFamily: 'inherit', fontSize: 11, color: '#000' };
/**
 * The hover tooltip is drawn inside the chart, not as an HTML box: the HTML tooltip reads the page's
 * computed style on every update, which forces a style pass over the whole freshly changed report.
 */
const TOOLTIP = { trigger: 'axis', renderMode: 'richText' } as const;

/**
 * Sessions and hours per month (yearly report) or per day (monthly report), as bars on two axes.
 * Animation is off so a print started right after drawing never catches a half-grown bar.
 */
export function slotChartOption(report: StationReport, labels: ChartLabels): ReportChartOption {
  return {
    animation: false,
    textStyle: TEXT_STYLE,
    tooltip: TOOLTIP,
    legend: { top: 0, data: [labels.sessions, labels.hours] },
    grid: { left: 40, right: 48, top: 32, bottom: 24 },
    xAxis: { type: 'category', data: report.bySlot.map((s) => labels.slotLabel(s.slot)), axisTick: { alignWithLabel: true } },
    yAxis: [
      { type: 'value', name: labels.sessions, minInterval: 1, nameTextStyle: { align: 'left' } },
      { type: 'value', name: labels.hours, splitLine: { show: false }, nameTextStyle: { align: 'right' } },
    ],
    series: [
      { type: 'bar', name: labels.sessions, data: report.bySlot.map((s) => s.sessions), itemStyle: { color: SESSIONS_COLOR } },
      { type: 'bar', name: labels.hours, yAxisIndex: 1, data: report.bySlot.map((s) => s.hours), itemStyle: { color: HOURS_COLOR } },
    ],
  };
}

/**
 * Sessions by field as horizontal bars, the busiest field on top; fields with no session are left out.
 * Bars rather than a pie: they read on a black-and-white printout, and a pie's label layout costs more
 * to draw than the whole rest of the report.
 */
export function fieldChartOption(report: StationReport, labels: ChartLabels): ReportChartOption {
  const rows = report.fields
    .map((field) => ({ name: labels.fieldLabel(field), value: report.totals.byField[field]?.sessions ?? 0 }))
    .filter((d) => d.value > 0)
    .sort((a, b) => a.value - b.value);
  return {
    animation: false,
    textStyle: TEXT_STYLE,
    tooltip: { ...TOOLTIP, axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1, splitLine: { show: false }, axisLabel: { show: false } },
    yAxis: { type: 'category', data: rows.map((r) => r.name), axisTick: { show: false } },
    series: [
      {
        type: 'bar',
        name: labels.sessions,
        data: rows.map((r) => r.value),
        itemStyle: { color: SESSIONS_COLOR },
        barMaxWidth: 14,
        label: { show: true, position: 'right', formatter: `{c}${labels.sessionsUnit}`, ...TEXT_STYLE },
      },
    ],
  };
}
