import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConflictRepository } from '../../../src-renderer/data/conflicts/repository';
import { WIRE_MAJOR_FIELD, WIRE_VERSION_FIELD } from '../../../src-renderer/domain/entities/wireFormat';
import { volunteerInput } from '../../support/testLedger';
import { CREDENTIALS, openServicePc, STATION_DB, type ServicePc } from './support/servicePc';

/**
 * The server refuses an edit (validate_doc_update → 403); RxDB then believes the server took it. A version
 * pulled later must not silently replace the refused edit: the server's newer version goes on record with
 * the refused one as the losing side of a conflict, and the server's unchanged version changes nothing.
 */

/** Long enough that only a broken service, never a slow machine, runs out of it. */
const BOUND = { timeout: 15_000, interval: 20 } as const;
/** Runs only when the test asks: a change on the server must not start one by itself. */
const NO_RUN_FOR_A_CHANGE_MS = 60 * 60 * 1000;
const REFUSED_NOTE = '已离职，证件待核实';
const REASON = 'Invalid volunteer document "volunteer:x": notes must not mention ID checks';

let pc: ServicePc | null = null;
afterEach(async () => {
  await pc?.close();
  pc = null;
});

/** A PC whose volunteer is on the server, with a server that refuses the notes this test writes. */
async function pcWithVolunteer() {
  const p = await openServicePc({ remoteChangeDebounceMs: NO_RUN_FOR_A_CHANGE_MS });
  pc = p;
  const volunteer = await p.ledger.volunteers.create(volunteerInput({ notes: '' }));
  await p.sync.connect(CREDENTIALS);
  await vi.waitFor(() => expect(p.sync.getStatus()).toMatchObject({ phase: 'upToDate', running: false, pending: 0 }), BOUND);
  expect(p.server.current(STATION_DB, volunteer.id)).toMatchObject({ name: volunteer.name });
  p.server.validateWith((doc) => (doc.notes === REFUSED_NOTE ? REASON : undefined));
  return { p, volunteer };
}

async function refuseAnEdit(p: ServicePc, id: string): Promise<void> {
  const current = await p.ledger.volunteers.get(id);
  if (!current) throw new Error('volunteer missing');
  await p.ledger.volunteers.update(id, { ...current, notes: REFUSED_NOTE });
  await vi.waitFor(() => expect(p.sync.getStatus().rejected.map((r) => r.docId)).toEqual([id]), BOUND);
}

