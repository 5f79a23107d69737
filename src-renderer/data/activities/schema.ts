import type { RxJsonSchema } from 'rxdb';
import type { ActivityDoc } from '../../domain/entities/activity';
import { sumHours } from '../../domain/hours';
import { addUnknownFields, unknownFieldsProperty } from '../schemaParts';
import { activityV0Properties, activityV0Required, type ActivityDocV0 } from './schema.v0';

/**
 * v2: unknownFields, where fields of a newer app version are kept (schemaParts.ts).
 * v1: totals are stored on the activity so month and year figures never walk every participant.
 * Indexes serve the list filters: a date range alone, and a date range with field, team or project.
 */
export const activitySchema: RxJsonSchema<ActivityDoc> = {
  title: 'activity',
  version: 2,
  primaryKey: 'id',
  type: 'object',
  properties: {
    ...activityV0Properties,
    unknownFields: unknownFieldsProperty,
    totalHours: { type: 'number', minimum: 0 },
    participantCount: { type: 'integer', minimum: 0 },
  },
  required: [...activityV0Required, 'totalHours', 'participantCount'],
  indexes: ['date', ['field', 'date'], ['teamId', 'date'], ['projectId', 'date']],
};

/**
 * Append-only: each key migrates a document from the version before it. Sync runs them on pulled
 * documents of an older version too, which may already carry later fields (an older app passed them
 * through): derive them again rather than assume they are absent.
 */
export const activityMigrations = {
  1: (old: ActivityDocV0): ActivityDoc => ({
    ...old,
    totalHours: sumHours(old.participants),
    participantCount: old.participants.length,
  }),
  2: addUnknownFields<ActivityDoc>,
};
