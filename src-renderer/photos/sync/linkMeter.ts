/**
 * What the photo channel has measured of the link, from its own requests: the round trip (small requests'
 * time) and the throughput (bytes over time of requests that carried a file). It sets how many photos go at
 * once and how large the pull's pages are: on a GPRS link several uploads at once only split the same
 * 20 kB/s and make each one slower to finish, so one that the link drops loses more; on a fast link three
 * keep the round trips from idling it.
 */
export interface LinkSample {
  bytes: number;
  ms: number;
}

export interface LinkMeter {
  record(sample: LinkSample): void;
  /** Bytes per second, null until a request with a body has been timed. */
  throughput(): number | null;
  /** Milliseconds of a small request, null until one has been timed. */
  roundTrip(): number | null;
  /** Photos sent (or thumbnails fetched) at once: 1 on a slow or unknown link, up to 3 on a fast one. */
  parallelism(): number;
  /** Changes asked for per pull page: each page's answer about PAGE_SECONDS long on the measured link. */
  pageSize(): number;
}

/** Below this many bytes a request's time is mostly its round trip. */
export const SMALL_REQUEST_BYTES = 16 * 1024;
/** Slower than this (bytes/s), or a round trip longer than SLOW_ROUND_TRIP_MS, is a slow link: one at a time. */
export const SLOW_THROUGHPUT = 64 * 1024;
/** Faster than this is a fast link: three at a time. */
export const FAST_THROUGHPUT = 512 * 1024;
export const SLOW_ROUND_TRIP_MS = 400;
export const MIN_PAGE = 10;
export const MAX_PAGE = 200;
/** A page's answer should take about this long, so a link that drops every 30 s still completes pages. */
export const PAGE_SECONDS = 5;
/** A change with its photo document is about this many bytes of JSON. */
export const CHANGE_BYTES = 700;
/** How much a new measurement counts against what was measured before. */
const WEIGHT = 0.3;

function blend(previous: number | null, next: number): number {
  return previous === null ? next : previous * (1 - WEIGHT) + next * WEIGHT;
}

export function createLinkMeter(): LinkMeter {
  let throughput: number | null = null;
  let roundTrip: number | null = null;
  return {
    record({ bytes, ms }) {
      const elapsed = Math.max(1, ms);
      if (bytes < SMALL_REQUEST_BYTES) roundTrip = blend(roundTrip, elapsed);
      else throughput = blend(throughput, (bytes * 1000) / elapsed);
    },
    throughput: () => throughput,
    roundTrip: () => roundTrip,
    parallelism() {
      if (throughput === null || throughput < SLOW_THROUGHPUT || (roundTrip !== null && roundTrip > SLOW_ROUND_TRIP_MS)) return 1;
      return throughput > FAST_THROUGHPUT ? 3 : 2;
    },
    pageSize() {
      if (throughput === null) return MIN_PAGE * 2;
      return Math.round(Math.min(MAX_PAGE, Math.max(MIN_PAGE, (throughput * PAGE_SECONDS) / CHANGE_BYTES)));
    },
  };
}
