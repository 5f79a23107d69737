import type { SpreadsheetRead } from '../../domain/records/readSpreadsheet';
import type { WorkbookSpec } from '../../domain/records/workbookSpec';

/**
 * When the worker received a write, had the workbook model built, and had the bytes: wall-clock
 * milliseconds (timeOrigin + now), comparable across the page and the worker, for the export's phase measures.
 */
export interface WriteTimings {
  received: number;
  built: number;
  written: number;
}

/** Messages between the screen and the spreadsheet worker (reading and writing .xlsx off the main thread). */
export type SheetWorkerRequest =
  | { id: number; op: 'read'; bytes: Uint8Array; name: string }
  | { id: number; op: 'write'; spec: WorkbookSpec };

/** The worker's script has loaded: from then on an 'error' event means a job broke, not that workers cannot run. */
export const WORKER_READY_ID = 0;

export type SheetWorkerResponse =
  | { id: typeof WORKER_READY_ID; op: 'ready' }
  | { id: number; op: 'read'; read: SpreadsheetRead }
  | { id: number; op: 'write'; bytes: Uint8Array; timings: WriteTimings }
  | { id: number; op: 'failed' };
