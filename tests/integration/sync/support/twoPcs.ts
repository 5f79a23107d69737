import { afterAll, beforeAll, expect } from 'vitest';
import { startCityServer, type CityServer, type ProvisionedStation } from '../../support/cityProvision';
import { openRemotePc, type RemotePc } from './remotePc';
import { pcOptions } from './serverDocs';
import { openPc, TEST_TIMINGS, type Pc } from './stationPc';

export interface TwoPcs {
  couch(): CityServer;
  station(): ProvisionedStation;
  /** In this process, with its ledger at hand. */
  first(): Pc;
  /** In a worker (RxDB counts open collections per process). */
  second(): RemotePc;
  /** Both PCs sync twice, each run succeeding, so each has the other's changes. */
  bothSynced(): Promise<void>;
}

function ready<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is not open: beforeAll did not run`);
  return value;
}

/**
 * A server with one station and two of its PCs, set up and connected before the file's tests and closed
 * after them: the first sets the station up, the second joins by the set-up file.
 */
export function useTwoPcsOfStation(code: string, name: string): TwoPcs {
  let couch: CityServer | undefined;
  let station: ProvisionedStation | undefined;
  let first: Pc | undefined;
  let second: RemotePc | undefined;

  beforeAll(async () => {
    couch = await startCityServer([code]);
    station = couch.station(code);
    [first, second] = await Promise.all([
      openPc({ ...pcOptions(`${name}-pc-1`, station), timings: TEST_TIMINGS, storage: 'dev' }),
      openRemotePc({ ...pcOptions(`${name}-pc-2`, station), timings: TEST_TIMINGS }),
    ]);
    await first.setUpAndConnect();
    await second.joinAndConnect();
  }, 180_000);

  afterAll(async () => {
    await Promise.allSettled([first?.close(), second?.close()]);
    await second?.terminate();
    await couch?.stop();
  }, 60_000);

  const pcs: TwoPcs = {
    couch: () => ready(couch, 'the server'),
    station: () => ready(station, 'the station'),
    first: () => ready(first, 'the first PC'),
    second: () => ready(second, 'the second PC'),
    async bothSynced() {
      for (let round = 0; round < 2; round++) {
        expect(await pcs.first().syncNow()).toMatchObject({ ok: true });
        expect(await pcs.second().syncNow()).toMatchObject({ ok: true });
      }
    },
  };
  return pcs;
}
