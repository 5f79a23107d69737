import type { RxJsonSchema } from 'rxdb';
import type { ActivityDoc } from '../../domain/entities/activity';
import { dateProperty, idProperty, metaProperties, metaRequired, stringArrayProperty } from '../schemaParts';

/** Version 0 stored participants only; kept so the migration test can write a database of that shape. */
export type ActivityDocV0 = Omit<ActivityDoc, 'totalHours' | 'participantCount' | 'unknownFields'>;

export const activityV0Properties = {
  ...metaProperties,
  title: { type: 'string', maxLength: 100 },
  date: dateProperty,
  startTime: { type: 'string', maxLength: 5 },
  endTime: { type: 'string', maxLength: 5 },
  place: { type: 'string', maxLength: 100 },
  field: { type: 'string', maxLength: 40 },
  projectId: idProperty,
  teamId: idProperty,
  theme: { type: 'string', maxLength: 100 },
  participants: {
    type: 'array',
    items: {
      type: 'object',
      properties: { volunteerId: idProperty, hours: { type: 'number' } },
      required: ['volunteerId', 'hours'],
    },
  },
  servedCount: { type: 'integer', minimum: 0 },
  servedGroups: stringArrayProperty,
  summary: { type: 'string', maxLength: 5000 },
} as const;

export const activityV0Required = [
  ...metaRequired,
  'title',
  'date',
  'startTime',
  'endTime',
  'place',
  'field',
  'projectId',
  'teamId',
  'theme',
  'participants',
  'servedCount',
  'servedGroups',
  'summary',
] as const;

export const activitySchemaV0: RxJsonSchema<ActivityDocV0> = {
  title: 'activity',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: activityV0Properties,
  required: [...activityV0Required],
  indexes: ['date', ['field', 'date']],
};
