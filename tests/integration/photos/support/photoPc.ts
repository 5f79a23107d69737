import type { StationCredentials } from '../../../../src-renderer/platform/api';
import type { PhotoOwner } from '../../../../src-renderer/photos/photo';
import { openPhotoStore, type OpenedPhotoStore } from '../../../../src-renderer/photos/store/photoStore';
import { startPhotoSession, type PhotoSession } from '../../../../src-renderer/photos/sync/photoSession';
import { createProgressTracker, type PhotoProgressTracker } from '../../../../src-renderer/photos/sync/progress';
import { createAuthGate } from '../../../../src-renderer/sync/authGate';

/**
 * One PC's photo side: its photo store and the photo channel of a sync session, as the sync service starts
 * it, without the ledger (RxDB allows 13 collections per process; the channel never touches them).
 */
export interface PhotoPc {
  store: OpenedPhotoStore;
  session: PhotoSession;
  progress: PhotoProgressTracker;
  /** Runs the channel until nothing is pending or `maxRuns` runs have gone; the runs' results. */
  runUntilSent(maxRuns: number): Promise<{ runs: number; sentPerRun: number[] }>;
  close(): Promise<void>;
}

let counter = 0;

export function openPhotoPc(name: string, stationId: string, credentials: StationCredentials, options: { requestTimeoutMs?: number } = {}): PhotoPc {
  counter += 1;
  const store = openPhotoStore({ name: `${name}-${process.pid}-${counter}-photos`, context: () => ({ stationId, deviceId: `pc-${name}` }) });
  const progress = createProgressTracker();
  const auth = createAuthGate(1000);
  const session = startPhotoSession({
    store: store.channel,
    ...credentials,
    auth,
    progress,
    stationId: () => stationId,
    recordsBusy: () => false,
    timeoutMs: options.requestTimeoutMs ?? 5000,
    // Retries are driven by the test (runUntilSent), not by the session's own timer.
    backoffBaseMs: 60_000,
    backoffMaxMs: 60_000,
    random: () => 0.5,
    fetch: (input, init) => fetch(input, init),
    pauseMs: 20,
  });
  return {
    store,
    session,
    progress,
    async runUntilSent(maxRuns) {
      const sentPerRun: number[] = [];
      for (let run = 0; run < maxRuns; run++) {
        const result = await session.run();
        sentPerRun.push(result.sent);
        if ((await store.channel.pendingUploads()).length === 0 && (await store.channel.pendingDeletions()).length === 0) return { runs: run + 1, sentPerRun };
      }
      return { runs: maxRuns, sentPerRun };
    },
    async close() {
      await session.stop();
      auth.dispose();
      store.close();
      await store.channel.db.delete();
    },
  };
}

/** A picture's bytes: deterministic noise (nothing compresses it on the way), `size` long. */
export function pictureBytes(size: number, seed: number): Blob {
  const bytes = new Uint8Array(size);
  let x = seed * 2654435761 + 1;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  return new Blob([bytes], { type: 'image/jpeg' });
}

export function addPicture(pc: PhotoPc, owner: PhotoOwner, fileName: string, size: number, seed: number) {
  return pc.store.add({ owner, kind: 'photo', mime: 'image/jpeg', full: pictureBytes(size, seed), thumb: pictureBytes(2000, seed + 1000), width: 1600, height: 1200, fileName });
}