describe('a refused edit when the server’s version changes later', () => {
  it('goes on record as the losing side of a conflict against the server’s new version, and the keeper can take it back', async () => {
    const { p, volunteer } = await pcWithVolunteer();
    await refuseAnEdit(p, volunteer.id);

    // Another PC changes the phone number on the server.
    const onServer = p.server.current(STATION_DB, volunteer.id) ?? {};
    p.server.write(STATION_DB, { ...onServer, _id: volunteer.id, phone: '13600000000', updatedAt: '2099-01-01T00:00:00.000Z', updatedBy: 'pc-other' });
    expect((await p.sync.syncNow())?.errorKey).toBe('');

    // The PC now shows the server's version; the refused edit waits on the review screen, not in the refused list.
    expect(await p.ledger.volunteers.get(volunteer.id)).toMatchObject({ phone: '13600000000', notes: '' });
    expect(p.sync.getStatus().rejected).toEqual([]);
    const conflicts = createConflictRepository(p.ledger.db, p.ledger.ctx);
    const open = await p.ledger.db.conflicts.find({ selector: { resolved: false } }).exec();
    expect(open.map((c) => ({ docId: c.docId, kind: c.kind }))).toEqual([{ docId: volunteer.id, kind: 'edit-edit' }]);
    const [entry] = open;
    if (!entry) throw new Error('no conflict');
    const versions = await conflicts.versions(entry.id);
    expect(versions.other).toMatchObject({ notes: REFUSED_NOTE });
    expect(versions.current).toMatchObject({ phone: '13600000000' });

    // Taken back, it is the record again (and refused again by this server, so listed again).
    await conflicts.keepOther(entry.id);
    expect(await p.ledger.volunteers.get(volunteer.id)).toMatchObject({ notes: REFUSED_NOTE });
    await vi.waitFor(() => expect(p.sync.getStatus().rejected.map((r) => r.docId)).toEqual([volunteer.id]), BOUND);
  });

  it('a deletion on the server keeps the refused edit on record as a delete/edit conflict', async () => {
    const { p, volunteer } = await pcWithVolunteer();
    await refuseAnEdit(p, volunteer.id);

    p.server.deleteWithoutBody(STATION_DB, volunteer.id);
    expect((await p.sync.syncNow())?.errorKey).toBe('');

    expect(await p.ledger.volunteers.get(volunteer.id)).toBeNull();
    const open = await p.ledger.db.conflicts.find({ selector: { resolved: false } }).exec();
    expect(open.map((c) => ({ docId: c.docId, kind: c.kind, winnerDeleted: c.winnerDeleted, loserDeleted: c.loserDeleted }))).toEqual([
      { docId: volunteer.id, kind: 'delete-edit', winnerDeleted: true, loserDeleted: false },
    ]);
    expect(JSON.parse(open[0]?.loser ?? '{}')).toMatchObject({ notes: REFUSED_NOTE });
    expect(p.sync.getStatus().rejected).toEqual([]);
  });

  it('the server’s version it refused against, coming back on the feed (this PC’s own earlier push), leaves the refused edit and its listing alone', async () => {
    const { p, volunteer } = await pcWithVolunteer();
    // An accepted edit goes up on its own, and the refused one right after it, before any run pulls.
    const current = await p.ledger.volunteers.get(volunteer.id);
    if (!current) throw new Error('volunteer missing');
    await p.ledger.volunteers.update(volunteer.id, { ...current, phone: '13700000000' });
    await vi.waitFor(() => expect(p.server.current(STATION_DB, volunteer.id)).toMatchObject({ phone: '13700000000' }), BOUND);
    await refuseAnEdit(p, volunteer.id);

    expect((await p.sync.syncNow())?.errorKey).toBe('');
    expect((await p.sync.syncNow())?.errorKey).toBe('');
    expect(await p.ledger.volunteers.get(volunteer.id)).toMatchObject({ phone: '13700000000', notes: REFUSED_NOTE });
    expect(p.sync.getStatus().rejected.map((r) => r.docId)).toEqual([volunteer.id]);
    expect(await p.ledger.db.conflicts.find({ selector: { resolved: false } }).exec()).toEqual([]);
  });

  it('a server version with what this PC holds anyway settles the refusal without a conflict', async () => {
    const { p, volunteer } = await pcWithVolunteer();
    await refuseAnEdit(p, volunteer.id);
    const local = await p.ledger.volunteers.get(volunteer.id);
    if (!local) throw new Error('volunteer missing');

    // The city's administrator writes exactly this PC's version (e.g. after relaxing the rule).
    const { id, ...fields } = local;
    const stamp = p.server.current(STATION_DB, id) ?? {};
    p.server.write(STATION_DB, { ...fields, _id: id, [WIRE_VERSION_FIELD]: stamp[WIRE_VERSION_FIELD], [WIRE_MAJOR_FIELD]: stamp[WIRE_MAJOR_FIELD] });
    expect((await p.sync.syncNow())?.errorKey).toBe('');

    expect(await p.ledger.volunteers.get(volunteer.id)).toMatchObject({ notes: REFUSED_NOTE });
    expect(p.sync.getStatus().rejected).toEqual([]);
    expect(await p.ledger.db.conflicts.find({ selector: { resolved: false } }).exec()).toEqual([]);
  });
});


describe('a refused deletion when the server’s version changes later', () => {
  it('the server’s edit comes back to this PC and the deletion goes on record', async () => {
    const { p, volunteer } = await pcWithVolunteer();
    // A server rule the deletion breaks (as an issued certificate's deletion is refused).
    p.server.validateWith((doc) => (doc._deleted === true ? 'this record may not be deleted' : undefined));
    await p.ledger.volunteers.remove(volunteer.id);
    await vi.waitFor(() => expect(p.sync.getStatus().rejected.map((r) => r.docId)).toEqual([volunteer.id]), BOUND);

    const onServer = p.server.current(STATION_DB, volunteer.id) ?? {};
    p.server.write(STATION_DB, { ...onServer, _id: volunteer.id, notes: '在二号机上修改', updatedAt: '2099-01-01T00:00:00.000Z', updatedBy: 'pc-other' });
    expect((await p.sync.syncNow())?.errorKey).toBe('');
    expect((await p.sync.syncNow())?.errorKey).toBe('');

    expect(await p.ledger.volunteers.get(volunteer.id)).toMatchObject({ notes: '在二号机上修改' });
    expect(p.sync.getStatus().rejected).toEqual([]);
    const open = await p.ledger.db.conflicts.find({ selector: { resolved: false } }).exec();
    expect(open.map((c) => ({ docId: c.docId, kind: c.kind, loserDeleted: c.loserDeleted }))).toEqual([{ docId: volunteer.id, kind: 'delete-edit', loserDeleted: true }]);
  });
});
