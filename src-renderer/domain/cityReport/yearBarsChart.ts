import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

/**
 * This year's and last year's bars side by side: the city dashboard's charts (sessions by service field, and
 * by month) and the yearly summary's month chart are all drawn from here, so the screen and the Word
 * document show the same chart. The station reports' colours, and animation off, as there.
 */
export const THIS_YEAR_COLOR = '#c8161d';
export const LAST_YEAR_COLOR = '#f0a8a0';
const TEXT_STYLE = { fontFamily: 'inherit', fontSize: 11, color: '#000' };

export type YearBarsOption = ComposeOption<BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

export interface YearSeries {
  categories: string[];
  thisYear: { name: string; values: number[] };
  lastYear: { name: string; values: number[] };
}

export function yearBarsOption(series: YearSeries, horizontal: boolean): YearBarsOption {
  const category = { type: 'category' as const, data: series.categories, axisTick: { alignWithLabel: true } };
  const value = { type: 'value' as const, minInterval: 1 };
  return {
    animation: false,
    textStyle: TEXT_STYLE,
    tooltip: { trigger: 'axis', renderMode: 'richText', axisPointer: { type: 'shadow' } },
    legend: { top: 0, data: [series.thisYear.name, series.lastYear.name] },
    grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? { ...category, inverse: true } : value,
    series: [
      { type: 'bar', name: series.thisYear.name, data: series.thisYear.values, itemStyle: { color: THIS_YEAR_COLOR } },
      { type: 'bar', name: series.lastYear.name, data: series.lastYear.values, itemStyle: { color: LAST_YEAR_COLOR } },
    ],
  };
}
