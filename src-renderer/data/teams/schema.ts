import type { RxJsonSchema } from 'rxdb';
import type { TeamDoc } from '../../domain/entities/team';
import { dateProperty, idProperty, metaProperties, metaRequired } from '../schemaParts';

export const teamSchema: RxJsonSchema<TeamDoc> = {
  title: 'team',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    ...metaProperties,
    name: { type: 'string', maxLength: 50 },
    namePinyin: { type: 'string', maxLength: 300 },
    field: { type: 'string', maxLength: 40 },
    leaderId: idProperty,
    foundedDate: dateProperty,
    description: { type: 'string', maxLength: 1000 },
  },
  required: [...metaRequired, 'name', 'namePinyin', 'field', 'leaderId', 'foundedDate', 'description'],
  indexes: ['namePinyin'],
};

export const teamMigrations = {};
