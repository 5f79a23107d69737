import type { EChartsType } from 'echarts/core';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { createChart, type ReportChartOption } from './echarts';

/**
 * One ECharts chart, resize-aware. The chart is created on the first size report of a ResizeObserver and
 * resized with the observed size, so ECharts never measures the page itself (which forces a layout of the
 * whole report). Disposed on unmount.
 *
 * A new `option` is drawn during React's commit (a layout effect: ECharts renders synchronously), so the
 * new figures and the new chart reach the screen in the same frame. It is merged into the chart rather
 * than replacing it: the report's options always have the same parts, and rebuilding them all (notMerge)
 * recreates the tooltip, which measures the page and forces a layout of the whole report.
 */
export function EChart({ option, height, testId }: { option: ReportChartOption; height: number; testId?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const latest = useRef(option);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const size = { width: entry.contentRect.width, height: entry.contentRect.height };
      if (size.width === 0) return;
      if (chart.current) {
        chart.current.resize(size);
        return;
      }
      chart.current = createChart(element, size);
      chart.current.setOption(latest.current);
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useLayoutEffect(() => {
    if (latest.current === option) return;
    latest.current = option;
    chart.current?.setOption(option);
  }, [option]);

  return <div ref={box} style={{ width: '100%', height }} data-testid={testId} />;
}
