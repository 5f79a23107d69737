import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { initCity } from '../../../src-city/commands/init';
import { addStation } from '../../../src-city/commands/stationAdd';
import type { ReplicationSettings } from '../../../src-city/commands/stationServerSide';
import { CouchClient } from '../../../src-city/couch/client';
import { parseStationSetupFile, type StationSetupFile } from '../../../src-renderer/domain/stationSetupFile';
import { startCouchServer, startStandIn, type CouchServer } from './couchServer';

export interface ProvisionedStation {
  /** The set-up file as the city issued it (server URL, database, account, password, profile). */
  setup: StationSetupFile;
  /** Where it was written (mode 0600). */
  file: string;
  auth: { username: string; password: string };
}

export interface ProvisionedCity {
  client: CouchClient;
  replication: ReplicationSettings;
  stations: Record<string, ProvisionedStation>;
  /** Removes the folder the set-up files were written to. */
  cleanUp(): Promise<void>;
}

/**
 * Sets the test server up as the city would: `init`, then `station add` for each code. Stations get the
 * database, `_security`, validate_doc_update, type views, account and roll-up job of a real deployment.
 */
export async function provisionCity(server: CouchServer, codes: readonly string[]): Promise<ProvisionedCity> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'city-setup-files-'));
  const client = new CouchClient(server.url, server.admin);
  const replication = { replicateUrl: server.url, admin: server.admin };
  await initCity(client, replication);
  const stations: Record<string, ProvisionedStation> = {};
  for (const code of codes) {
    const { file } = await addStation(client, {
      profile: { code, name: `${code} 新时代文明实践站`, city: '济南市', county: '历下区', center: '历下区新时代文明实践中心', institute: '姚家街道新时代文明实践所' },
      outDir,
      publicUrl: server.url,
      replication,
    });
    const parsed = parseStationSetupFile(await readFile(file, 'utf8'));
    if (!parsed.ok) throw new Error(`set-up file for ${code} does not parse`);
    stations[code] = { setup: parsed.value, file, auth: { username: parsed.value.username, password: parsed.value.password } };
  }
  return { client, replication, stations, cleanUp: () => rm(outDir, { recursive: true, force: true }) };
}

/** A test server set up as the city would, with these stations. */
export interface CityServer {
  server: CouchServer;
  city: ProvisionedCity;
  /** A station added here, by its code. */
  station(code: string): ProvisionedStation;
  /** Stops the server and removes the set-up files. */
  stop(): Promise<void>;
}

/**
 * startCouchServer() and provisionCity() in one, for a test file's beforeAll. `standIn` is only for tests
 * about the stand-in itself.
 */
export async function startCityServer(codes: readonly string[], options: { standIn?: boolean } = {}): Promise<CityServer> {
  const server = options.standIn === true ? await startStandIn() : await startCouchServer();
  let city: ProvisionedCity;
  try {
    city = await provisionCity(server, codes);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return {
    server,
    city,
    station(code) {
      const station = city.stations[code];
      if (!station) throw new Error(`station ${code} was not provisioned`);
      return station;
    },
    async stop() {
      await server.stop();
      await city.cleanUp();
    },
  };
}
