import { openLedger, type Ledger } from '../../../src-renderer/data/session';
import { createLedgerStorage } from '../../../src-renderer/data/storage';
import type { BenchWindow, StationBenchHarness } from './api';
import { seedDutyPost } from './dutyPost';
import { generateBigStation } from './generate';
import { seedRequests } from './requests';
import type { SlowLinkBenchWindow } from './slowLinkApi';
import { slowLinkBench } from './slowLinkBench';
import type { SyncBenchWindow } from './syncApi';
import { syncBench } from './syncBench';
import { timeActivityQueries, timeActivitySaves } from './timings';

let ledger: Ledger | null = null;

function opened(): Ledger {
  if (!ledger) throw new Error('Call stationBench.open() first.');
  return ledger;
}

/**
 * The same database names and storage as the app (data/session.ts defaults), so the app served from this
 * origin opens what the harness wrote. multiInstance as in the app's web mode: app tabs may be open too.
 */
const harness: StationBenchHarness = {
  async open() {
    ledger ??= await openLedger({ storage: await createLedgerStorage(), multiInstance: true });
  },
  generateBigStation: (options) => generateBigStation(opened(), options),
  timeActivityQueries: (options) => timeActivityQueries(opened(), options),
  timeActivitySaves: (options) => timeActivitySaves(opened(), options),
  seedDutyPost: (options) => seedDutyPost(opened(), options),
  seedRequests: (options) => seedRequests(opened(), options),
  async close() {
    await ledger?.close();
    ledger = null;
  },
};

Object.assign(window, { stationBench: harness } satisfies Pick<BenchWindow, 'stationBench'>);
Object.assign(window, { stationSyncBench: syncBench } satisfies SyncBenchWindow);
Object.assign(window, { stationSlowLinkBench: slowLinkBench } satisfies SlowLinkBenchWindow);
document.body.dataset.ready = 'true';
