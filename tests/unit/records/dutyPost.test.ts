import { firstValueFrom } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src-renderer/data/errors';
import type { Ledger } from '../../../src-renderer/data/session';
import { openTestLedger, TEST_STATION } from '../../support/testLedger';

describe('duty posts on record', () => {
  let ledger: Ledger;
  beforeEach(async () => {
    ledger = await openTestLedger();
    await ledger.setUpStation(TEST_STATION);
  });
  afterEach(async () => {
    await ledger.close();
  });

  it('need a name; texts are trimmed and a new post is staffed', async () => {
    await expect(ledger.dutyPosts.create({ name: '  ' })).rejects.toBeInstanceOf(ValidationError);
    const post = await ledger.dutyPosts.create({ name: ' 文明交通岗 ', place: ' 经十路路口 ' });
    expect(post).toMatchObject({ name: '文明交通岗', place: '经十路路口', field: '', notes: '', active: true, stationId: TEST_STATION.code });
    expect(post.id.startsWith('dutyPost:')).toBe(true);
  });

  it('list the posts still staffed first, and follow edits and removals', async () => {
    const crossing = await ledger.dutyPosts.create({ name: '文明交通岗' });
    const scenic = await ledger.dutyPosts.create({ name: '景区服务岗' });
    await ledger.dutyPosts.update(crossing.id, { name: '文明交通岗', active: false });
    expect((await firstValueFrom(ledger.dutyPosts.all$())).map((p) => p.id)).toEqual([scenic.id, crossing.id]);
    const removed = await ledger.dutyPosts.remove(scenic.id);
    expect((await ledger.dutyPosts.all()).map((p) => p.id)).toEqual([crossing.id]);
    await ledger.dutyPosts.restore(removed);
    expect(await ledger.dutyPosts.all()).toHaveLength(2);
  });
});
