import type { Locator, Page } from 'playwright-core';

/** What a keeper reads in an element, once it is on screen: `textOf(locator)` waits up to `timeoutMs`. */
export function textWithin(timeoutMs: number): (locator: Locator) => Promise<string> {
  return (locator) => locator.innerText({ timeout: timeoutMs });
}

/** The station's own calendar day in the browser (the context runs in Asia/Shanghai), as YYYY-MM-DD. */
export function browserToday(page: Page): Promise<string> {
  return page.evaluate(() => {
    const d = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  });
}
