/**
 * One HTTP exchange of the photo channel. The record channel's CouchClient speaks JSON only; photos need
 * raw bytes both ways, DELETE, and the upload's progress, which only XMLHttpRequest reports (a streamed
 * fetch body needs HTTP/2, which CouchDB does not speak). Without XMLHttpRequest (Node, tests) fetch is
 * used and the progress jumps to the end when the answer comes.
 */
export interface ExchangeRequest {
  method: 'GET' | 'PUT' | 'POST' | 'DELETE';
  url: string;
  headers: Record<string, string>;
  body?: Blob | string;
  /** What the caller reads from the answer. */
  expect: 'text' | 'blob';
  timeoutMs: number;
  signal?: AbortSignal;
  onUploadProgress?: (sentBytes: number) => void;
}

export interface ExchangeAnswer {
  status: number;
  text: string;
  blob: Blob | null;
}

/** Rejects with TimeoutError when `timeoutMs` passed without a whole answer, AbortError when aborted, TypeError on a network failure. */
export type Exchange = (request: ExchangeRequest) => Promise<ExchangeAnswer>;

export class TimeoutError extends Error {
  constructor(what: string) {
    super(what);
    this.name = 'TimeoutError';
  }
}

export function fetchExchange(doFetch: typeof fetch): Exchange {
  return async (request) => {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, request.timeoutMs);
    const onAbort = () => controller.abort();
    request.signal?.addEventListener('abort', onAbort);
    try {
      const init: RequestInit & { cache?: 'no-store' } = {
        method: request.method,
        headers: request.headers,
        body: request.body,
        signal: controller.signal,
        credentials: 'omit',
        cache: 'no-store',
      };
      const response = await doFetch(request.url, init);
      const ok = response.status >= 200 && response.status < 300;
      if (request.expect === 'blob' && ok) {
        const blob = await response.blob();
        request.onUploadProgress?.(bodySize(request.body));
        return { status: response.status, text: '', blob };
      }
      const text = await response.text();
      request.onUploadProgress?.(bodySize(request.body));
      return { status: response.status, text, blob: null };
    } catch (error) {
      if (timedOut) throw new TimeoutError(`no complete answer within ${request.timeoutMs} ms`);
      throw error;
    } finally {
      clearTimeout(timer);
      request.signal?.removeEventListener('abort', onAbort);
    }
  };
}

function bodySize(body: Blob | string | undefined): number {
  if (body === undefined) return 0;
  return typeof body === 'string' ? new TextEncoder().encode(body).length : body.size;
}

/** The part of XMLHttpRequest used here (declared so the file also type-checks where there is no DOM). */
interface XhrLike {
  open(method: string, url: string): void;
  setRequestHeader(name: string, value: string): void;
  responseType: string;
  timeout: number;
  withCredentials: boolean;
  readonly status: number;
  readonly response: unknown;
  readonly upload: { onprogress: ((event: { loaded: number }) => void) | null };
  onload: (() => void) | null;
  onerror: (() => void) | null;
  ontimeout: (() => void) | null;
  onabort: (() => void) | null;
  abort(): void;
  send(body: Blob | string | null): void;
}

function xhrConstructor(): (new () => XhrLike) | undefined {
  return (globalThis as { XMLHttpRequest?: new () => XhrLike }).XMLHttpRequest;
}

export function xhrExchange(Xhr: new () => XhrLike): Exchange {
  return (request) =>
    new Promise<ExchangeAnswer>((resolve, reject) => {
      const xhr = new Xhr();
      xhr.open(request.method, request.url);
      for (const [name, value] of Object.entries(request.headers)) xhr.setRequestHeader(name, value);
      xhr.responseType = request.expect === 'blob' ? 'blob' : 'text';
      xhr.timeout = request.timeoutMs;
      xhr.withCredentials = false;
      xhr.upload.onprogress = (event) => request.onUploadProgress?.(event.loaded);
      const onAbort = () => xhr.abort();
      request.signal?.addEventListener('abort', onAbort);
      const done = () => request.signal?.removeEventListener('abort', onAbort);
      xhr.onload = () => {
        done();
        const isBlob = xhr.responseType === 'blob' && xhr.response instanceof Blob;
        const blob = isBlob ? xhr.response : null;
        const ok = xhr.status >= 200 && xhr.status < 300;
        if (blob && !ok) {
          // An error's JSON reason arrives as a Blob when bytes were asked for.
          blob.text().then((text) => resolve({ status: xhr.status, text, blob: null }), reject);
          return;
        }
        resolve({ status: xhr.status, text: typeof xhr.response === 'string' ? xhr.response : '', blob });
      };
      xhr.onerror = () => {
        done();
        reject(new TypeError('network error'));
      };
      xhr.ontimeout = () => {
        done();
        reject(new TimeoutError(`no complete answer within ${request.timeoutMs} ms`));
      };
      xhr.onabort = () => {
        done();
        reject(new DOMException('aborted', 'AbortError'));
      };
      xhr.send(request.body ?? null);
    });
}

/** XMLHttpRequest where there is one (the app), fetch otherwise or when a test injects its own. */
export function defaultExchange(injected?: typeof fetch): Exchange {
  const Xhr = xhrConstructor();
  if (!injected && Xhr) return xhrExchange(Xhr);
  return fetchExchange(injected ?? ((input, init) => fetch(input, init)));
}
