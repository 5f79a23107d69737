import { expect, it } from 'vitest';
import { couchRequest } from '../support/couchHttp';
import { volunteerInput } from '../../support/testLedger';
import { serverDoc, writeAsStation } from './support/serverDocs';
import { useTwoPcsOfStation } from './support/twoPcs';

/** Honours, the first type made as one folder, replicate between two PCs of a station like every record. */
const A = 'JN-LX-001';

const pcs = useTwoPcsOfStation(A, 'honours');

it('an honour recorded on one PC reaches the other as it is, and its deletion travels bare', async () => {
  const volunteerId = await pcs.first().createVolunteer(volunteerInput());
  const honour = await pcs.first().ledger.honours.create({ kind: 'excellentVolunteer', level: 'city', year: '2024', batch: '第二批', linkKind: 'volunteer', linkId: volunteerId });
  const family = await pcs.first().ledger.honours.create({ kind: 'civilisedFamily', level: 'county', year: 2024, linkKind: 'family', linkName: '张明家庭' });
  await pcs.bothSynced();
  const onSecond = (await pcs.second().snapshot()).honours ?? {};
  expect(onSecond[honour.id]).toBe((await pcs.first().snapshot()).honours?.[honour.id]);
  expect(onSecond[family.id]).toContain('张明家庭');

  await pcs.first().ledger.honours.remove(family.id);
  await pcs.bothSynced();
  // The server keeps no family name in the tombstone; the second PC holds the record as deleted.
  const tombstone = await couchTombstone(family.id);
  expect(tombstone).toEqual({ _id: family.id, _rev: expect.any(String) as unknown, _deleted: true });
  expect((await pcs.second().snapshot()).honours?.[family.id]).toContain('"deleted":true');
});

it('an honour changed on the PC and on the server at once is kept as a conflict to review, neither version lost', async () => {
  const honour = await pcs.first().ledger.honours.create({ kind: 'goodPerson', level: 'county', year: 2025, linkKind: 'volunteer', linkId: (await pcs.first().ledger.volunteers.all())[0]?.id ?? '' });
  expect(await pcs.first().syncNow()).toMatchObject({ ok: true });
  const held = await serverDoc(pcs.couch(), pcs.station(), honour.id);
  // Another PC (written as the station's account) sets the batch while this PC sets the level.
  expect(await writeAsStation(pcs.couch(), pcs.station(), { ...held, batch: '第一批', updatedAt: new Date().toISOString() })).toBe(201);
  await pcs.first().ledger.honours.update(honour.id, { kind: 'goodPerson', level: 'city', year: 2025, linkKind: 'volunteer', linkId: honour.linkId });
  for (let round = 0; round < 2; round++) expect(await pcs.first().syncNow()).toMatchObject({ ok: true });
  const open = await pcs.first().openConflicts();
  expect(open.map((c) => [c.collectionName, c.docId])).toEqual([['honours', honour.id]]);
  const versions = [open[0]?.winner ?? '', open[0]?.loser ?? ''].join('\n');
  expect(versions).toContain('第一批');
  expect(versions).toContain('"level":"city"');
});

/** The document's one leaf as the server keeps it, deleted or not. */
async function couchTombstone(id: string): Promise<unknown> {
  const answer = await couchRequest(pcs.couch().server.url, 'GET', `/${pcs.station().setup.database}/${encodeURIComponent(id)}?open_revs=all`, { auth: pcs.couch().server.admin });
  return (answer.body as Array<{ ok?: Record<string, unknown> }>)[0]?.ok;
}
