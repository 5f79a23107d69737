import dayjs from 'dayjs';
import { loadLedgerSnapshot } from '../../data/imports/ledgerSnapshot';
import type { Ledger } from '../../data/session';
import type { DateRange } from '../../domain/dates';
import { buildExport, exportFileName, type ExportKind, type Translate } from '../../domain/records/exportSheets';
import type { LedgerSnapshot } from '../../domain/records/snapshot';
import { writeCsv } from '../../domain/records/writeCsv';
import type { DesktopApi, SaveFileResult } from '../../platform/api';
import { writeXlsxOffThread } from './sheetWorkerClient';
import type { WriteTimings } from './sheetWorkerProtocol';

export type ExportFormat = 'xlsx' | 'csv';

export interface ExportRequest {
  kind: ExportKind;
  range: DateRange | undefined;
  fullIdNumbers: boolean;
  participantDetail: boolean;
  format: ExportFormat;
}

export interface ExportOutcome {
  saved: SaveFileResult;
  fileName: string;
  snapshot: LedgerSnapshot;
}

const DATE = 'YYYY-MM-DD';

/** The worker's share of the write: hand-over (including a worker's start), workbook model, bytes, hand-back. */
function measureWorker(timings: WriteTimings, posted: number, returned: number): void {
  // Never before this page began (a negative start would throw): the two clocks may differ by a fraction of a millisecond.
  const local = (wallClock: number) => Math.max(0, wallClock - performance.timeOrigin);
  performance.measure('records-export:write.post', { start: posted, end: local(timings.received) });
  performance.measure('records-export:write.model', { start: local(timings.received), end: local(timings.built) });
  performance.measure('records-export:write.xlsx', { start: local(timings.built), end: local(timings.written) });
  performance.measure('records-export:write.return', { start: local(timings.written), end: returned });
}

/**
 * One export, start to finish: the ledger as it is now → workbook (written in the worker) or CSV → the
 * host's save dialog (desktop) or a download (web). Its phases are left as Performance API measures
 * ('records-export:*') for the benchmark; nothing is logged.
 */
export async function runExport(ledger: Ledger, platform: DesktopApi, request: ExportRequest, t: Translate): Promise<ExportOutcome> {
  const started = performance.now();
  const snapshot = await loadLedgerSnapshot(ledger);
  const loaded = performance.now();
  const now = dayjs();
  const spec = buildExport(
    snapshot,
    {
      kind: request.kind,
      range: request.range,
      fullIdNumbers: request.fullIdNumbers,
      exportedAt: now.format('YYYY-MM-DD HH:mm'),
      participantDetail: request.participantDetail && request.format === 'xlsx',
    },
    t,
  );
  const built = performance.now();
  const first = spec.sheets[0];
  const xlsx = request.format === 'xlsx' ? await writeXlsxOffThread(spec) : null;
  const data = xlsx ? xlsx.bytes : first ? writeCsv(first) : new Uint8Array();
  const written = performance.now();
  performance.measure('records-export:load', { start: started, end: loaded });
  performance.measure('records-export:build', { start: loaded, end: built });
  performance.measure('records-export:write', { start: built, end: written });
  if (xlsx?.timings) measureWorker(xlsx.timings, built, written);
  const fileName = exportFileName(snapshot.station?.name ?? '', t(`importExport.kinds.${request.kind}`), now.format(DATE), request.format);
  const saved = await platform.saveFile({
    suggestedName: fileName,
    filters: [{ name: t(request.format === 'xlsx' ? 'importExport.export.xlsx' : 'importExport.export.csv'), extensions: [request.format] }],
    data,
  });
  return { saved, fileName, snapshot };
}
