import type { WriteContext } from '../../domain/entities/common';
import { parseTeamInput, type TeamDoc, type TeamFields } from '../../domain/entities/team';
import type { LedgerDatabase } from '../database';
import { createNamedEntityRepository } from '../repository';

export type TeamRepository = ReturnType<typeof createTeamRepository>;

export function createTeamRepository(db: LedgerDatabase, ctx: WriteContext) {
  return createNamedEntityRepository<TeamFields, TeamDoc>(db.teams, 'team', ctx, parseTeamInput);
}
