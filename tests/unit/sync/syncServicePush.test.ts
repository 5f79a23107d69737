import { afterEach, describe, expect, it, vi } from 'vitest';
import { volunteerInput } from '../../support/testLedger';
import type { FakeCouch } from './support/fakeCouch';
import { CREDENTIALS, openServicePc, STATION_DB, type ServicePc } from './support/servicePc';

/**
 * A record deleted on the server with no body left (a plain DELETE keeps only `_id`, `_rev`, `_deleted`;
 * or the server no longer has the deletion's revision), edited on this PC before it heard of the deletion:
 * the service's push must make it a delete/edit conflict for the keeper, never silently bring it back.
 */

/** Long enough that only a broken service, never a slow machine, runs out of it. */
const BOUND = { timeout: 15_000, interval: 20 } as const;
/** The watcher sees the deletion; a run after it would pull the deletion before the edit is pushed. */
const NO_RUN_FOR_A_CHANGE_MS = 60 * 60 * 1000;

let pc: ServicePc | null = null;
afterEach(async () => {
  await pc?.close();
  pc = null;
});

const deletions: [string, (server: FakeCouch, id: string) => void][] = [
  ['by a plain DELETE, which keeps no fields', (server, id) => server.deleteWithoutBody(STATION_DB, id)],
  [
    'and the server no longer has the deletion’s revision',
    (server, id) => {
      server.deleteWithoutBody(STATION_DB, id);
      server.failWhen((r) => r.db === STATION_DB && r.target === id && r.query.has('rev'), { status: 404, error: 'not_found', reason: 'missing' });
    },
  ],
];

describe('an edit of a record deleted on the server without a body', () => {
  it.each(deletions)('deleted %s: a delete/edit conflict on record, the edit kept, nothing lost', async (_how, deleteOnServer) => {
    const p = await openServicePc({ remoteChangeDebounceMs: NO_RUN_FOR_A_CHANGE_MS });
    pc = p;
    const volunteer = await p.ledger.volunteers.create(volunteerInput());
    await p.sync.connect(CREDENTIALS);
    await vi.waitFor(() => expect(p.server.current(STATION_DB, volunteer.id)).toMatchObject({ name: volunteer.name }), BOUND);
    await vi.waitFor(() => expect(p.sync.getStatus()).toMatchObject({ phase: 'upToDate', running: false, pending: 0 }), BOUND);

    // Another PC deletes the volunteer; this PC, not having pulled that, corrects the notes (pushed at once).
    deleteOnServer(p.server, volunteer.id);
    await p.ledger.volunteers.update(volunteer.id, { ...volunteerInput(), notes: '离线时补的备注' });

    // The push finds the deletion: it goes on record for the keeper, the edit (a record beats a deletion) wins.
    await vi.waitFor(async () => {
      const open = await p.ledger.db.conflicts.find({ selector: { resolved: false } }).exec();
      expect(open.map((c) => ({ docId: c.docId, kind: c.kind, loserDeleted: c.loserDeleted, winnerDeleted: c.winnerDeleted }))).toEqual([
        { docId: volunteer.id, kind: 'delete-edit', loserDeleted: true, winnerDeleted: false },
      ]);
    }, BOUND);
    await vi.waitFor(() => expect(p.server.current(STATION_DB, volunteer.id)).toMatchObject({ notes: '离线时补的备注' }), BOUND);
    expect((await p.ledger.volunteers.get(volunteer.id))?.notes).toBe('离线时补的备注');
  });
});
