import type { RxJsonSchema } from 'rxdb';
import type { CertificateDoc } from '../../domain/entities/certificate';
import { MAX_STARS } from '../../domain/honours/starLevel';
import { dateProperty, idProperty, metaProperties, metaRequired, addUnknownFields, unknownFieldsProperty } from '../schemaParts';

export const certificateSchema: RxJsonSchema<CertificateDoc> = {
  title: 'certificate',
  // 2: stars, the star level stated (0 on certificates issued before).
  // 1: unknownFields, where fields of a newer app version are kept (schemaParts.ts).
  version: 2,
  primaryKey: 'id',
  type: 'object',
  properties: {
    ...metaProperties,
    unknownFields: unknownFieldsProperty,
    number: { type: 'string', maxLength: 80 },
    verificationCode: { type: 'string', maxLength: 20 },
    volunteerId: idProperty,
    volunteerName: { type: 'string', maxLength: 30 },
    idType: { type: 'string', maxLength: 20 },
    idNumber: { type: 'string', maxLength: 30 },
    volunteerNo: { type: 'string', maxLength: 40 },
    periodFrom: dateProperty,
    periodTo: dateProperty,
    hours: { type: 'number', minimum: 0 },
    sessions: { type: 'integer', minimum: 0 },
    stars: { type: 'integer', minimum: 0, maximum: MAX_STARS, multipleOf: 1 },
    content: { type: 'string', maxLength: 2000 },
    issuer: { type: 'string', maxLength: 80 },
    personInCharge: { type: 'string', maxLength: 30 },
    handler: { type: 'string', maxLength: 30 },
    contact: { type: 'string', maxLength: 40 },
    issuedDate: dateProperty,
    year: { type: 'integer', minimum: 2000, maximum: 2200, multipleOf: 1 },
    sequence: { type: 'integer', minimum: 1, maximum: 1_000_000, multipleOf: 1 },
    revokedAt: { type: 'string', maxLength: 10 },
    revokedReason: { type: 'string', maxLength: 200 },
  },
  required: [
    ...metaRequired,
    'number',
    'verificationCode',
    'volunteerId',
    'volunteerName',
    'idType',
    'idNumber',
    'volunteerNo',
    'periodFrom',
    'periodTo',
    'hours',
    'sessions',
    'stars',
    'content',
    'issuer',
    'personInCharge',
    'handler',
    'contact',
    'issuedDate',
    'year',
    'sequence',
    'revokedAt',
    'revokedReason',
  ],
  indexes: ['volunteerId', 'number', ['year', 'sequence']],
};

/**
 * Append-only: each key migrates a document from the version before it. Sync runs them on pulled documents
 * too, which an older app may have passed through with a later field already on them: keep a valid one.
 */
export const certificateMigrations = {
  1: addUnknownFields,
  // Issued before the star level was printed: its paper states none, and a reprint must match it.
  2: (old: Omit<CertificateDoc, 'stars'> & { stars?: unknown }): CertificateDoc => ({
    ...old,
    stars: typeof old.stars === 'number' && Number.isInteger(old.stars) && old.stars >= 0 && old.stars <= MAX_STARS ? old.stars : 0,
  }),
};
