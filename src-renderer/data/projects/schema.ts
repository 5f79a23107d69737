import type { RxJsonSchema } from 'rxdb';
import type { ProjectDoc } from '../../domain/entities/project';
import { dateProperty, idProperty, metaProperties, metaRequired, addUnknownFields, unknownFieldsProperty } from '../schemaParts';

export const projectSchema: RxJsonSchema<ProjectDoc> = {
  title: 'project',
  // 1: unknownFields, where fields of a newer app version are kept (schemaParts.ts).
  version: 1,
  primaryKey: 'id',
  type: 'object',
  properties: {
    ...metaProperties,
    unknownFields: unknownFieldsProperty,
    name: { type: 'string', maxLength: 80 },
    namePinyin: { type: 'string', maxLength: 500 },
    field: { type: 'string', maxLength: 40 },
    ownerTeamId: idProperty,
    startDate: dateProperty,
    endDate: dateProperty,
    status: { type: 'string', maxLength: 20 },
    brand: { type: 'string', maxLength: 200 },
    awards: { type: 'string', maxLength: 500 },
    description: { type: 'string', maxLength: 2000 },
  },
  required: [
    ...metaRequired,
    'name',
    'namePinyin',
    'field',
    'ownerTeamId',
    'startDate',
    'endDate',
    'status',
    'brand',
    'awards',
    'description',
  ],
  indexes: ['namePinyin'],
};

/** Append-only: each key migrates a document from the version before it. */
export const projectMigrations = { 1: addUnknownFields };
