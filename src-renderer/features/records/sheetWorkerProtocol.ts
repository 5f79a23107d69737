import type { SpreadsheetRead } from '../../domain/records/readSpreadsheet';
import type { WorkbookSpec } from '../../domain/records/workbookSpec';

/** Messages between the screen and the spreadsheet worker (reading and writing .xlsx off the main thread). */
export type SheetWorkerRequest =
  | { id: number; op: 'read'; bytes: Uint8Array; name: string }
  | { id: number; op: 'write'; spec: WorkbookSpec };

export type SheetWorkerResponse =
  | { id: number; op: 'read'; read: SpreadsheetRead }
  | { id: number; op: 'write'; bytes: Uint8Array }
  | { id: number; op: 'failed' };
