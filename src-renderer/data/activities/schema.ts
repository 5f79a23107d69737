import type { RxJsonSchema } from 'rxdb';
import type { ActivityDoc } from '../../domain/entities/activity';
import { sumHours } from '../../domain/hours';
import { activityV0Properties, activityV0Required, type ActivityDocV0 } from './schema.v0';

/**
 * v1: totals are stored on the activity so month and year figures never walk every participant.
 * Indexes serve the list filters: a date range alone, and a date range with field, team or project.
 */
export const activitySchema: RxJsonSchema<ActivityDoc> = {
  title: 'activity',
  version: 1,
  primaryKey: 'id',
  type: 'object',
  properties: {
    ...activityV0Properties,
    totalHours: { type: 'number', minimum: 0 },
    participantCount: { type: 'integer', minimum: 0 },
  },
  required: [...activityV0Required, 'totalHours', 'participantCount'],
  indexes: ['date', ['field', 'date'], ['teamId', 'date'], ['projectId', 'date']],
};

/** Append-only: each key migrates a document from the version before it. */
export const activityMigrations = {
  1: (old: ActivityDocV0): ActivityDoc => ({
    ...old,
    totalHours: sumHours(old.participants),
    participantCount: old.participants.length,
  }),
};
