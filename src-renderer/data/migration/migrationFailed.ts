import type { PendingMigration } from './pendingMigrations';

/**
 * An update's migration of stored records failed. The records of the previous version are still stored
 * (RxDB removes them only after a collection migrated completely) and `snapshot`, when one was taken
 * before the migration, says where a full copy of them is: the start-up screen offers it.
 */
export class MigrationFailedError extends Error {
  readonly step: PendingMigration;
  /** What the pre-migration hook returned (the snapshot taken), if it ran. */
  readonly snapshot: unknown;

  constructor(step: PendingMigration, cause: unknown, snapshot: unknown) {
    const why = cause instanceof Error ? cause.message : String(cause);
    super(`migrating ${step.collection} from schema ${step.fromVersion} to ${step.toVersion} failed: ${why}`, { cause });
    this.name = 'MigrationFailedError';
    this.step = step;
    this.snapshot = snapshot;
  }
}

/** The snapshot an update takes before its migration could not be written: nothing was migrated. */
export class SnapshotBeforeUpdateError extends Error {
  constructor(cause: unknown) {
    super(`the snapshot before the update's migration was not written: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'SnapshotBeforeUpdateError';
  }
}
