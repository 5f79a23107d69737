import type { RecordedSpans, SpansWindow } from './spansApi';

/**
 * Loaded into an app page as an init script by pullProfile.ts only (never by the bench: it adds work to
 * every request). Records when each request and each IndexedDB transaction was open, so a profile can
 * tell the page waiting on the server from the page waiting on IndexedDB.
 */
const spans: RecordedSpans = { fetches: [], idbWrites: [], idbReads: [], puts: {} };
Object.assign(window, { pullProfileSpans: spans } satisfies SpansWindow);

const fetchOf = window.fetch.bind(window);
window.fetch = async (...args: Parameters<typeof fetch>): Promise<Response> => {
  const start = performance.now();
  try {
    const response = await fetchOf(...args);
    // The wait ends when the body is in: the app reads every answer whole.
    const body = await response.arrayBuffer();
    spans.fetches.push([start, performance.now()]);
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  } catch (error) {
    spans.fetches.push([start, performance.now()]);
    throw error;
  }
};

const transactionOf: unknown = Object.getOwnPropertyDescriptor(IDBDatabase.prototype, 'transaction')?.value;
if (typeof transactionOf !== 'function') throw new Error('IDBDatabase.prototype.transaction is not a function');
IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>): IDBTransaction {
  const transaction = Reflect.apply(transactionOf, this, args) as IDBTransaction;
  const start = performance.now();
  const list = args[1] === 'readwrite' ? spans.idbWrites : spans.idbReads;
  const end = (): void => {
    list.push([start, performance.now()]);
  };
  transaction.addEventListener('complete', end);
  transaction.addEventListener('abort', end);
  transaction.addEventListener('error', end);
  return transaction;
};

/** Wraps an IDBObjectStore method that writes one record, to count the records each store is given. */
function countWrites(method: 'put' | 'add'): void {
  const original: unknown = Object.getOwnPropertyDescriptor(IDBObjectStore.prototype, method)?.value;
  if (typeof original !== 'function') throw new Error(`IDBObjectStore.prototype.${method} is not a function`);
  IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>): IDBRequest<IDBValidKey> {
    spans.puts[this.name] = (spans.puts[this.name] ?? 0) + 1;
    return Reflect.apply(original, this, args) as IDBRequest<IDBValidKey>;
  };
}
countWrites('put');
countWrites('add');
