import { parse } from 'acorn';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { catalogDesignDoc } from '../../../src-city/design/catalogDesign';
import { rollupDesignDoc } from '../../../src-city/design/rollupDesign';
import { stationDesignDoc } from '../../../src-city/design/stationDesign';
import { stationNames } from '../../../src-city/layout';
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

  it('roll-up views count activities and volunteers, skip design documents and never throw on odd records', () => {
    const byStation = rollup.views.activity_by_station?.map ?? '';
    const byFieldMonth = rollup.views.activity_by_field_month?.map ?? '';
    const volunteers = rollup.views.volunteers_by_station?.map ?? '';
    const activity = asPushed(activityDoc('JN-LX-001', '2024-03-05', 'aid', 2, 12));
    expect(emitted(byStation, activity)).toEqual([[['2024', 'JN-LX-001'], [1, 2, 12]]]);
    expect(emitted(byFieldMonth, activity)).toEqual([[['2024', 'aid', '03'], [1, 2, 12]]]);
    expect(emitted(volunteers, asPushed(ledgerDoc('volunteer', 'JN-LX-001', { joinDate: '2023-05-01' })))).toEqual([[['JN-LX-001', '2023'], null]]);
    const odd = [{ _id: '_design/rollup', views: {} }, { _id: 'activity:x', _deleted: true }, { _id: 'activity:y', date: 20240305 }, { _id: 'volunteer:z' }];
    for (const source of [byStation, byFieldMonth, volunteers]) {
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
