import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { createConflictRepository } from '../../../src-renderer/data/conflicts/repository';
import { differingFields, mergeVersions, validateMerged, type Side } from '../../../src-renderer/data/conflicts/merge';
import type { Ledger } from '../../../src-renderer/data/session';
import type { ConflictDoc } from '../../../src-renderer/domain/entities/conflict';
import { openTestLedger, TEST_STATION, volunteerInput, withCheckChar } from '../../support/testLedger';
import { volunteerFields } from '../../support/volunteerFields';

/**
 * `unknownFields` holds what a newer app version wrote that this one does not know (data/schemaParts.ts).
 * The keeper cannot judge those fields here, so a merge never offers them as a choice and never drops them:
 * each one of either version is carried into the result.
 */

type Doc = Record<string, unknown>;

const base: Doc = {
  id: 'volunteer:1',
  ...volunteerFields({
    updatedAt: '2024-03-06T08:00:00.000Z',
    updatedBy: 'pc-b',
    idNumber: withCheckChar('37010219800101001'),
    phone: '13912345678',
    skills: ['义诊'],
    notes: '二号机',
  }),
};

/** Names a newer version might add; never one of ours. */
const fieldName = fc.constantFrom('wechatId', 'insurance', 'emergencyContact', 'badge', 'languages');
const fieldValue = fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.record({ until: fc.string({ maxLength: 10 }) }));
const unknownFields = fc.option(fc.dictionary(fieldName, fieldValue, { maxKeys: 4 }), { nil: undefined });
const choices = fc.record({ name: fc.constantFrom<Side>('current', 'other'), notes: fc.constantFrom<Side>('current', 'other') });

function withUnknown(doc: Doc, fields: Doc | undefined): Doc {
  return fields === undefined ? { ...doc } : { ...doc, unknownFields: fields };
}

function keysOf(fields: Doc | undefined): string[] {
  return Object.keys(fields ?? {});
}

describe('a merge carries the fields of a newer app version along', () => {
  it('never offers them as a field to choose', () => {
    const current = withUnknown(base, { wechatId: 'zs-1' });
    const other = withUnknown({ ...base, notes: '一号机' }, { wechatId: 'zs-2', badge: 7 });
    expect(differingFields(current, other)).toEqual(['notes']);
  });

  it('keeps every one of either version, the current one’s value where both have it, through the form rules too', () => {
    fc.assert(
      fc.property(unknownFields, unknownFields, choices, (mine, theirs, chosen) => {
        const current = withUnknown(base, mine);
        const other = withUnknown({ ...base, name: '张叁', notes: '一号机' }, theirs);
        const merged = mergeVersions(current, other, chosen);
        const checked = validateMerged('volunteers', merged);
        expect(checked.ok).toBe(true);
        const carried = checked.ok ? (checked.value.unknownFields as Doc | undefined) : undefined;
        const expected = { ...theirs, ...mine };
        if (Object.keys(expected).length === 0) expect(carried).toBeUndefined();
        else expect(carried).toEqual(expected);
        expect(keysOf(carried).sort()).toEqual([...new Set([...keysOf(mine), ...keysOf(theirs)])].sort());
      }),
      { numRuns: 200 },
    );
  });
});

describe('the conflict review carries them into the record it writes', () => {
  let ledger: Ledger | null = null;
  afterEach(async () => {
    await ledger?.close();
    ledger = null;
  });

  async function conflictOver(currentUnknown: Doc, otherUnknown: Doc) {
    const l = await openTestLedger();
    ledger = l;
    await l.setUpStation(TEST_STATION);
    const created = await l.volunteers.create(volunteerInput({ notes: '二号机' }));
    const stored = await l.db.volunteers.findOne(created.id).exec();
    if (!stored) throw new Error('volunteer missing');
    await stored.incrementalPatch({ unknownFields: currentUnknown });
    const current = (await l.volunteers.get(created.id)) ?? {};
    const at = '2024-03-07T08:00:00.000Z';
    const entry: ConflictDoc = {
      id: 'conflict:test-unknown-fields',
      stationId: l.ctx.stationId,
      createdAt: at,
      updatedAt: at,
      updatedBy: 'pc-b',
      collectionName: 'volunteers',
      docId: created.id,
      kind: 'edit-edit',
      loser: JSON.stringify({ ...current, notes: '一号机', unknownFields: otherUnknown }),
      loserDeleted: false,
      winner: JSON.stringify(current),
      winnerDeleted: false,
      resolved: false,
      resolution: '',
    };
    await l.db.conflicts.insert(entry);
    return { l, id: created.id, conflicts: createConflictRepository(l.db, l.ctx) };
  }

  it('keeping the other version keeps the current one’s unknown fields it lacks', async () => {
    const { l, id, conflicts } = await conflictOver({ wechatId: 'zs-1', badge: 7 }, { wechatId: 'zs-2' });
    await conflicts.keepOther('conflict:test-unknown-fields');
    expect(await l.volunteers.get(id)).toMatchObject({ notes: '一号机', unknownFields: { wechatId: 'zs-2', badge: 7 } });
  });

  it('a field-by-field merge keeps both versions’ unknown fields', async () => {
    const { l, id, conflicts } = await conflictOver({ wechatId: 'zs-1' }, { insurance: { until: '2025-12-31' } });
    await conflicts.merge('conflict:test-unknown-fields', { notes: 'other' });
    expect(await l.volunteers.get(id)).toMatchObject({ notes: '一号机', unknownFields: { wechatId: 'zs-1', insurance: { until: '2025-12-31' } } });
  });
});
