import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ValidationError } from '../../../../src-renderer/data/errors';
import type { Ledger } from '../../../../src-renderer/data/session';
import { searchableOption } from '../../../../src-renderer/features/activities/selectSearch';
import { optionsWithCurrent } from '../../../../src-renderer/features/teams/fieldOptions';
import { matchesNameQuery, nameKeys } from '../../../../src-renderer/features/teams/nameSearch';
import {
  memberChanges,
  membersWithLeader,
  newTeamForm,
  teamFormFromDoc,
  toTeamInput,
} from '../../../../src-renderer/features/teams/teamForm';
import { teamRows } from '../../../../src-renderer/features/teams/teamRows';
import { openTestLedger, TEST_STATION, volunteerInput, withCheckChar } from '../../../support/testLedger';

describe('team form values', () => {
  it('turns the picked date into YYYY-MM-DD and an unpicked one into ""', () => {
    expect(toTeamInput({ ...newTeamForm(), name: ' 党员先锋队 ', field: 'theory', foundedDate: '2023-03-05' })).toEqual({
      name: '党员先锋队',
      field: 'theory',
      leaderId: '',
      foundedDate: '2023-03-05',
      description: '',
    });
    expect(toTeamInput({ name: '队', field: 'aid' }).foundedDate).toBe('');
  });

  it('counts the leader as a member, once', () => {
    expect(membersWithLeader(['v1', 'v2'], 'v3')).toEqual(['v1', 'v2', 'v3']);
    expect(membersWithLeader(['v1', 'v2', 'v1'], 'v2')).toEqual(['v1', 'v2']);
    expect(membersWithLeader(['v1'], '')).toEqual(['v1']);
  });

  it('tells who joins and who leaves', () => {
    expect(memberChanges(['v1', 'v2'], ['v2', 'v3', 'v4'])).toEqual({ added: ['v3', 'v4'], removed: ['v1'] });
    expect(memberChanges(['v1'], ['v1'])).toEqual({ added: [], removed: [] });
  });

  it('keeps a field code the catalogue does not know, shown as itself', () => {
    const options = [searchableOption('theory', '理论宣讲')];
    expect(optionsWithCurrent(options, 'rural_revival')).toEqual([...options, expect.objectContaining({ value: 'rural_revival', label: 'rural_revival' })]);
    expect(optionsWithCurrent(options, 'theory')).toEqual(options);
    expect(optionsWithCurrent(options, undefined)).toEqual(options);
  });
});

describe('team list search', () => {
  const keys = nameKeys({ name: '“夕阳红”2023助老队', namePinyin: 'xiyanghong2023zhulaodui' });
  it.each([
    ['夕阳', true],
    ['xiyang', true],
    ['xyh', true],
    ['zld', true],
    ['2023', true],
    ['qingnian', false],
    ['  ', true],
  ])('"%s" → %s', (query, expected) => {
    expect(matchesNameQuery(keys, query)).toBe(expected);
  });
});

describe('teams with members on the ledger', () => {
  let ledger: Ledger;
  beforeEach(async () => {
    ledger = await openTestLedger();
    await ledger.setUpStation(TEST_STATION);
  });
  afterEach(async () => {
    await ledger.close();
  });

  it('saves a team, its leader and members the way the form does, and lists counts and the leader name', async () => {
    const zhang = await ledger.volunteers.create(volunteerInput());
    const li = await ledger.volunteers.create(volunteerInput({ name: '李四', idNumber: withCheckChar('37010219900202002'), gender: 'female' }));
    const wang = await ledger.volunteers.create(volunteerInput({ name: '王五', idNumber: withCheckChar('37010219850303003') }));

    const values = { ...newTeamForm(), name: '卫生健康服务队', field: 'health', leaderId: li.id, memberIds: [zhang.id] };
    const team = await ledger.teams.create(toTeamInput(values));
    await ledger.volunteers.setTeamMembers(team.id, membersWithLeader(values.memberIds, values.leaderId));

    const members = await ledger.volunteers.membersOf(team.id);
    expect(members.map((m) => m.name).sort()).toEqual(['张三', '李四']);
    expect(teamFormFromDoc(team, members.map((m) => m.id)).leaderId).toBe(li.id);

    const [row] = teamRows(await ledger.teams.all(), await ledger.volunteers.all());
    expect(row).toMatchObject({ name: '卫生健康服务队', leaderName: '李四', memberCount: 2 });

    // Editing: 王五 joins, 张三 leaves; the leader stays.
    await ledger.volunteers.setTeamMembers(team.id, membersWithLeader([wang.id], li.id));
    expect((await ledger.volunteers.membersOf(team.id)).map((m) => m.name).sort()).toEqual(['李四', '王五']);
  });

  it('keeps the volunteers when their team is deleted, and undo brings the members back', async () => {
    const zhang = await ledger.volunteers.create(volunteerInput());
    const team = await ledger.teams.create(toTeamInput({ name: '理论宣讲队', field: 'theory' }));
    await ledger.volunteers.setTeamMembers(team.id, [zhang.id]);

    const snapshot = await ledger.teams.remove(team.id);
    expect(await ledger.teams.all()).toHaveLength(0);
    expect(await ledger.volunteers.get(zhang.id)).toMatchObject({ name: '张三' });

    await ledger.teams.restore(snapshot);
    expect(teamRows(await ledger.teams.all(), await ledger.volunteers.all())[0]).toMatchObject({ memberCount: 1 });
  });

  it('refuses a team without a service field, naming the field', async () => {
    // The repository throws synchronously on invalid input; the form awaits inside try either way.
    const attempt = Promise.resolve().then(() => ledger.teams.create(toTeamInput({ name: '无领域队' })));
    await expect(attempt).rejects.toSatisfy((e: unknown) => e instanceof ValidationError && e.issues.some((i) => i.field === 'field'));
  });
});
