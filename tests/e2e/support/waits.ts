import { textWithin } from './pageText';

/** How long a step waits for the screen it expects (a loaded two-core machine included). */
export const WAIT_MS = 15_000;
/** A sync run, or a failed push noticed, can take a few requests' time. */
export const SYNC_WAIT_MS = 30_000;
/** For expect.poll on what a screen shows. */
export const poll = { timeout: WAIT_MS, interval: 100 } as const;
/** For expect.poll on what a sync run brings about. */
export const syncPoll = { timeout: SYNC_WAIT_MS, interval: 200 } as const;
/** The text of a locator once it is there. */
export const textOf = textWithin(WAIT_MS);
