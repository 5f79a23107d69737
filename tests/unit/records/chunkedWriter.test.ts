import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChunkWriteError, writeChunkAtomically } from '../../../src-renderer/data/imports/atomicChunk';
import { writeInChunks } from '../../../src-renderer/data/imports/chunkedWriter';
import { commitImport } from '../../../src-renderer/data/imports/commitImport';
import type { Ledger } from '../../../src-renderer/data/session';
import { parseVolunteerInput, type VolunteerDoc, type VolunteerFields } from '../../../src-renderer/domain/entities/volunteer';
import type { ImportPlan } from '../../../src-renderer/domain/records/importTypes';
import { openTestLedger, TEST_STATION } from '../../support/testLedger';
import { genderOf, manyIdNumber, noPause } from './support';

function fields(i: number): VolunteerFields {
  const id = manyIdNumber(i);
  const parsed = parseVolunteerInput({ name: `志愿者${i}`, gender: genderOf(id), idNumber: id, politicalStatus: 'masses', joinDate: '2023-03-05' });
  if (!parsed.ok) throw new Error('bad fixture');
  return parsed.value;
}

function insertPlan(count: number): ImportPlan {
  return { kind: 'volunteers', writes: Array.from({ length: count }, (_, i) => ({ row: i + 2, op: 'insert' as const, fields: fields(i) })) };
}

describe('writeInChunks', () => {
  it('writes whole chunks and stops between them when cancelled', async () => {
    const chunks: number[] = [];
    const controller = new AbortController();
    const result = await writeInChunks(
      Array.from({ length: 450 }, (_, i) => i),
      (chunk) => {
        chunks.push(chunk.length);
        return Promise.resolve();
      },
      { chunkSize: 100, signal: controller.signal, pause: noPause, onProgress: (written) => written >= 200 && controller.abort() },
    );
    expect(chunks).toEqual([100, 100]);
    expect(result).toEqual({ written: 200, total: 450, cancelled: true });
  });

  it('reports the error of a failing chunk and counts only the chunks before it', async () => {
    let calls = 0;
    const result = await writeInChunks(
      Array.from({ length: 300 }, (_, i) => i),
      () => (++calls === 3 ? Promise.reject(new Error('disk full')) : Promise.resolve()),
      { chunkSize: 60, pause: noPause },
    );
    expect(result.written).toBe(120);
    expect(result.error).toBeInstanceOf(Error);
  });

  it('keeps chunk sizes between 50 and 200 whatever is asked', async () => {
    const sizes: number[] = [];
    const record = (chunk: readonly number[]) => {
      sizes.push(chunk.length);
      return Promise.resolve();
    };
    await writeInChunks(Array.from({ length: 500 }, (_, i) => i), record, { chunkSize: 5000, pause: noPause });
    await writeInChunks(Array.from({ length: 100 }, (_, i) => i), record, { chunkSize: 1, pause: noPause });
    expect(sizes).toEqual([200, 200, 100, 50, 50]);
  });
});

describe('committing an import to the ledger', () => {
  let ledger: Ledger;
  beforeEach(async () => {
    ledger = await openTestLedger();
    await ledger.setUpStation(TEST_STATION);
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await ledger.close();
  });

  it('writes each chunk with one bulk write and the metadata a form save gives', async () => {
    const bulkWrite = vi.spyOn(ledger.db.volunteers.storageInstance, 'bulkWrite');
    const result = await commitImport(ledger, insertPlan(250), { chunkSize: 100, pause: noPause });
    expect(result).toEqual({ written: 250, inserted: 250, updated: 0, total: 250, cancelled: false });
    expect(bulkWrite.mock.calls.map(([rows]) => rows.length)).toEqual([100, 100, 50]);
    const all = await ledger.volunteers.all();
    expect(all).toHaveLength(250);
    expect(all.every((v) => v.stationId === TEST_STATION.code && v.updatedBy === ledger.ctx.deviceId && v.id.startsWith('volunteer:'))).toBe(true);
  });

  it('stops between chunks when cancelled: the ledger holds exactly the chunks written', async () => {
    const controller = new AbortController();
    const result = await commitImport(ledger, insertPlan(300), {
      chunkSize: 100,
      pause: noPause,
      signal: controller.signal,
      onProgress: (written) => written === 100 && controller.abort(),
    });
    expect(result).toMatchObject({ written: 100, inserted: 100, cancelled: true });
    expect(await ledger.volunteers.all()).toHaveLength(100);
  });

  it('refuses a chunk whose ID numbers appeared after the check, keeping the chunks before it', async () => {
    await ledger.volunteers.create({ name: '后来者', gender: genderOf(manyIdNumber(150)), idNumber: manyIdNumber(150), politicalStatus: 'masses', joinDate: '2024-01-01' });
    const result = await commitImport(ledger, insertPlan(300), { chunkSize: 100, pause: noPause });
    expect(result).toMatchObject({ written: 100, failure: 'stale' });
    expect(await ledger.volunteers.all()).toHaveLength(101);
  });

  it('takes a chunk back whole when the storage refuses one of its documents', async () => {
    const create = (i: number, name: string) =>
      ledger.volunteers.create({ name, gender: genderOf(manyIdNumber(i)), idNumber: manyIdNumber(i), politicalStatus: 'masses', joinDate: '2020-01-01' });
    const taken = await create(900, '老队员');
    const edited = await create(901, '另一位');
    const stamp = { updatedAt: '2024-05-01T00:00:00.000Z', updatedBy: 'pc-test' };
    const meta = (id: string) => ({ id, stationId: TEST_STATION.code, createdAt: stamp.updatedAt, ...stamp });
    const fresh: VolunteerDoc = { ...fields(1), ...meta('volunteer:fresh-1') };
    // The same id as a stored record: the storage refuses this one document with a conflict.
    const clashing: VolunteerDoc = { ...fields(2), ...meta(taken.id) };
    const attempt = writeChunkAtomically(ledger.db.volunteers, [fresh, clashing], [{ id: edited.id, fields: { notes: '改过' } }], stamp);
    await expect(attempt).rejects.toBeInstanceOf(ChunkWriteError);
    const all = await ledger.volunteers.all();
    expect(all.map((v) => v.id).sort()).toEqual([taken.id, edited.id].sort());
    expect(all.find((v) => v.id === edited.id)?.notes).toBe('');
    expect(all.find((v) => v.id === taken.id)?.name).toBe('老队员');
  });
});
