import { Worker } from 'node:worker_threads';
import type { Pc, PcOptions } from './stationPc';

/** The PC's methods, each answered by the worker. */
export type RemotePc = {
  [K in keyof Pc]: Pc[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : never;
} & { terminate(): Promise<void> };

interface Reply {
  id?: number;
  ready?: boolean;
  result?: unknown;
  error?: string;
}

/** How long one call to the worker may take before the test fails instead of hanging. */
const CALL_TIMEOUT_MS = 240_000;
const START_TIMEOUT_MS = 60_000;

/** Opens a station PC in a worker thread (TypeScript through tsx's loader). Call close() then terminate(). */
export async function openRemotePc(options: Omit<PcOptions, 'storage'>): Promise<RemotePc> {
  const worker = new Worker(new URL('./pcWorkerEntry.mjs', import.meta.url), { workerData: options });
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void; timer: NodeJS.Timeout }>();
  let nextId = 1;
  let failure: Error | null = null;

  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('worker did not start')), START_TIMEOUT_MS);
    worker.on('message', (reply: Reply) => {
      if (reply.ready) {
        clearTimeout(timer);
        resolve();
        return;
      }
      const call = reply.id === undefined ? undefined : pending.get(reply.id);
      if (!call || reply.id === undefined) return;
      pending.delete(reply.id);
      clearTimeout(call.timer);
      if (reply.error !== undefined) call.reject(new Error(reply.error));
      else call.resolve(reply.result);
    });
    worker.on('error', (error) => {
      failure = error;
      clearTimeout(timer);
      reject(error);
      for (const call of pending.values()) call.reject(error);
      pending.clear();
    });
  });
  await ready;

  const call = (method: string, args: unknown[]): Promise<unknown> => {
    if (failure) return Promise.reject(failure);
    const id = nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`worker call ${method} timed out`));
      }, CALL_TIMEOUT_MS);
      pending.set(id, { resolve, reject, timer });
      worker.postMessage({ id, method, args });
    });
  };

  return new Proxy({} as RemotePc, {
    get(_target, prop) {
      if (prop === 'then') return undefined;
      if (prop === 'terminate') return async () => void (await worker.terminate());
      return (...args: unknown[]) => call(String(prop), args);
    },
  });
}
