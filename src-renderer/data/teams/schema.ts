import type { RxJsonSchema } from 'rxdb';
import type { TeamDoc } from '../../domain/entities/team';
import { dateProperty, idProperty, metaProperties, metaRequired, addUnknownFields, unknownFieldsProperty } from '../schemaParts';

export const teamSchema: RxJsonSchema<TeamDoc> = {
  title: 'team',
  // 1: unknownFields, where fields of a newer app version are kept (schemaParts.ts).
  version: 1,
  primaryKey: 'id',
  type: 'object',
  properties: {
    ...metaProperties,
    unknownFields: unknownFieldsProperty,
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

/** Append-only: each key migrates a document from the version before it. */
export const teamMigrations = { 1: addUnknownFields };
