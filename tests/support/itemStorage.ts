import type { RxJsonSchema } from 'rxdb';

/** The smallest record a storage test needs: an id and a number, for tests of RxDB's storage layer itself. */
export interface Item {
  id: string;
  n: number;
}

export const ITEM_SCHEMA: RxJsonSchema<Item> = {
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: { id: { type: 'string', maxLength: 20 }, n: { type: 'number' } },
  required: ['id', 'n'],
};
