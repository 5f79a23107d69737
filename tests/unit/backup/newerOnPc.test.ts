import { describe, expect, it } from 'vitest';
import { createBackup } from '../../../src-renderer/data/backup/createBackup';
import { gunzip, gzip, sha256Hex } from '../../../src-renderer/data/backup/gzip';
import { readBackup } from '../../../src-renderer/data/backup/readBackup';
import { restoreBackup } from '../../../src-renderer/data/backup/restoreBackup';
import { volunteerInput } from '../../support/testLedger';
import { backedUpStation, fillStation, storedRecords, withLedger } from './backupFixture';

type Body = { collections: Record<string, Record<string, unknown>[]> } & Record<string, unknown>;

/** The same file with its body changed and its header made to match, as a newer app would have written it. */
async function rewritten(data: Uint8Array, change: (body: Body) => void): Promise<Uint8Array> {
  const text = new TextDecoder().decode(await gunzip(data));
  const newline = text.indexOf('\n');
  const header = JSON.parse(text.slice(0, newline)) as Record<string, unknown>;
  const body = JSON.parse(text.slice(newline + 1)) as Body;
  change(body);
  const bodyBytes = new TextEncoder().encode(JSON.stringify(body));
  const newHeader = { ...header, bodyBytes: bodyBytes.length, checksum: `sha256:${await sha256Hex(bodyBytes)}` };
  return gzip(new TextEncoder().encode(`${JSON.stringify(newHeader)}\n${new TextDecoder().decode(bodyBytes)}`));
}

describe('restoring an older backup over newer records', () => {
  it('on the PC it was taken of: edits and deletions made since are kept, with nothing to review', async () => {
    await withLedger(async (pc) => {
      const { zhang, li } = await fillStation(pc);
      const backup = await createBackup(pc, '0.1.0');
      await pc.volunteers.update(zhang, volunteerInput({ phone: '13700002222', volunteerNo: 'ZY-0001' }));
      await pc.volunteers.remove(li);
      const before = await storedRecords(pc);
      const result = await restoreBackup(pc, await readBackup(backup.data));
      expect(result.total).toMatchObject({ keep: 2, conflict: 0, take: 0, add: 0 });
      expect(await storedRecords(pc)).toEqual(before);
      expect((await pc.volunteers.get(zhang))?.phone).toBe('13700002222');
      expect(await pc.volunteers.get(li)).toBeNull();
    });
  });

  it('on another PC: the newer edit stays and the older version goes to the review screen, once', async () => {
    const { file, ids } = await backedUpStation();
    await withLedger(async (pc) => {
      await restoreBackup(pc, await readBackup(file.data));
      const openBefore = (await pc.db.conflicts.find({ selector: { resolved: false } }).exec()).length;
      await pc.volunteers.update(ids.zhang, volunteerInput({ phone: '13700002222', volunteerNo: 'ZY-0001' }));
      const result = await restoreBackup(pc, await readBackup(file.data));
      expect(result.total).toMatchObject({ conflict: 1, add: 0, take: 0 });
      expect((await pc.volunteers.get(ids.zhang))?.phone).toBe('13700002222');
      const open = await pc.db.conflicts.find({ selector: { resolved: false, docId: ids.zhang } }).exec();
      expect(open).toHaveLength(1);
      expect(JSON.parse(open[0]?.loser ?? '{}')).toMatchObject({ id: ids.zhang, phone: '13912345678' });
      expect((await pc.db.conflicts.find({ selector: { resolved: false } }).exec()).length).toBe(openBefore + 1);
      const settled = await storedRecords(pc);
      const again = await restoreBackup(pc, await readBackup(file.data));
      expect(again.total).toMatchObject({ conflict: 0, add: 0, take: 0 });
      expect(await storedRecords(pc)).toEqual(settled);
    });
  });

  it("keeps a newer app's records as they are: unknown fields, a newer wire major, a collection it does not know", async () => {
    const { file, ids } = await backedUpStation();
    const newer = await rewritten(file.data, (body) => {
      const volunteers = body.collections.volunteers ?? [];
      const zhang = volunteers.find((r) => r._id === ids.zhang);
      if (zhang) Object.assign(zhang, { schemaVersion: Number(zhang.schemaVersion) + 1, wechatId: 'zhangsan-wx' });
      volunteers.push({ ...zhang, _id: 'volunteer:from-major-2', id: 'volunteer:from-major-2', schemaMajor: 2, renamed: true });
      body.collections.honours = [{ _id: 'honour:1', _rev: '1-abc', stationId: 'JN-LX-001', title: '优秀志愿者' }];
    });
    await withLedger(async (pc) => {
      const result = await restoreBackup(pc, await readBackup(newer));
      expect(result.keptUnreadable).toBe(2);
      const zhang = (await pc.db.volunteers.storageInstance.findDocumentsById([ids.zhang], true))[0];
      expect(zhang?.unknownFields).toEqual({ wechatId: 'zhangsan-wx' });
      // The next backup of this PC carries them on, unchanged.
      const again = await readBackup((await createBackup(pc, '0.1.0')).data);
      expect(again.header.keptUnreadable).toBe(2);
      expect(again.body.unreadable.map((u) => u.docId).sort()).toEqual(['honour:1', 'volunteer:from-major-2']);
      expect(again.body.collections.volunteers?.find((r) => r._id === ids.zhang)).toMatchObject({ wechatId: 'zhangsan-wx' });
      const twice = await restoreBackup(pc, await readBackup(newer));
      expect(twice.keptUnreadable).toBe(0);
    });
  });
});
