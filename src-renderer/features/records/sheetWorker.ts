import { readSpreadsheet } from '../../domain/records/readSpreadsheet';
import { buildWorkbook, workbookBytes } from '../../domain/records/writeXlsx';
import { WORKER_READY_ID, type SheetWorkerRequest, type SheetWorkerResponse } from './sheetWorkerProtocol';

/** Milliseconds since the epoch, comparable with the page's clock (each side has its own performance.now origin). */
const wallClock = (): number => performance.timeOrigin + performance.now();

/**
 * Runs in a Web Worker: exceljs needs seconds for a 20,000-row workbook, and the screen must keep
 * drawing its progress meanwhile. Only plain data goes in and out.
 */
async function handle(request: SheetWorkerRequest): Promise<{ response: SheetWorkerResponse; transfer: ArrayBuffer[] }> {
  if (request.op === 'read') return { response: { id: request.id, op: 'read', read: await readSpreadsheet(request.bytes, request.name) }, transfer: [] };
  const received = wallClock();
  const workbook = buildWorkbook(request.spec);
  const built = wallClock();
  const bytes = await workbookBytes(workbook);
  const owned = new Uint8Array(bytes.byteLength);
  owned.set(bytes);
  const timings = { received, built, written: wallClock() };
  return { response: { id: request.id, op: 'write', bytes: owned, timings }, transfer: [owned.buffer] };
}

globalThis.addEventListener('message', (event: MessageEvent<SheetWorkerRequest>) => {
  const request = event.data;
  handle(request)
    .then(({ response, transfer }) => globalThis.postMessage(response, { transfer }))
    .catch(() => {
      const failed: SheetWorkerResponse = { id: request.id, op: 'failed' };
      globalThis.postMessage(failed);
    });
});

const ready: SheetWorkerResponse = { id: WORKER_READY_ID, op: 'ready' };
globalThis.postMessage(ready);
