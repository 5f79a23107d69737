import type { WriteContext } from '../../domain/entities/common';
import { parseProjectInput, type ProjectDoc, type ProjectFields } from '../../domain/entities/project';
import type { LedgerDatabase } from '../database';
import { createNamedEntityRepository } from '../repository';

export type ProjectRepository = ReturnType<typeof createProjectRepository>;

export function createProjectRepository(db: LedgerDatabase, ctx: WriteContext) {
  return createNamedEntityRepository<ProjectFields, ProjectDoc>(db.projects, 'project', ctx, parseProjectInput);
}
