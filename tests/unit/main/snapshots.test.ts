import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSnapshotFolder } from '../../../src-main/snapshots';
import type { SnapshotMeta } from '../../../src-renderer/platform/api';

const meta = (day: string, reason: SnapshotMeta['reason'] = 'daily'): SnapshotMeta => ({
  reason,
  day,
  createdAt: `${day}T08:00:00.000Z`,
  appVersion: '0.1.0',
  stationCode: 'JN-LX-001',
  records: 3,
});

describe('automatic snapshots in the app’s data folder', () => {
  let folder: string;
  beforeEach(async () => {
    folder = path.join(await mkdtemp(path.join(tmpdir(), 'snapshots-')), 'snapshots');
  });
  afterEach(async () => {
    await rm(path.dirname(folder), { recursive: true, force: true });
  });

  it('keeps each snapshot as a file, numbered in the order taken whatever the dates say, and reads it back', async () => {
    const store = createSnapshotFolder(folder);
    const first = await store.write({ meta: meta('2026-12-04'), data: new Uint8Array([1, 2, 3]) });
    // The clock went back a year: the counter, not the date, says which is newer.
    const second = await store.write({ meta: meta('2025-12-04', 'update'), data: new Uint8Array([4, 5]) });
    expect([first.sequence, second.sequence]).toEqual([1, 2]);
    expect(second.bytes).toBe(2);
    expect((await store.list()).map((s) => s.id)).toEqual([first.id, second.id]);
    expect([...((await store.read(second.id)) ?? [])]).toEqual([4, 5]);
    expect((await readdir(folder)).sort()).toEqual(['1-2026-12-04-daily.slbackup', '2-2025-12-04-update.slbackup', 'snapshots.json']);
  });

  it('removes a snapshot from the list and the disk, and never touches a file outside the folder', async () => {
    const store = createSnapshotFolder(folder);
    const one = await store.write({ meta: meta('2026-12-04'), data: new Uint8Array([1]) });
    await store.remove(one.id);
    expect(await store.list()).toEqual([]);
    expect(await store.read(one.id)).toBeNull();
    const outside = path.join(path.dirname(folder), 'keep.txt');
    await writeFile(outside, 'x');
    await expect(store.remove('../keep.txt')).rejects.toThrow();
    await expect(store.read('../keep.txt')).rejects.toThrow();
    expect(await readdir(path.dirname(folder))).toContain('keep.txt');
  });

  it('takes snapshots asked for at once one after the other, none lost, and counts on after a restart', async () => {
    const store = createSnapshotFolder(folder);
    await Promise.all(['2026-12-01', '2026-12-02', '2026-12-03'].map((day) => store.write({ meta: meta(day), data: new Uint8Array([1]) })));
    expect((await store.list()).map((s) => s.sequence)).toEqual([1, 2, 3]);
    const again = createSnapshotFolder(folder);
    expect((await again.write({ meta: meta('2026-12-04'), data: new Uint8Array([1]) })).sequence).toBe(4);
  });

  it('a damaged list does not stop the next snapshot', async () => {
    const store = createSnapshotFolder(folder);
    await store.write({ meta: meta('2026-12-04'), data: new Uint8Array([1]) });
    await writeFile(path.join(folder, 'snapshots.json'), '{"next": "x"');
    await expect(store.list()).resolves.toEqual([]);
    // Numbered past the file already there, which stays as it was.
    await expect(store.write({ meta: meta('2026-12-04'), data: new Uint8Array([2]) })).resolves.toMatchObject({ sequence: 2 });
    expect([...((await store.read('1-2026-12-04-daily.slbackup')) ?? [])]).toEqual([1]);
  });
});
