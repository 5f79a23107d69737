import { afterEach, describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src-renderer/data/errors';
import type { Ledger } from '../../../src-renderer/data/session';
import { openTestLedger, TEST_STATION } from '../../support/testLedger';

describe('station profile', () => {
  let ledger: Ledger | undefined;
  afterEach(async () => {
    await ledger?.close();
  });

  it('sets up once, stamps the code as stationId, and keeps it after reopening', async () => {
    const name = `station-profile-${Date.now()}`;
    ledger = await openTestLedger({ name });
    expect(await ledger.station.get()).toBeNull();
    const saved = await ledger.setUpStation(TEST_STATION);
    expect(saved.stationId).toBe(TEST_STATION.code);
    expect(saved.selfCheck.site).toEqual({ ok: false, note: '' });
    await ledger.close();
    ledger = await openTestLedger({ name });
    expect(ledger.ctx.stationId).toBe(TEST_STATION.code);
    expect((await ledger.station.get())?.name).toBe(TEST_STATION.name);
  });

  it('refuses an invalid profile without leaving a station id behind', async () => {
    ledger = await openTestLedger();
    await expect(ledger.setUpStation({ ...TEST_STATION, contactPhone: '12345' })).rejects.toBeInstanceOf(ValidationError);
    expect(ledger.ctx.stationId).toBe('');
    expect(await ledger.station.get()).toBeNull();
  });

  it('does not let the station code change once set', async () => {
    ledger = await openTestLedger();
    await ledger.setUpStation(TEST_STATION);
    await expect(ledger.station.save({ ...TEST_STATION, code: 'OTHER-1' })).rejects.toSatisfy(
      (e: unknown) => e instanceof ValidationError && e.issues[0]?.key === 'validation.station.codeLocked',
    );
  });

  it('a second PC joins a station by its code before any profile exists, and still knows it after reopening', async () => {
    const name = `station-join-${Date.now()}`;
    ledger = await openTestLedger({ name });
    await ledger.joinStation(` ${TEST_STATION.code} `);
    expect(ledger.ctx.stationId).toBe(TEST_STATION.code);
    expect(await ledger.station.get()).toBeNull();
    await ledger.close();
    ledger = await openTestLedger({ name });
    expect(ledger.ctx.stationId).toBe(TEST_STATION.code);
    await expect(ledger.joinStation('OTHER-1')).rejects.toThrow('already keeps station');
    expect(ledger.ctx.stationId).toBe(TEST_STATION.code);
  });
});
