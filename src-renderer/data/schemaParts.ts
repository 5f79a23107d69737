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
