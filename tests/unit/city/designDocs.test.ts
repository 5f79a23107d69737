import { parse } from 'acorn';
import fc from 'fast-check';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { catalogDesignDoc } from '../../../src-city/design/catalogDesign';
import { rollupDesignDoc } from '../../../src-city/design/rollupDesign';
import { stationDesignDoc } from '../../../src-city/design/stationDesign';
import { REPLICATOR_ROLE, stationNames } from '../../../src-city/layout';
import { PERSONAL_TYPES, ROLLUP_TYPES, isRollupRecordId, rollupSelector } from '../../../src-city/design/rollupContent';
import { DOC_TYPES } from '../../../src-renderer/domain/ids';
import { activityDoc, asPushed, ledgerDoc } from '../../integration/support/stationDocs';

type MapFn = (doc: unknown) => void;
const designSchema = z.object({
  views: z.record(z.string(), z.object({ map: z.string(), reduce: z.string().optional() })),
  filters: z.record(z.string(), z.string()).optional(),
  validate_doc_update: z.string().optional(),
});
type Views = z.infer<typeof designSchema>;

const station = designSchema.parse(stationDesignDoc(stationNames('JN-LX-001')));
const catalog = designSchema.parse(catalogDesignDoc());
const rollup = designSchema.parse(rollupDesignDoc());

function functionsOf(design: Views): string[] {
  return [
    ...Object.values(design.views).map((v) => v.map),
    ...Object.values(design.filters ?? {}),
    ...(design.validate_doc_update === undefined ? [] : [design.validate_doc_update]),
  ];
}

/** Runs a map function the way a view server does and returns what it emitted. */
function emitted(source: string, doc: unknown): unknown[][] {
  const rows: unknown[][] = [];
  const map = runInNewContext(`(${source})`, { emit: (key: unknown, value: unknown) => rows.push([key, value]) }) as MapFn;
  map(doc);
  return rows;
}

describe('design documents', () => {
  it('hold only plain ES5 functions', () => {
    for (const design of [station, catalog, rollup]) {
      for (const source of functionsOf(design)) expect(() => parse(`(${source})`, { ecmaVersion: 5 }), source).not.toThrow();
    }
  });

  it('type views emit a record of their own type, deletions without a body included, and nothing else', () => {
    const volunteer = asPushed(ledgerDoc('volunteer', 'JN-LX-001'));
    const map = station.views.volunteer?.map ?? '';
    expect(emitted(map, volunteer)).toHaveLength(1);
    expect(emitted(map, { _id: volunteer._id, _rev: '2-x', _deleted: true })).toHaveLength(1);
    expect(emitted(map, asPushed(ledgerDoc('activity', 'JN-LX-001')))).toHaveLength(0);
    expect(emitted(map, { _id: '_design/ledger', views: {} })).toHaveLength(0);
  });

  it('roll-up views count activities and the stations’ summaries, skip design documents and never throw on odd records', () => {
    const byStation = rollup.views.activity_by_station?.map ?? '';
    const byFieldMonth = rollup.views.activity_by_field_month?.map ?? '';
    const volunteers = rollup.views.volunteers_by_station?.map ?? '';
    const people = rollup.views.people_by_join_year?.map ?? '';
    const activity = asPushed(activityDoc('JN-LX-001', '2024-03-05', 'aid', 2, 12));
    expect(emitted(byStation, activity)).toEqual([[['2024', 'JN-LX-001'], [1, 2, 12]]]);
    expect(emitted(byFieldMonth, activity)).toEqual([[['2024', 'aid', '03'], [1, 2, 12]]]);
    const summary = {
      _id: 'summary:JN-LX-001',
      stationId: 'JN-LX-001',
      volunteers: [
        { id: 'volunteer:a', person: 'key-a', joinYear: '2023', active: true },
        { id: 'volunteer:b', person: 'key-b', joinYear: '', active: false },
      ],
    };
    expect(emitted(volunteers, summary)).toEqual([
      [['JN-LX-001', '2023'], [1, 1]],
      [['JN-LX-001', ''], [1, 0]],
    ]);
    expect(emitted(people, summary)).toEqual([
      [['2023', 'key-a'], null],
      [['', 'key-b'], null],
    ]);
    const odd = [
      { _id: '_design/rollup', views: {} },
      { _id: 'activity:x', _deleted: true },
      { _id: 'activity:y', date: 20240305 },
      { _id: 'summary:z' },
      { _id: 'summary:w', stationId: 'W', volunteers: [null, 3, { joinYear: 2024 }] },
    ];
    for (const source of [byStation, byFieldMonth, volunteers, people]) {
      for (const doc of odd) expect(() => emitted(source, doc)).not.toThrow();
      expect(emitted(source, odd[0])).toEqual([]);
    }
  });

  it('roll-up views for the dashboard: teams by founding year, projects by start year, certificates by year, the station directory', () => {
    const teams = rollup.views.teams_by_station?.map ?? '';
    const projects = rollup.views.projects_by_year?.map ?? '';
    const certificates = rollup.views.certificates_by_year?.map ?? '';
    const directory = rollup.views.station_directory?.map ?? '';
    expect(emitted(teams, asPushed(ledgerDoc('team', 'JN-LX-001', { foundedDate: '2023-04-01' })))).toEqual([[['JN-LX-001', '2023'], null]]);
    expect(emitted(teams, asPushed(ledgerDoc('team', 'JN-LX-001', { foundedDate: '' })))).toEqual([[['JN-LX-001', ''], null]]);
    expect(emitted(projects, asPushed(ledgerDoc('project', 'JN-LX-001', { startDate: '2024-05-01' })))).toEqual([[['2024', 'JN-LX-001'], null]]);
    const summary = {
      _id: 'summary:JN-LX-001',
      stationId: 'JN-LX-001',
      volunteers: [],
      certificates: { '2023': 2, '2024': 5, bad: 'x' },
      station: { name: '站', city: '济南市', county: '历下区', center: '中心', institute: '所', demonstration: true },
    };
    expect(emitted(certificates, summary)).toEqual([
      [['2023', 'JN-LX-001'], 2],
      [['2024', 'JN-LX-001'], 5],
    ]);
    expect(emitted(directory, summary)).toEqual([[['历下区', '中心', '所', 'JN-LX-001', '站'], [1, 1]]]);
    const odd = [{ _id: '_design/rollup' }, { _id: 'team:x' }, { _id: 'project:y', stationId: 'A', startDate: 5 }, { _id: 'summary:z', stationId: 'Z', volunteers: [], certificates: null, station: 3 }];
    for (const source of [teams, projects, certificates, directory]) {
      for (const doc of odd) expect(() => emitted(source, doc)).not.toThrow();
      expect(emitted(source, odd[0])).toEqual([]);
    }
  });

  it('the catalog entries view leaves its design document out', () => {
    const map = catalog.views.entries?.map ?? '';
    expect(emitted(map, { _id: 'field:aid', kind: 'field' })).toHaveLength(1);
    expect(emitted(map, { _id: '_design/catalog' })).toHaveLength(0);
  });
});

