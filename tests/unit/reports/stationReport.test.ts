import { describe, expect, it } from 'vitest';
import { SERVED_GROUPS, SERVICE_FIELDS } from '../../../src-renderer/domain/catalog';
import { buildStationReport } from '../../../src-renderer/domain/reports/stationReport';
import { ACTIVITIES_2023, ACTIVITIES_2024, PROJECTS } from './fixture';

const yearly = () =>
  buildStationReport({
    period: { kind: 'year', year: 2024 },
    activities: ACTIVITIES_2024,
    lastYearActivities: ACTIVITIES_2023,
    projects: PROJECTS,
    fieldOrder: SERVICE_FIELDS,
    groupOrder: SERVED_GROUPS,
  });

describe('yearly station report (hand-checked fixture)', () => {
  it('totals sessions, hours, distinct volunteers and people served of the year only', () => {
    const r = yearly();
    expect(r.range).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(r.totals.sessions).toBe(5);
    expect(r.totals.hours).toBe(14);
    expect(r.totals.volunteersActive).toBe(4);
    expect(r.totals.served).toBe(110);
    expect(r.totals.byField).toEqual({
      theory: { sessions: 2, hours: 4, served: 40 },
      health: { sessions: 2, hours: 5.5, served: 70 },
      customs: { sessions: 1, hours: 4.5, served: 0 },
    });
  });

  it('lists every month, empty ones as zeros', () => {
    const r = yearly();
    expect(r.bySlot.map((m) => m.slot)).toEqual([
      '2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06',
      '2024-07', '2024-08', '2024-09', '2024-10', '2024-11', '2024-12',
    ]);
    expect(r.bySlot[0]).toEqual({ slot: '2024-01', sessions: 2, hours: 8.5, served: 80 });
    expect(r.bySlot[1]).toEqual({ slot: '2024-02', sessions: 0, hours: 0, served: 0 });
    expect(r.bySlot[2]).toEqual({ slot: '2024-03', sessions: 2, hours: 5.5, served: 20 });
    expect(r.bySlot[11]).toEqual({ slot: '2024-12', sessions: 1, hours: 0, served: 10 });
  });

  it('fills the 12-month × field table with sessions, all catalogue fields as columns', () => {
    const { slotFieldTable: t, fields } = yearly();
    expect(fields).toEqual([...SERVICE_FIELDS]);
    expect(t.rows).toHaveLength(12);
    expect(t.rows[0]?.byField).toMatchObject({ theory: 1, health: 1, customs: 0, aid: 0 });
    expect(t.rows[0]?.total).toBe(2);
    expect(t.rows[2]?.byField).toMatchObject({ customs: 1, health: 1, theory: 0 });
    expect(t.rows[11]?.byField).toMatchObject({ theory: 1 });
    expect(t.rows[5]?.total).toBe(0);
    expect(t.totals.byField).toMatchObject({ theory: 2, health: 2, customs: 1, aid: 0, counselling: 0 });
    expect(t.totals.total).toBe(5);
  });

  it('attributes a multi-group activity to each group and counts it once in the total', () => {
    const { served } = yearly();
    expect(served.total).toBe(110);
    expect(served.overlaps).toBe(true);
    expect(served.rows).toEqual([
      { group: 'elderly', served: 80, sessions: 2 },
      { group: 'children', served: 20, sessions: 1 },
      { group: 'disabled', served: 50, sessions: 1 },
      { group: 'residents', served: 10, sessions: 1 },
      { group: 'unspecified', served: 0, sessions: 1 },
    ]);
  });

  it('ranks volunteers by hours then sessions, and teams by sessions then hours', () => {
    const r = yearly();
    expect(r.topVolunteers).toEqual([
      { volunteerId: 'v1', hours: 6, sessions: 3 },
      { volunteerId: 'v2', hours: 4, sessions: 2 },
      { volunteerId: 'v3', hours: 3.5, sessions: 2 },
      { volunteerId: 'v4', hours: 0.5, sessions: 1 },
    ]);
    expect(r.topTeams).toEqual([
      { teamId: 'T1', sessions: 2, hours: 8.5, volunteers: 4 },
      { teamId: 'T2', sessions: 2, hours: 4.5, volunteers: 2 },
    ]);
  });

  it('lists projects running in the year: dated ones overlapping it and any with activities, busiest first', () => {
    const r = yearly();
    expect(r.projects.map((p) => [p.project.id, p.sessions, p.hours])).toEqual([
      ['P1', 2, 8.5],
      ['P2', 1, 1],
      ['P3', 0, 0],
    ]);
  });

  it('compares with the same period last year', () => {
    const { comparison, lastYearRange } = yearly();
    expect(lastYearRange).toEqual({ from: '2023-01-01', to: '2023-12-31' });
    expect(comparison.sessions).toEqual({ current: 5, previous: 2, ratio: 1.5 });
    expect(comparison.hours).toEqual({ current: 14, previous: 7, ratio: 1 });
    expect(comparison.volunteersActive).toEqual({ current: 4, previous: 2, ratio: 1 });
    expect(comparison.served).toEqual({ current: 110, previous: 40, ratio: 1.75 });
  });
});

describe('monthly station report', () => {
  const march = () =>
    buildStationReport({
      period: { kind: 'month', month: '2024-03' },
      activities: ACTIVITIES_2024,
      lastYearActivities: ACTIVITIES_2023,
      projects: PROJECTS,
      fieldOrder: SERVICE_FIELDS,
      groupOrder: SERVED_GROUPS,
    });

  it('covers only the month, charted by day, with a one-row field table', () => {
    const r = march();
    expect(r.totals.sessions).toBe(2);
    expect(r.totals.hours).toBe(5.5);
    expect(r.totals.volunteersActive).toBe(4);
    expect(r.bySlot).toHaveLength(31);
    expect(r.bySlot[4]).toEqual({ slot: '2024-03-05', sessions: 2, hours: 5.5, served: 20 });
    expect(r.slotFieldTable.rows).toEqual([expect.objectContaining({ slot: '2024-03', total: 2 })]);
  });

  it('has no ratio when the same month last year had no activity', () => {
    const { comparison } = march();
    expect(comparison.sessions).toEqual({ current: 2, previous: 0, ratio: null });
    expect(comparison.served.ratio).toBeNull();
  });

  it('keeps a field the city added later as an extra column', () => {
    const r = buildStationReport({
      period: { kind: 'month', month: '2024-03' },
      activities: [{ ...ACTIVITIES_2024[2]!, field: 'zz_city_new' }],
      lastYearActivities: [],
      projects: [],
      fieldOrder: SERVICE_FIELDS,
      groupOrder: SERVED_GROUPS,
    });
    expect(r.fields.at(-1)).toBe('zz_city_new');
    expect(r.slotFieldTable.totals.byField.zz_city_new).toBe(1);
  });
});
