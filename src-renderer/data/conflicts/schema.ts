import type { RxJsonSchema } from 'rxdb';
import type { ConflictDoc } from '../../domain/entities/conflict';
import { idProperty, metaProperties, metaRequired, addUnknownFields, unknownFieldsProperty } from '../schemaParts';

export const conflictSchema: RxJsonSchema<ConflictDoc> = {
  title: 'conflict',
  // 1: unknownFields, where fields of a newer app version are kept (schemaParts.ts).
  version: 1,
  primaryKey: 'id',
  type: 'object',
  properties: {
    ...metaProperties,
    unknownFields: unknownFieldsProperty,
    collectionName: { type: 'string', maxLength: 40 },
    docId: idProperty,
    kind: { type: 'string', maxLength: 20 },
    loser: { type: 'string' },
    loserDeleted: { type: 'boolean' },
    winner: { type: 'string' },
    winnerDeleted: { type: 'boolean' },
    resolved: { type: 'boolean' },
    resolution: { type: 'string', maxLength: 20 },
  },
  required: [...metaRequired, 'collectionName', 'docId', 'kind', 'loser', 'loserDeleted', 'winner', 'winnerDeleted', 'resolved', 'resolution'],
  indexes: ['docId'],
};

/** Append-only: each key migrates a document from the version before it. */
export const conflictMigrations = { 1: addUnknownFields };