describe('what reaches the roll-up', () => {
  const rollupValidate = runInNewContext(`(${rollup.validate_doc_update ?? ''})`) as (doc: unknown, old: unknown, user: { name: string | null; roles: string[] }) => void;
  const refused = (doc: unknown, roles: string[]) => {
    try {
      rollupValidate(doc, null, { name: 'x', roles });
      return null;
    } catch (error) {
      return (error as { forbidden?: string }).forbidden ?? 'refused';
    }
  };
  const replicator = [REPLICATOR_ROLE];

  it('the replication account writes activities, teams, projects (and their deletions) and summaries (into a county’s roll-up), nothing else', () => {
    for (const type of ROLLUP_TYPES) expect(refused(asPushed(ledgerDoc(type, 'JN-LX-001')), replicator), type).toBeNull();
    expect(refused({ _id: 'activity:x', _rev: '2-a', _deleted: true }, replicator)).toBeNull();
    for (const type of PERSONAL_TYPES) expect(refused(asPushed(ledgerDoc(type, 'JN-LX-001')), replicator), type).toMatch(new RegExp(`Only ${ROLLUP_TYPES.join(', ')} records and station summaries`));
    expect(refused({ _id: 'summary:JN-LX-001', stationId: 'JN-LX-001', volunteers: [] }, replicator)).toBeNull();
    expect(refused({ _id: 'summaryx:JN-LX-001' }, replicator)).toMatch(new RegExp(`Only ${ROLLUP_TYPES.join(', ')} records`));
    // A dashboard user only reads.
    expect(refused({ _id: 'summary:JN-LX-001', volunteers: [] }, ['city-viewer'])).toMatch(/read-only/);
  });

  it('refuses any record carrying a personal field, even of a roll-up type', () => {
    expect(refused({ ...asPushed(ledgerDoc('team', 'JN-LX-001')), phone: '13805310001' }, replicator)).toMatch(/carries phone/);
    expect(refused({ ...asPushed(ledgerDoc('activity', 'JN-LX-001')), idNumber: 'x' }, replicator)).toMatch(/carries idNumber/);
  });

  it('is read-only to everyone else; server admins write the summaries', () => {
    expect(refused(asPushed(ledgerDoc('activity', 'JN-LX-001')), ['station'])).toMatch(/read-only/);
    expect(refused({ _id: 'summary:JN-LX-001', volunteers: [] }, ['_admin'])).toBeNull();
  });

  it('the JavaScript filter (stand-in) and the Mango selector (CouchDB) take the same ids', () => {
    const filter = runInNewContext(`(${station.filters?.rollup ?? ''})`) as (doc: { _id: string }) => boolean;
    const selector = new RegExp(rollupSelector()._id.$regex);
    fc.assert(
      fc.property(fc.constantFrom('', ...DOC_TYPES, '_design/', 'summary', 'activityx', 'team-'), fc.constantFrom(':', '', '/'), fc.string({ maxLength: 12 }), (type, colon, rest) => {
        const id = `${type}${colon}${rest}`;
        const expected = ROLLUP_TYPES.some((t) => id.startsWith(`${t}:`));
        expect(filter({ _id: id }), id).toBe(expected);
        expect(selector.test(id), id).toBe(expected);
        expect(isRollupRecordId(id), id).toBe(expected);
      }),
    );
  });
});
