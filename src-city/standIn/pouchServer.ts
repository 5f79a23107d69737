import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { CouchCredentials } from '../couch/client';
import { freePort } from './freePort';

/**
 * pouchdb-server (a CouchDB-protocol server on PouchDB) as a child process: the city's development
 * server and the integration tests' stand-in for CouchDB. A child process keeps its crashes (it has
 * some, see couchGuard.ts) and its global state out of the caller.
 */
export interface PouchServerOptions {
  /** Holds config.json, log.txt and, on disk, the databases (under `db/`). */
  dir: string;
  /** In memory: everything is gone when it stops. On disk: LevelDB files under `<dir>/db/`. */
  inMemory: boolean;
  admin: CouchCredentials;
  host?: string;
  port?: number;
  startTimeoutMs?: number;
}

export interface PouchServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

const DEFAULT_START_TIMEOUT_MS = 20 * 1000;
const POLL_MS = 100;
const STOP_GRACE_MS = 5 * 1000;
const PORT_ATTEMPTS = 3;
const OUTPUT_TAIL_CHARS = 4000;

function binPath(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('pouchdb-server/package.json')), 'bin', 'pouchdb-server');
}

async function writeConfig(options: PouchServerOptions): Promise<string> {
  await mkdir(options.dir, { recursive: true });
  const configPath = path.join(options.dir, 'config.json');
  // pouchdb-server replaces the plain admin password with its PBKDF2 hash as it starts.
  const config = {
    admins: { [options.admin.username]: options.admin.password },
    log: { file: path.join(options.dir, 'log.txt'), level: 'info' },
  };
  await writeFile(configPath, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
  return configPath;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

interface Attempt {
  child: ChildProcess;
  output: () => string;
  exited: () => boolean;
}

function launch(options: PouchServerOptions, configPath: string, host: string, port: number): Attempt {
  const args = [binPath(), '--port', String(port), '--host', host, '--no-stdout-logs', '--config', configPath];
  if (options.inMemory) args.push('--in-memory', '--dir', options.dir);
  else args.push('--dir', path.join(options.dir, 'db'));
  const child = spawn(process.execPath, args, { cwd: options.dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let exited = false;
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-OUTPUT_TAIL_CHARS);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  child.on('exit', () => {
    exited = true;
  });
  return { child, output: () => output, exited: () => exited };
}

function killAndWait(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export async function startPouchServer(options: PouchServerOptions): Promise<PouchServer> {
  const host = options.host ?? '127.0.0.1';
  const configPath = await writeConfig(options);
  const timeout = options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;
  let lastOutput = '';
  for (let attempt = 0; attempt < PORT_ATTEMPTS; attempt += 1) {
    const port = options.port ?? (await freePort(host));
    const url = `http://${host}:${port}`;
    const run = launch(options, configPath, host, port);
    const deadline = Date.now() + timeout;
    let ready = false;
    while (!ready && Date.now() < deadline && !run.exited() && !run.output().includes('already in use')) {
      ready = await answers(`${url}/`);
      if (!ready) await sleep(POLL_MS);
    }
    if (ready) {
      // A test process that ends without stop() must not leave the server running.
      const killOnExit = () => run.child.kill('SIGKILL');
      process.on('exit', killOnExit);
      return {
        url,
        port,
        stop: async () => {
          process.off('exit', killOnExit);
          await killAndWait(run.child);
        },
      };
    }
    lastOutput = run.output();
    await killAndWait(run.child);
    if (options.port !== undefined || !lastOutput.includes('already in use')) break;
  }
  throw new Error(`pouchdb-server did not start within ${timeout} ms.\n${lastOutput}`);
}
