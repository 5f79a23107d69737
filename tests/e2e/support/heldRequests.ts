import type { Page, Route } from 'playwright-core';

/** A page's requests held back on their way to the server, so a screen can be read half-way through a load. */
export interface HeldRequests<Name extends string> {
  /** How many requests of this kind have been held so far (the app may ask again for one it gave up on). */
  count(name: Name): number;
  /** Lets every held request, and any later one, go on to the server. */
  release(): void;
  /**
   * Releases, waits until every held request has been passed on, then removes the page's routes.
   * Removing a route while its handler still waits makes Playwright pass the request on by itself, and the
   * handler's own `route.continue()` then fails with "Route is already handled!": the wait prevents that.
   */
  dispose(): Promise<void>;
}

/**
 * Holds back the page's requests of each named kind until `release()`; a kind is told by its URL. The page
 * must have no other routes.
 */
export async function holdRequests<Name extends string>(page: Page, kinds: Record<Name, (url: URL) => boolean>): Promise<HeldRequests<Name>> {
  const held = new Map<Name, number>();
  let letGo = () => {};
  const released = new Promise<void>((resolve) => (letGo = resolve));
  const named = Object.entries(kinds) as [Name, (url: URL) => boolean][];
  const kindOf = (url: URL) => named.find(([, matches]) => matches(url))?.[0];
  const hold = async (route: Route) => {
    const kind = kindOf(new URL(route.request().url()));
    if (kind !== undefined) held.set(kind, (held.get(kind) ?? 0) + 1);
    await released;
    await route.continue();
  };
  await page.route((url) => kindOf(url) !== undefined, hold);
  return {
    count: (name) => held.get(name) ?? 0,
    release: () => letGo(),
    async dispose() {
      letGo();
      // 'wait': the route is taken out first, then its running handlers are awaited, and only then is the
      // browser told to stop intercepting (page.unroute() has no such option).
      await page.unrouteAll({ behavior: 'wait' });
    },
  };
}
