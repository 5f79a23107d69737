/** JSON-schema fragments every collection shares; RxDB needs maxLength on indexed and primary strings. */
export const idProperty = { type: 'string', maxLength: 64 } as const;
export const dateProperty = { type: 'string', maxLength: 10 } as const;
export const stringArrayProperty = { type: 'array', items: { type: 'string' } } as const;

export const metaProperties = {
  id: idProperty,
  stationId: { type: 'string', maxLength: 40 },
  createdAt: { type: 'string', maxLength: 40 },
  updatedAt: { type: 'string', maxLength: 40 },
  updatedBy: { type: 'string', maxLength: 64 },
} as const;

export const metaRequired = ['id', 'stationId', 'createdAt', 'updatedAt', 'updatedBy'] as const;

/**
 * Where a synced document keeps the fields of a newer app version (domain/entities/common.ts): any
 * object, so whatever a newer version adds fits without this app knowing its shape.
 */
export const unknownFieldsProperty = { type: 'object' } as const;

/**
 * The migration of the version that added `unknownFields`: the field is optional, so stored documents
 * stay as they are. Pulled documents of an older version pass through it too (sync/wireVersion.ts).
 */
export function addUnknownFields<Doc>(old: Doc): Doc {
  return old;
}
