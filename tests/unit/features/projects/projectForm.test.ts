import dayjs from 'dayjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ValidationError } from '../../../../src-renderer/data/errors';
import type { Ledger } from '../../../../src-renderer/data/session';
import { newProjectForm, projectFormFromDoc, projectPeriod, toProjectInput } from '../../../../src-renderer/features/projects/projectForm';
import { filterProjects, projectRows } from '../../../../src-renderer/features/projects/projectRows';
import { openTestLedger, TEST_STATION } from '../../../support/testLedger';

/** The named-entity repositories throw validation errors synchronously; the form awaits inside try either way. */
const attempt = <T>(save: () => Promise<T>): Promise<T> => Promise.resolve().then(save);

describe('project form values', () => {
  it('starts today, running, with no end', () => {
    const form = newProjectForm(dayjs('2024-03-05T15:30:00'));
    expect(toProjectInput(form)).toMatchObject({ startDate: '2024-03-05', endDate: '', status: 'running', ownerTeamId: '' });
  });

  it('shows an open-ended period as ongoing', () => {
    expect(projectPeriod('2023-01-01', '', '至今')).toBe('2023-01-01 ~ 至今');
    expect(projectPeriod('2023-01-01', '2023-12-31', '至今')).toBe('2023-01-01 ~ 2023-12-31');
  });
});

describe('projects on the ledger', () => {
  let ledger: Ledger;
  beforeEach(async () => {
    ledger = await openTestLedger();
    await ledger.setUpStation(TEST_STATION);
  });
  afterEach(async () => {
    await ledger.close();
  });

  it('saves the form and reads the same values back for editing', async () => {
    const team = await ledger.teams.create({ name: '巾帼志愿服务队', field: 'aid' });
    const values = {
      ...newProjectForm(dayjs('2023-03-05')),
      name: '“夕阳红”关爱老人项目',
      field: 'aid',
      ownerTeamId: team.id,
      endDate: '2025-12-31',
      brand: '红马甲',
      awards: '2023年市级优秀志愿服务项目',
    };
    const saved = await ledger.projects.create(toProjectInput(values));
    expect(saved).toMatchObject({ startDate: '2023-03-05', endDate: '2025-12-31', status: 'running', ownerTeamId: team.id });
    const back = projectFormFromDoc(saved);
    expect(toProjectInput(back)).toEqual(toProjectInput(values));
  });

  it('refuses an end before the start, on the end date field', async () => {
    const values = { ...newProjectForm(dayjs('2024-05-01')), name: '助学', field: 'tutoring', endDate: '2024-04-30' };
    await expect(attempt(() => ledger.projects.create(toProjectInput(values)))).rejects.toSatisfy(
      (e: unknown) => e instanceof ValidationError && e.issues.some((i) => i.field === 'endDate' && i.key === 'validation.date.endBeforeStart'),
    );
  });

  it('refuses a project without a status or start date', async () => {
    const fields = await attempt(() => ledger.projects.create(toProjectInput({ name: '无状态项目', field: 'aid' }))).then(
      () => [],
      (e: unknown) => (e instanceof ValidationError ? e.issues.map((i) => i.field) : []),
    );
    expect(fields).toEqual(expect.arrayContaining(['status', 'startDate']));
  });

  it('lists the owner team by name, filters by status and finds a project by its brand', async () => {
    const team = await ledger.teams.create({ name: '青年志愿服务队', field: 'tutoring' });
    await ledger.projects.create(toProjectInput({ ...newProjectForm(dayjs('2024-01-01')), name: '四点半课堂', field: 'tutoring', ownerTeamId: team.id }));
    await ledger.projects.create(
      toProjectInput({ ...newProjectForm(dayjs('2020-01-01')), name: '冬季暖心行动', field: 'aid', status: 'finished', brand: '暖冬' }),
    );
    const rows = projectRows(await ledger.projects.all(), await ledger.teams.all());
    expect(rows.find((r) => r.name === '四点半课堂')?.ownerTeamName).toBe('青年志愿服务队');
    expect(rows.find((r) => r.name === '冬季暖心行动')?.ownerTeamName).toBe('');
    expect(filterProjects(rows, { query: '', status: 'finished' }).map((r) => r.name)).toEqual(['冬季暖心行动']);
    expect(filterProjects(rows, { query: '暖冬', status: '' }).map((r) => r.name)).toEqual(['冬季暖心行动']);
    expect(filterProjects(rows, { query: 'sdb', status: '' }).map((r) => r.name)).toEqual(['四点半课堂']);
    expect(filterProjects(rows, { query: 'sdb', status: 'finished' })).toEqual([]);
  });
});
