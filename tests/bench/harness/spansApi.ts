/** What harness/spans.ts records in a page, for pullProfile.ts. Types only: compiled both in the page and in the runner. */

/** [start, end] in performance.now() ms. */
export type Span = [number, number];

export interface RecordedSpans {
  /** Each request, until its body has been read. */
  fetches: Span[];
  /** Each IndexedDB readwrite transaction, until it completed (or failed). */
  idbWrites: Span[];
  /** Each IndexedDB readonly transaction. */
  idbReads: Span[];
  /** Records put or added, by object store name (RxDB's replication keeps a meta record per pulled one). */
  puts: Record<string, number>;
}

export interface SpansWindow {
  pullProfileSpans: RecordedSpans;
}
