import { openLedger, type Ledger } from '../../../src-renderer/data/session';
import { createLedgerStorage } from '../../../src-renderer/data/storage';
import type { BackupBenchWindow, StationBackupBench } from './backupApi';
import { addBackupExtras, printStation } from './backupBench';

let ledger: Ledger | null = null;

function opened(): Ledger {
  if (!ledger) throw new Error('Call stationBackupBench.open() first.');
  return ledger;
}

/** The app's own database and storage (as harness/main.ts), multiInstance as in web mode: an app tab may be open. */
const backupBench: StationBackupBench = {
  async open() {
    ledger ??= await openLedger({ storage: await createLedgerStorage(), multiInstance: true });
  },
  addExtras: (options) => addBackupExtras(opened(), options),
  print: () => printStation(opened()),
  async close() {
    await ledger?.close();
    ledger = null;
  },
};

Object.assign(window, { stationBackupBench: backupBench } satisfies BackupBenchWindow);
document.body.dataset.ready = 'true';
