import { createServer, request, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * What the proxy can do to a request instead of passing it on faithfully:
 * - reset-before: the connection drops before the server sees the request;
 * - reset-after: the server handles it (a write happens) but the answer never arrives;
 * - error-before / error-after: an HTTP 500 instead of the answer, before or after the server acted;
 * - stall: no answer at all until the client gives up (its timeout), bounded by `stallMs`;
 * - truncate: the server's answer cut off halfway, either as a broken connection or as a clean end;
 * - html: a 200 HTML page (a captive portal or a misconfigured front server) instead of JSON.
 */
export const FAULT_KINDS = ['reset-before', 'reset-after', 'error-before', 'error-after', 'stall', 'truncate', 'html'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultProxyOptions {
  /** The real server, e.g. the guard's URL. */
  target: string;
  /** Share of requests that get a fault, 0…1. */
  faultRate: number;
  /** After this many faults every request passes. */
  maxFaults: number;
  /** A stalled request is dropped after this long even if the client is still waiting. */
  stallMs: number;
  seed: number;
}

export interface FaultProxy {
  url: string;
  faults(): Record<FaultKind, number>;
  totalFaults(): number;
  requests(): number;
  setFaultRate(rate: number): void;
  /** Down: every request's connection is dropped at once (the PC is offline). */
  setDown(down: boolean): void;
  stop(): Promise<void>;
}

/** A small seeded generator (mulberry32) so a failing run can be repeated with its seed. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'host', 'content-length']);

function forwardHeaders(headers: IncomingHttpHeaders): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(key)) out[key] = value;
  }
  return out;
}

/** Requests that only wait for news (the change watcher) are passed on untouched and not counted. */
function isWatch(url: string): boolean {
  return url.includes('feed=longpoll');
}

/**
 * An HTTP proxy on 127.0.0.1 between the sync clients and the server that breaks a share of the requests
 * in the ways a village network and a badly configured front server do. Loopback only; every fault is
 * bounded (count, stall time) and stop() closes every connection.
 */
export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const target = new URL(options.target);
  const random = seeded(options.seed);
  const counts = Object.fromEntries(FAULT_KINDS.map((k) => [k, 0])) as Record<FaultKind, number>;
  let total = 0;
  let requests = 0;
  let rate = options.faultRate;
  let down = false;
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();

  function pickFault(url: string): FaultKind | null {
    if (isWatch(url) || total >= options.maxFaults || random() >= rate) return null;
    const kind = FAULT_KINDS[Math.floor(random() * FAULT_KINDS.length)] ?? 'reset-before';
    counts[kind] += 1;
    total += 1;
    return kind;
  }

  function upstream(req: IncomingMessage, body: Buffer): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer } | null> {
    return new Promise((resolve) => {
      const out = request(
        {
          host: target.hostname,
          port: target.port,
          method: req.method,
          path: req.url,
          headers: { ...forwardHeaders(req.headers), 'content-length': String(body.length) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) }));
          res.on('error', () => resolve(null));
        },
      );
      out.on('error', () => resolve(null));
      out.end(body);
    });
  }

  /** Pass-through that streams the answer, so a long-poll reaches the client as soon as it comes. */
  function pipeThrough(req: IncomingMessage, body: Buffer, res: ServerResponse): void {
    const out = request(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: { ...forwardHeaders(req.headers), 'content-length': String(body.length) },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, forwardHeaders(answer.headers));
        answer.pipe(res);
        answer.on('error', () => res.destroy());
      },
    );
    out.on('error', () => res.destroy());
    res.on('close', () => out.destroy());
    out.end(body);
  }

  function send(res: ServerResponse, status: number, headers: IncomingHttpHeaders, body: Buffer): void {
    res.writeHead(status, { ...forwardHeaders(headers), 'content-length': String(body.length) });
    res.end(body);
  }

  async function handle(req: IncomingMessage, res: ServerResponse, body: Buffer): Promise<void> {
    requests += 1;
    if (down) {
      req.socket.destroy();
      return;
    }
    const fault = pickFault(req.url ?? '');
    switch (fault) {
      case null:
        pipeThrough(req, body, res);
        return;
      case 'reset-before':
        req.socket.destroy();
        return;
      case 'error-before':
        send(res, 500, { 'content-type': 'application/json' }, Buffer.from('{"error":"internal_server_error","reason":"injected"}'));
        return;
      case 'html':
        send(res, 200, { 'content-type': 'text/html' }, Buffer.from('<!DOCTYPE html><html><body>请先登录网络</body></html>'));
        return;
      case 'stall': {
        const timer = setTimeout(() => {
          timers.delete(timer);
          req.socket.destroy();
        }, options.stallMs);
        timers.add(timer);
        return;
      }
      default:
        break;
    }
    const answer = await upstream(req, body);
    if (!answer) {
      req.socket.destroy();
      return;
    }
    if (fault === 'reset-after') {
      req.socket.destroy();
    } else if (fault === 'error-after') {
      send(res, 500, { 'content-type': 'application/json' }, Buffer.from('{"error":"internal_server_error","reason":"injected"}'));
    } else {
      // truncate: half the body, then either a broken connection or a clean (but incomplete) end.
      const half = answer.body.subarray(0, Math.floor(answer.body.length / 2));
      if (random() < 0.5) {
        res.writeHead(answer.status, { ...forwardHeaders(answer.headers), 'content-length': String(answer.body.length) });
        res.write(half, () => req.socket.destroy());
      } else {
        send(res, answer.status, answer.headers, half);
      }
    }
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => void handle(req, res, Buffer.concat(chunks)));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    faults: () => ({ ...counts }),
    totalFaults: () => total,
    requests: () => requests,
    setFaultRate(value) {
      rate = value;
    },
    setDown(value) {
      down = value;
    },
    async stop() {
      for (const timer of timers) clearTimeout(timer);
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
