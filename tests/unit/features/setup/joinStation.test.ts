import { afterEach, describe, expect, it } from 'vitest';
import type { SyncRunRow } from '../../../../src-renderer/data/local/localDb';
import type { Ledger } from '../../../../src-renderer/data/session';
import { joinOutcome, prefilledStationForm, readJoinFile, receivedSince } from '../../../../src-renderer/features/setup/joinStation';
import { newStationForm, toStationInput } from '../../../../src-renderer/features/setup/stationForm';
import { INITIAL_SYNC_STATUS } from '../../../../src-renderer/sync/status';
import { fileBytes, SETUP_FILE, SETUP_STATION } from '../../../support/setupFile';
import { openTestLedger } from '../../../support/testLedger';

const station = SETUP_STATION;
const file = SETUP_FILE;
const bytes = fileBytes;

function run(overrides: Partial<SyncRunRow> = {}): SyncRunRow {
  return { startedAt: '2024-03-05T08:00:00.000Z', finishedAt: '2024-03-05T08:00:02.000Z', sent: 0, received: 0, errorKey: '', errorDetail: '', ...overrides };
}

describe('reading the set-up file on the first-run page', () => {
  it('takes the station of the file when this PC keeps none yet, with the credentials to connect', () => {
    expect(readJoinFile(bytes(file), '')).toEqual({
      ok: true,
      file,
      credentials: { serverUrl: 'https://wmsj.example.cn', database: 'station-jn-lx-001', username: 'station-jn-lx-001', password: file.password },
    });
  });

  it('accepts the file of the station this PC already joined, and refuses another station’s, naming both codes', () => {
    expect(readJoinFile(bytes(file), 'JN-LX-001').ok).toBe(true);
    expect(readJoinFile(bytes(file), 'JN-LX-002')).toEqual({
      ok: false,
      problem: { key: 'sync.connection.codeMismatch', params: { fileCode: 'JN-LX-001', localCode: 'JN-LX-002' } },
    });
  });

  it('says what is wrong with a file that is not a set-up file or is damaged', () => {
    expect(readJoinFile(bytes('not json'), '')).toEqual({ ok: false, problem: { key: 'sync.setupFile.notJson' } });
    expect(readJoinFile(bytes({ hello: 1 }), '')).toEqual({ ok: false, problem: { key: 'sync.setupFile.wrongFormat' } });
    expect(readJoinFile(bytes({ ...file, station: { ...station, code: '' } }), '')).toEqual({ ok: false, problem: { key: 'sync.setupFile.invalid' } });
  });

  it('refuses a file whose database is not the one the city makes for its station', () => {
    expect(readJoinFile(bytes({ ...file, database: 'station-jn-lx-009' }), '')).toEqual({
      ok: false,
      problem: { key: 'sync.connection.databaseMismatch', params: { database: 'station-jn-lx-009', expected: 'station-jn-lx-001' } },
    });
  });
});

describe('the profile form pre-filled from the set-up file', () => {
  let ledger: Ledger | undefined;
  afterEach(async () => {
    await ledger?.close();
    ledger = undefined;
  });

  it('has the station fields of the file and the defaults of a new form for the rest', () => {
    expect(prefilledStationForm(station)).toEqual({ ...newStationForm(), ...station });
  });

  it('has only the code when that is all this PC knows', () => {
    expect(prefilledStationForm({ code: 'JN-LX-001' })).toEqual({ ...newStationForm(), code: 'JN-LX-001' });
  });

  it('once the keeper adds the contact, saves as the joined station’s profile', async () => {
    ledger = await openTestLedger();
    await ledger.joinStation(station.code);
    const saved = await ledger.setUpStation(
      toStationInput({ ...prefilledStationForm(station), contactName: '李站长', contactPhone: '13805310001', address: '幸福里社区服务中心一楼' }),
    );
    expect(saved).toMatchObject({ ...station, stationId: station.code });
  });
});

describe('how fetching the station’s records ended', () => {
  it('opens the ledger once the profile is here, even if the run then failed', () => {
    expect(joinOutcome(run(), true)).toEqual({ kind: 'arrived' });
    expect(joinOutcome(run({ errorKey: 'sync.errors.timeout' }), true)).toEqual({ kind: 'arrived' });
  });

  it('shows the run’s error and its technical detail', () => {
    expect(joinOutcome(run({ errorKey: 'sync.errors.network', errorDetail: 'fetch failed' }), false)).toEqual({
      kind: 'failed',
      problem: { key: 'sync.errors.network', detail: 'fetch failed' },
    });
    expect(joinOutcome(run({ errorKey: 'sync.errors.server' }), false)).toEqual({ kind: 'failed', problem: { key: 'sync.errors.server' } });
  });

  it('says the PC is not connected when no run took place', () => {
    expect(joinOutcome(null, false)).toEqual({ kind: 'failed', problem: { key: 'setup.join.notConnected' } });
  });

  it('says the server has no profile yet when the run went well without one', () => {
    expect(joinOutcome(run({ received: 3 }), false)).toEqual({ kind: 'noProfile' });
  });
});

describe('the received count while fetching', () => {
  const since = '2024-03-05T08:00:00.000Z';

  it('adds the runs since the import to the one under way, so it never falls back to 0 between runs', () => {
    const status = {
      runs: [run({ startedAt: '2024-03-05T08:00:01.000Z', received: 120 }), run({ startedAt: '2024-03-04T08:00:00.000Z', received: 999 })],
      running: true,
      progress: { sent: 0, received: 5, expected: null },
    };
    expect(receivedSince(status, since)).toBe(125);
    expect(receivedSince({ ...status, running: false }, since)).toBe(120);
  });

  it('is 0 before anything arrived', () => {
    expect(receivedSince(INITIAL_SYNC_STATUS, since)).toBe(0);
  });
});
