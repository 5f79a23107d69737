import type { RxJsonSchema } from 'rxdb';
import type { StationDoc } from '../../domain/entities/station';
import { metaProperties, metaRequired, stringArrayProperty, addUnknownFields, unknownFieldsProperty } from '../schemaParts';

const selfCheckItem = {
  type: 'object',
  properties: { ok: { type: 'boolean' }, note: { type: 'string', maxLength: 300 } },
  required: ['ok', 'note'],
} as const;

export const stationSchema: RxJsonSchema<StationDoc> = {
  title: 'station',
  // 1: unknownFields, where fields of a newer app version are kept (schemaParts.ts).
  version: 1,
  primaryKey: 'id',
  type: 'object',
  properties: {
    ...metaProperties,
    unknownFields: unknownFieldsProperty,
    code: { type: 'string', maxLength: 40 },
    name: { type: 'string', maxLength: 60 },
    city: { type: 'string', maxLength: 40 },
    county: { type: 'string', maxLength: 40 },
    center: { type: 'string', maxLength: 60 },
    institute: { type: 'string', maxLength: 60 },
    contactName: { type: 'string', maxLength: 30 },
    contactPhone: { type: 'string', maxLength: 30 },
    address: { type: 'string', maxLength: 120 },
    services: stringArrayProperty,
    otherServices: { type: 'string', maxLength: 200 },
    demonstration: { type: 'boolean' },
    selfCheck: {
      type: 'object',
      properties: {
        site: selfCheckItem,
        team: selfCheckItem,
        activities: selfCheckItem,
        projects: selfCheckItem,
        mechanism: selfCheckItem,
      },
      required: ['site', 'team', 'activities', 'projects', 'mechanism'],
    },
  },
  required: [
    ...metaRequired,
    'code',
    'name',
    'city',
    'county',
    'center',
    'institute',
    'contactName',
    'contactPhone',
    'address',
    'services',
    'otherServices',
    'demonstration',
    'selfCheck',
  ],
};

/** Append-only: each key migrates a document from the version before it. */
export const stationMigrations = { 1: addUnknownFields };
