import type { RxJsonSchema } from 'rxdb';
import type { ConflictDoc } from '../../domain/entities/conflict';
import { idProperty, metaProperties, metaRequired } from '../schemaParts';

export const conflictSchema: RxJsonSchema<ConflictDoc> = {
  title: 'conflict',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    ...metaProperties,
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

export const conflictMigrations = {};
