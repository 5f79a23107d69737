import type { RxJsonSchema } from 'rxdb';
import type { VolunteerDoc } from '../../domain/entities/volunteer';
import { dateProperty, idProperty, metaProperties, metaRequired, stringArrayProperty, addUnknownFields, unknownFieldsProperty } from '../schemaParts';

export const volunteerSchema: RxJsonSchema<VolunteerDoc> = {
  title: 'volunteer',
  // 1: unknownFields, where fields of a newer app version are kept (schemaParts.ts).
  version: 1,
  primaryKey: 'id',
  type: 'object',
  properties: {
    ...metaProperties,
    unknownFields: unknownFieldsProperty,
    name: { type: 'string', maxLength: 30 },
    namePinyin: { type: 'string', maxLength: 200 },
    nameInitials: { type: 'string', maxLength: 60 },
    gender: { type: 'string', maxLength: 10 },
    idType: { type: 'string', maxLength: 20 },
    idNumber: { type: 'string', maxLength: 30 },
    birthDate: dateProperty,
    phone: { type: 'string', maxLength: 30 },
    politicalStatus: { type: 'string', maxLength: 30 },
    skills: stringArrayProperty,
    teamIds: { type: 'array', items: idProperty },
    joinDate: dateProperty,
    volunteerNo: { type: 'string', maxLength: 40 },
    notes: { type: 'string', maxLength: 500 },
    active: { type: 'boolean' },
  },
  required: [
    ...metaRequired,
    'name',
    'namePinyin',
    'nameInitials',
    'gender',
    'idType',
    'idNumber',
    'birthDate',
    'phone',
    'politicalStatus',
    'skills',
    'teamIds',
    'joinDate',
    'volunteerNo',
    'notes',
    'active',
  ],
  indexes: ['namePinyin', 'idNumber'],
};

/** Append-only: each key migrates a document from the version before it. */
export const volunteerMigrations = { 1: addUnknownFields };
