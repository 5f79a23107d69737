import type { CouchApi } from './couchApi';
import { buildPcHealth, pcHealthName, pcHealthSchema, serverTimeMs, shouldReport, type PcHealth } from '../domain/pcHealth';

/** What a finished sync run tells the reporter. */
export interface RunFacts {
  /** The run's first error as its message key; '' when it succeeded. */
  errorKey: string;
  clockOffsetMs: number | null;
  pending: number;
  refused: number;
  unreadable: number;
}

export interface HealthReporterOptions {
  api: Pick<CouchApi, 'readLocal' | 'writeLocal'>;
  appVersion: string;
  stationId: () => string;
  deviceId: string;
  /** This PC's clock; tests pin it. */
  localNow?: () => number;
}

export interface HealthReporter {
  /** After a run: writes this PC's health record when due (domain/pcHealth.ts). Never throws. */
  afterRun(facts: RunFacts): Promise<void>;
}

/**
 * Writes this PC's health record for the city. Best effort by design: a record that cannot be written
 * (server gone, disk full) is tried again after the next run and never turns a good sync into a failed one.
 */
export function createHealthReporter(options: HealthReporterOptions): HealthReporter {
  const localNow = options.localNow ?? (() => Date.now());
  const name = pcHealthName(options.deviceId);
  let written: PcHealth | null = null;
  let writtenAtLocalMs = 0;
  let lastSuccessServerMs: number | null = null;
  /** The server's record as this session found it, read once: it keeps the last success of earlier sessions. */
  let stored: { health: PcHealth | null; rev: string | undefined } | null = null;

  async function readStored(): Promise<{ health: PcHealth | null; rev: string | undefined }> {
    const doc = await options.api.readLocal(name);
    if (doc === null) return { health: null, rev: undefined };
    const parsed = pcHealthSchema.safeParse(doc);
    return { health: parsed.success ? parsed.data : null, rev: typeof doc._rev === 'string' ? doc._rev : undefined };
  }

  return {
    async afterRun(facts) {
      const nowMs = localNow();
      if (facts.errorKey === '') lastSuccessServerMs = serverTimeMs(nowMs, facts.clockOffsetMs);
      try {
        stored ??= await readStored();
        const next = buildPcHealth({
          stationId: options.stationId(),
          deviceId: options.deviceId,
          appVersion: options.appVersion,
          localNowMs: nowMs,
          clockOffsetMs: facts.clockOffsetMs,
          lastSuccessServerMs,
          previous: stored.health,
          lastErrorKey: facts.errorKey,
          pending: facts.pending,
          refused: facts.refused,
          unreadable: facts.unreadable,
        });
        if (!shouldReport(written, next, nowMs - writtenAtLocalMs)) return;
        const answer = await options.api.writeLocal(name, next, stored.rev);
        stored = { health: next, rev: typeof answer.rev === 'string' ? answer.rev : stored.rev };
        written = next;
        writtenAtLocalMs = nowMs;
      } catch {
        // Read again next time: another session of this PC (a second window) may have written meanwhile.
        stored = null;
      }
    },
  };
}
