import type { SpreadsheetRead } from '../../domain/records/readSpreadsheet';
import type { WorkbookSpec } from '../../domain/records/workbookSpec';
import type { SheetWorkerRequest, SheetWorkerResponse, WriteTimings } from './sheetWorkerProtocol';

interface Pending {
  resolve: (response: SheetWorkerResponse) => void;
  reject: (error: Error) => void;
}

/**
 * A file that passed the size, row and cell limits reads in well under a minute on a slow PC; one that
 * takes longer is stopped (the worker is ended) rather than waited for without end.
 */
const READ_TIMEOUT_MS = 120_000;

let worker: Worker | null = null;
/** Set once a worker could not start (an unusual host): from then on the work runs on the main thread. */
let workerBroken = false;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(error: Error): void {
  for (const p of pending.values()) p.reject(error);
  pending.clear();
}

class WorkerUnavailableError extends Error {
  constructor() {
    super('spreadsheet worker unavailable');
    this.name = 'WorkerUnavailableError';
  }
}

/** The worker stopped in the middle of a job (out of memory, a bug in a library): the job is lost, the page is not. */
export class SheetWorkerCrashedError extends Error {
  constructor() {
    super('spreadsheet worker stopped during a job');
    this.name = 'SheetWorkerCrashedError';
  }
}

export class SheetWorkerTimeoutError extends Error {
  constructor() {
    super('spreadsheet worker took too long');
    this.name = 'SheetWorkerTimeoutError';
  }
}

function stopWorker(w: Worker, error: Error): void {
  w.terminate();
  if (worker === w) worker = null;
  failAll(error);
}

function getWorker(): Worker | null {
  if (workerBroken) return null;
  if (worker) return worker;
  try {
    const created = new Worker(new URL('./sheetWorker.ts', import.meta.url), { type: 'module' });
    let ready = false;
    created.addEventListener('message', (event: MessageEvent<SheetWorkerResponse>) => {
      if (event.data.op === 'ready') {
        ready = true;
        return;
      }
      const p = pending.get(event.data.id);
      if (!p) return;
      pending.delete(event.data.id);
      p.resolve(event.data);
    });
    created.addEventListener('error', (event) => {
      event.preventDefault();
      // Before its script ran, an error means workers cannot run here; after, that a job broke. A broken
      // job is not retried on the main thread: what broke the worker would break the page.
      if (!ready) workerBroken = true;
      stopWorker(created, ready ? new SheetWorkerCrashedError() : new WorkerUnavailableError());
    });
    created.addEventListener('messageerror', () => stopWorker(created, new SheetWorkerCrashedError()));
    worker = created;
    return created;
  } catch {
    workerBroken = true;
    return null;
  }
}

function abortError(): DOMException {
  return new DOMException('cancelled', 'AbortError');
}

function send(request: SheetWorkerRequest, transfer: Transferable[], signal?: AbortSignal, timeoutMs?: number): Promise<SheetWorkerResponse> {
  const w = getWorker();
  if (!w) return Promise.reject(new WorkerUnavailableError());
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    const timer = timeoutMs === undefined ? undefined : setTimeout(() => pending.has(request.id) && stopWorker(w, new SheetWorkerTimeoutError()), timeoutMs);
    const settle = () => clearTimeout(timer);
    pending.set(request.id, {
      resolve: (response) => {
        settle();
        resolve(response);
      },
      reject: (error) => {
        settle();
        reject(error);
      },
    });
    // Cancelling a read stops the worker outright: exceljs cannot be interrupted inside a load.
    signal?.addEventListener('abort', () => {
      if (pending.has(request.id)) stopWorker(w, abortError());
    });
    w.postMessage(request, transfer);
  });
}

/**
 * Starts the worker ahead of need: loading and compiling exceljs in it takes the better part of a
 * second on a slow PC, time the keeper spends choosing a file or an export instead of waiting.
 */
export function startSheetWorker(): void {
  getWorker();
}

/**
 * Reads a picked file in the worker (the main thread keeps drawing); on the main thread only if no worker
 * can run at all. Rejects with an AbortError when `signal` aborts, SheetWorkerCrashedError when the worker
 * broke off, SheetWorkerTimeoutError after READ_TIMEOUT_MS.
 */
export async function readSpreadsheetOffThread(bytes: Uint8Array, name: string, signal?: AbortSignal): Promise<SpreadsheetRead> {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  try {
    const response = await send({ id: nextId++, op: 'read', bytes: copy, name }, [copy.buffer], signal, READ_TIMEOUT_MS);
    if (response.op === 'read') return response.read;
    return { ok: false, problem: 'corrupt' };
  } catch (error) {
    if (!(error instanceof WorkerUnavailableError)) throw error;
    const { readSpreadsheet } = await import('../../domain/records/readSpreadsheet');
    return readSpreadsheet(bytes, name);
  }
}

export interface XlsxWritten {
  bytes: Uint8Array;
  /** When the worker received, built and wrote the workbook; null when it was written on the main thread. */
  timings: WriteTimings | null;
}

/** Writes an .xlsx workbook in the worker, or on the main thread if no worker can run. */
export async function writeXlsxOffThread(spec: WorkbookSpec): Promise<XlsxWritten> {
  try {
    const response = await send({ id: nextId++, op: 'write', spec }, []);
    if (response.op === 'write') return { bytes: response.bytes, timings: response.timings };
    throw new Error('writing the workbook failed');
  } catch (error) {
    if (!(error instanceof WorkerUnavailableError)) throw error;
    const { writeXlsx } = await import('../../domain/records/writeXlsx');
    return { bytes: await writeXlsx(spec), timings: null };
  }
}
