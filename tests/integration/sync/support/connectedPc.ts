import { afterAll, beforeAll } from 'vitest';
import { startCityServer, type CityServer, type ProvisionedStation } from '../../support/cityProvision';
import { pcOptions } from './serverDocs';
import { openPc, TEST_TIMINGS, type Pc } from './stationPc';

export interface ConnectedPc {
  couch: CityServer;
  /** The first of the codes: the station the PC keeps. */
  station: ProvisionedStation;
  pc: Pc;
}

/**
 * For a test file: a city server set up with these stations, and one PC of the first, set up and
 * connected, handed to `ready`; both closed after the file. A server whose PC did not open is stopped.
 */
export function useConnectedPc(codes: readonly [string, ...string[]], pcName: string, ready: (connected: ConnectedPc) => void): void {
  let connected: ConnectedPc | undefined;
  let couch: CityServer | undefined;
  beforeAll(async () => {
    couch = await startCityServer(codes);
    const station = couch.station(codes[0]);
    const pc = await openPc({ ...pcOptions(pcName, station), timings: TEST_TIMINGS, storage: 'dev' });
    await pc.setUpAndConnect();
    connected = { couch, station, pc };
    ready(connected);
  }, 120_000);
  afterAll(async () => {
    await connected?.pc.close();
    await couch?.stop();
  }, 60_000);
}
