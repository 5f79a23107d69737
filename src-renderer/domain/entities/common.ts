import { z } from 'zod';
import { ID_MAX_LENGTH } from '../ids';
import { isIsoDate } from '../dates';

/** Fields every replicated document carries (DESIGN.md §2). */
export const docMetaShape = {
  id: z.string().min(3).max(ID_MAX_LENGTH),
  stationId: z.string().min(1).max(40),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** The device (PC) that made the last change. */
  updatedBy: z.string().min(1).max(64),
  /**
   * Fields a newer app version wrote that this version does not know. Sync keeps them here and writes
   * them back unchanged, so an older PC never strips them from the server (sync/docFilter, sync/push).
   * Local only: on the wire they are top-level fields again.
   */
  unknownFields: z.record(z.string(), z.unknown()).optional(),
};

export interface DocMeta {
  id: string;
  stationId: string;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
  unknownFields?: Record<string, unknown>;
}

/** Who writes, from where, and when: the data layer supplies it; tests pass a fixed clock. */
export interface WriteContext {
  stationId: string;
  deviceId: string;
  now: () => Date;
}

export function requiredText(max: number) {
  return z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, 'validation.required')
    .max(max, 'validation.tooLong');
}

export function optionalText(max: number) {
  return z.string().trim().max(max, 'validation.tooLong').default('');
}

export const isoDateSchema = z
  .string({ error: 'validation.date.invalid' })
  .refine(isIsoDate, 'validation.date.invalid');

/** '' means "not given" so that optional references stay indexable strings. */
export const optionalIsoDateSchema = z
  .string()
  .default('')
  .refine((s) => s === '' || isIsoDate(s), 'validation.date.invalid');

export const refIdSchema = z.string().max(ID_MAX_LENGTH);
