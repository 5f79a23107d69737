import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy on 127.0.0.1 in front of the server, standing in for a weak mobile link:
 * - `cutAfter(bytes, times)`: the next `times` connections are dropped once `bytes` of request data went
 *   up them (mid-body for an upload larger than that);
 * - `loseAnswers(times)`: the next `times` answers to an upload (a connection that carried more than
 *   LOST_ANSWER_MIN_BYTES) never arrive: the server got the whole request and acted, the link dropped after;
 * - `setDown(true)`: every open connection dropped and every new one refused (the PC is offline);
 * - `rate`: bytes per second up, as on GPRS (0: unlimited); `dropEvery(ms)`: every connection dropped
 *   that often, as by a link that falls every half minute.
 */
export interface CutProxy {
  url: string;
  cutAfter(bytes: number, times: number): void;
  loseAnswers(times: number): void;
  setRate(bytesPerSecond: number): void;
  dropEvery(ms: number): void;
  setDown(down: boolean): void;
  cuts(): number;
  lostAnswers(): number;
  drops(): number;
  stop(): Promise<void>;
}

const LOST_ANSWER_MIN_BYTES = 4096;
/** A bound on a throttled chunk's wait, so a stuck test cannot hang on a huge sleep. */
const MAX_THROTTLE_WAIT_MS = 5000;

export async function startCutProxy(target: string): Promise<CutProxy> {
  const { hostname, port } = new URL(target);
  let cutBytes = 0;
  let cutsLeft = 0;
  let cuts = 0;
  let loseLeft = 0;
  let lost = 0;
  let rate = 0;
  let drops = 0;
  let dropTimer: ReturnType<typeof setInterval> | null = null;
  let down = false;
  const open = new Set<Socket>();

  const server: Server = createServer((client) => {
    if (down) {
      client.destroy();
      return;
    }
    const upstream = connect(Number(port), hostname);
    open.add(client);
    open.add(upstream);
    let up = 0;
    const cutAt = cutsLeft > 0 ? cutBytes : Infinity;
    if (cutsLeft > 0) cutsLeft -= 1;
    let willLoseAnswer = false;
    const kill = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('data', (chunk: Buffer) => {
      if (up + chunk.length >= cutAt) {
        upstream.write(chunk.subarray(0, Math.max(0, cutAt - up)));
        cuts += 1;
        kill();
        return;
      }
      up += chunk.length;
      if (!willLoseAnswer && loseLeft > 0 && up > LOST_ANSWER_MIN_BYTES) {
        loseLeft -= 1;
        willLoseAnswer = true;
      }
      if (rate > 0) {
        client.pause();
        setTimeout(() => {
          upstream.write(chunk);
          client.resume();
        }, Math.min(MAX_THROTTLE_WAIT_MS, (chunk.length / rate) * 1000));
      } else upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      if (willLoseAnswer) {
        lost += 1;
        kill();
        return;
      }
      client.write(chunk);
    });
    client.on('error', kill);
    upstream.on('error', kill);
    client.on('close', () => {
      upstream.destroy();
      open.delete(client);
    });
    upstream.on('close', () => {
      client.destroy();
      open.delete(upstream);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('proxy has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    cutAfter(bytes, times) {
      cutBytes = bytes;
      cutsLeft = times;
    },
    loseAnswers(times) {
      loseLeft = times;
    },
    setRate(bytesPerSecond) {
      rate = bytesPerSecond;
    },
    dropEvery(ms) {
      if (dropTimer) clearInterval(dropTimer);
      dropTimer =
        ms > 0
          ? setInterval(() => {
              if (open.size > 0) drops += 1;
              for (const socket of open) socket.destroy();
            }, ms)
          : null;
    },
    setDown(value) {
      down = value;
      if (down) for (const socket of open) socket.destroy();
    },
    cuts: () => cuts,
    lostAnswers: () => lost,
    drops: () => drops,
    async stop() {
      if (dropTimer) clearInterval(dropTimer);
      for (const socket of open) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
