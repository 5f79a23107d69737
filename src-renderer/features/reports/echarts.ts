import { BarChart, type BarSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { init, use as registerChartParts, type ComposeOption, type EChartsType } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

/*
 * Only the parts the reports draw, so the bundle carries no unused chart types. SVG rather than canvas:
 * it prints and exports to PDF as sharp vectors at any scale.
 */
registerChartParts([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export type ReportChartOption = ComposeOption<
  BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

/**
 * A chart in `element`, drawn as SVG at the given size. Creating charts through here guarantees the parts
 * above are registered.
 */
export function createChart(element: HTMLElement, size: { width: number; height: number }): EChartsType {
  return init(element, undefined, { renderer: 'svg', ...size });
}
