import type { WriteContext } from '../../domain/entities/common';
import { parseVolunteerInput, type VolunteerDoc, type VolunteerFields } from '../../domain/entities/volunteer';
import type { LedgerDatabase } from '../database';
import { DuplicateIdNumberError, NotFoundError, ValidationError } from '../errors';
import { createNamedEntityRepository, toPlain } from '../repository';

export type VolunteerRepository = ReturnType<typeof createVolunteerRepository>;

export function createVolunteerRepository(db: LedgerDatabase, ctx: WriteContext) {
  const base = createNamedEntityRepository<VolunteerFields, VolunteerDoc>(db.volunteers, 'volunteer', ctx, (input) =>
    parseVolunteerInput(input),
  );
  const { store } = base;

  async function findByIdNumber(idNumber: string): Promise<VolunteerDoc | null> {
    const doc = await db.volunteers.findOne({ selector: { idNumber } }).exec();
    return doc ? toPlain(doc) : null;
  }

  async function assertUniqueIdNumber(idNumber: string, exceptId?: string): Promise<void> {
    const existing = await findByIdNumber(idNumber);
    if (existing && existing.id !== exceptId) throw new DuplicateIdNumberError(existing.id, existing.name);
  }

  function validate(input: unknown, active: boolean): VolunteerFields {
    const parsed = parseVolunteerInput(input, active);
    if (!parsed.ok) throw new ValidationError(parsed.issues);
    return parsed.value;
  }

  async function membersOf(teamId: string): Promise<VolunteerDoc[]> {
    const docs = await db.volunteers
      .find({ selector: { teamIds: { $elemMatch: { $eq: teamId } } }, sort: [{ namePinyin: 'asc' }] })
      .exec();
    return docs.map(toPlain);
  }

  return {
    get: base.get,
    remove: base.remove,
    restore: base.restore,
    /** Every volunteer, active or not, sorted by pinyin: the list filters and searches in memory. */
    all$: base.all$,
    all: base.all,
    prefetch: base.prefetch,
    peek: base.peek,
    findByIdNumber,
    membersOf,

    async create(input: unknown): Promise<VolunteerDoc> {
      const fields = validate(input, true);
      await assertUniqueIdNumber(fields.idNumber);
      return store.insert(fields);
    },

    async update(id: string, input: unknown): Promise<VolunteerDoc> {
      const current = await store.get(id);
      if (!current) throw new NotFoundError(id);
      const fields = validate(input, current.active);
      await assertUniqueIdNumber(fields.idNumber, id);
      return store.patch(id, fields);
    },

    /** Deactivating keeps the person and their hours; they just stop appearing in pickers. */
    setActive: (id: string, active: boolean): Promise<VolunteerDoc> => store.patch(id, { active }),

    /** Makes exactly `memberIds` the members of the team, touching only the volunteers whose teams change. */
    async setTeamMembers(teamId: string, memberIds: readonly string[]): Promise<void> {
      const wanted = new Set(memberIds);
      const current = await membersOf(teamId);
      const currentIds = new Set(current.map((v) => v.id));
      for (const v of current) {
        if (!wanted.has(v.id)) await store.patch(v.id, { teamIds: v.teamIds.filter((t) => t !== teamId) });
      }
      for (const id of wanted) {
        if (currentIds.has(id)) continue;
        const v = await store.get(id);
        if (v) await store.patch(id, { teamIds: [...v.teamIds, teamId] });
      }
    },
  };
}
