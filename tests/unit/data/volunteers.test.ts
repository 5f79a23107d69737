import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DuplicateIdNumberError, ValidationError } from '../../../src-renderer/data/errors';
import type { Ledger } from '../../../src-renderer/data/session';
import { openTestLedger, TEST_STATION, volunteerInput, withCheckChar } from '../../support/testLedger';

describe('volunteer repository', () => {
  let ledger: Ledger;
  beforeEach(async () => {
    ledger = await openTestLedger();
    await ledger.setUpStation(TEST_STATION);
  });
  afterEach(async () => {
    await ledger.close();
  });

  it('registers a volunteer with normalised, derived fields and the station metadata', async () => {
    const saved = await ledger.volunteers.create(volunteerInput({ idNumber: ` ${withCheckChar('37010219800101001').toLowerCase()} ` }));
    expect(saved.stationId).toBe('JN-LX-001');
    expect(saved.birthDate).toBe('1980-01-01');
    expect(saved.namePinyin).toBe('zhangsan');
    expect(saved.nameInitials).toBe('zs');
    expect(saved.active).toBe(true);
    expect(saved.updatedBy).toBe(ledger.ctx.deviceId);
    expect(saved.id.startsWith('volunteer:')).toBe(true);
  });

  it('refuses a wrong check digit and saves nothing', async () => {
    const good = withCheckChar('37010219800101001');
    const wrongLast = good.endsWith('1') ? `${good.slice(0, 17)}2` : `${good.slice(0, 17)}1`;
    await expect(ledger.volunteers.create(volunteerInput({ idNumber: wrongLast }))).rejects.toSatisfy(
      (e: unknown) => e instanceof ValidationError && e.issues.some((i) => i.field === 'idNumber' && i.key === 'validation.idNumber.checksum'),
    );
    expect(await ledger.volunteers.all()).toHaveLength(0);
  });

  it('refuses a gender that contradicts the ID number', async () => {
    await expect(ledger.volunteers.create(volunteerInput({ gender: 'female' }))).rejects.toSatisfy(
      (e: unknown) => e instanceof ValidationError && e.issues.some((i) => i.field === 'gender'),
    );
  });

  it('refuses a duplicate ID number and names the person already registered', async () => {
    const first = await ledger.volunteers.create(volunteerInput());
    const attempt = ledger.volunteers.create(volunteerInput({ name: '张叁' }));
    await expect(attempt).rejects.toBeInstanceOf(DuplicateIdNumberError);
    await expect(attempt).rejects.toMatchObject({ existingId: first.id, existingName: '张三' });
    expect(await ledger.volunteers.all()).toHaveLength(1);
  });

  it('keeps its own ID number on edit, and lists members of a team', async () => {
    const v = await ledger.volunteers.create(volunteerInput());
    const updated = await ledger.volunteers.update(v.id, volunteerInput({ phone: '0531-88886666', teamIds: ['team:a'] }));
    expect(updated.phone).toBe('0531-88886666');
    expect((await ledger.volunteers.membersOf('team:a')).map((m) => m.id)).toEqual([v.id]);
    await ledger.volunteers.setTeamMembers('team:a', []);
    expect(await ledger.volunteers.membersOf('team:a')).toHaveLength(0);
  });

  it('deactivates without losing the person', async () => {
    const v = await ledger.volunteers.create(volunteerInput());
    await ledger.volunteers.setActive(v.id, false);
    const after = await ledger.volunteers.get(v.id);
    expect(after?.active).toBe(false);
    // Editing an inactive volunteer keeps them inactive.
    expect((await ledger.volunteers.update(v.id, volunteerInput({ notes: '搬家' }))).active).toBe(false);
  });

  it('soft-deletes and undoes the delete with the same content', async () => {
    const v = await ledger.volunteers.create(volunteerInput());
    const snapshot = await ledger.volunteers.remove(v.id);
    expect(await ledger.volunteers.get(v.id)).toBeNull();
    expect(await ledger.volunteers.all()).toHaveLength(0);
    const restored = await ledger.volunteers.restore(snapshot);
    expect(restored).toMatchObject({ id: v.id, name: '张三', idNumber: v.idNumber });
    expect(await ledger.volunteers.all()).toHaveLength(1);
  });
});
