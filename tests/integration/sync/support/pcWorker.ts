// A station PC in its own worker thread: its own RxDB (13-collection limit per process), its own fake
// IndexedDB. The parent drives it with { id, method, args } messages and gets { id, result | error } back.
import 'fake-indexeddb/auto';
import { parentPort, workerData } from 'node:worker_threads';
import { openPc, type PcOptions } from './stationPc';

interface Call {
  id: number;
  method: string;
  args: unknown[];
}

const port = parentPort;
if (!port) throw new Error('pcWorker must run in a worker thread');

const pc = await openPc({ ...(workerData as PcOptions), storage: 'plain' });
const methods = pc as unknown as Record<string, (...args: unknown[]) => unknown>;

port.on('message', (call: Call) => {
  const method = methods[call.method];
  if (typeof method !== 'function') {
    port.postMessage({ id: call.id, error: `no method ${call.method}` });
    return;
  }
  Promise.resolve()
    .then(() => method(...call.args))
    .then(
      (result) => port.postMessage({ id: call.id, result }),
      (error: unknown) => port.postMessage({ id: call.id, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }),
    );
});
port.postMessage({ ready: true });
