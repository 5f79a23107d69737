import type { Page } from 'playwright-core';

export interface DashboardRead {
  /** From the click on 刷新 to the first frame drawn with the figures. */
  ms: number;
  /** The year's 活动场次 and 站点 as drawn. */
  sessions: number;
  stations: number;
  /** Date.now() in the page at that frame (the bench and the browser share the machine's clock). */
  drawnAt: number;
}

/**
 * Clicks 刷新 on the dashboard's year view and waits, in the page, for the first frame drawn once the read is
 * done (the loading line gone, the headline figures there) and, when `want` is given, showing those figures.
 * A string run in the page as written: this project's Node types know no DOM.
 */
function probeScript(want: { sessions: number; stations: number } | null, timeoutMs: number): string {
  return `(async () => {
    const want = ${JSON.stringify(want)};
    const digits = (testId) => {
      const text = document.querySelector('[data-testid="' + testId + '"] .ant-statistic-content-value')?.textContent ?? null;
      return text === null ? null : Number(text.replace(/\\D/g, ''));
    };
    const drawn = () => {
      if (document.querySelector('[data-testid="city-loading"]') !== null) return false;
      const sessions = digits('city-figure-sessions');
      const stations = digits('city-figure-stations');
      if (sessions === null || stations === null) return false;
      return want === null || (sessions === want.sessions && stations === want.stations);
    };
    const button = document.querySelector('[data-testid="city-refresh"]');
    if (!button) throw new Error('the dashboard shows no 刷新 button');
    const started = performance.now();
    button.click();
    // React draws the loading line on its next turn; a read of the server takes longer than that.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (document.querySelector('[data-testid="city-loading"]') === null) throw new Error('刷新 did not start a new read');
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => { observer.disconnect(); reject(new Error('the figures were not drawn within ${timeoutMs} ms')); }, ${timeoutMs});
      const check = () => {
        if (!drawn()) return;
        observer.disconnect();
        clearTimeout(timer);
        requestAnimationFrame(() => setTimeout(resolve, 0));
      };
      const observer = new MutationObserver(check);
      observer.observe(document, { childList: true, subtree: true, characterData: true });
      check();
    });
    return { ms: performance.now() - started, sessions: digits('city-figure-sessions'), stations: digits('city-figure-stations'), drawnAt: Date.now() };
  })()`;
}

export function refreshYearView(page: Page, want: { sessions: number; stations: number } | null, timeoutMs: number): Promise<DashboardRead> {
  return page.evaluate<DashboardRead>(probeScript(want, timeoutMs));
}
