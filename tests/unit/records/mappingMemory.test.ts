import { afterEach, describe, expect, it } from 'vitest';
import { openLocalDb, type LocalDb } from '../../../src-renderer/data/local/localDb';
import { recallMapping, rememberMapping } from '../../../src-renderer/data/imports/mappingMemory';
import { detectFile, needsMappingStep, withRemembered } from '../../../src-renderer/features/records/loadedFile';
import type { SheetGrid } from '../../../src-renderer/domain/records/sheet';

const sheet = (headers: string[]): SheetGrid => ({
  name: '名册',
  hidden: false,
  date1904: false,
  rows: [
    { number: 1, cells: headers.map((text) => ({ kind: 'text' as const, text })) },
    { number: 2, cells: headers.map(() => ({ kind: 'text' as const, text: 'x' })) },
  ],
});

let local: LocalDb | undefined;
afterEach(() => local?.close());

describe('remembered column mappings', () => {
  it('asks for the mapping once per header layout, then reuses it', async () => {
    local = openLocalDb(`mapping-test-${Date.now()}`);
    const headers = ['姓名', '身份证号', '所在社区', '政治面貌', '入队时间'];
    const first = detectFile('volunteers', 'a.xlsx', [sheet(headers)]);
    expect(first.unrecognized).toEqual([2]);
    expect(needsMappingStep('volunteers', first)).toBe(true);

    // The keeper decides the unknown column is the note.
    await rememberMapping(local, 'volunteers', first.headers, { ...first.mapping, '2': 'notes' });

    const again = detectFile('volunteers', 'b.xlsx', [sheet(headers)]);
    const recalled = withRemembered('volunteers', again, await recallMapping(local, 'volunteers', again.headers));
    expect(recalled.mapping['2']).toBe('notes');
    expect(recalled.remembered).toBe(true);
    expect(needsMappingStep('volunteers', recalled)).toBe(false);

    // Another layout, or the same headers for another kind of record, starts afresh.
    expect(await recallMapping(local, 'volunteers', ['姓名', '所在社区'])).toBeNull();
    expect(await recallMapping(local, 'activities', headers)).toBeNull();
  });

  it('skips the mapping step when every header is recognised', () => {
    const file = detectFile('volunteers', 'a.xlsx', [sheet(['姓名', '身份证号码', '政治面貌', '注册时间'])]);
    expect(needsMappingStep('volunteers', file)).toBe(false);
  });
});
