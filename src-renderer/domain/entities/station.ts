import { z } from 'zod';
import { FIVE_HAVES, STATION_SERVICES } from '../catalog';
import { checkPhone } from '../phone';
import { issuesFromZod, type Parsed } from '../issues';
import { docMetaShape, optionalText, requiredText } from './common';

const selfCheckItemSchema = z.object({ ok: z.boolean().default(false), note: optionalText(300) });

const selfCheckShape = Object.fromEntries(FIVE_HAVES.map((k) => [k, selfCheckItemSchema.default({ ok: false, note: '' })])) as Record<
  (typeof FIVE_HAVES)[number],
  z.ZodDefault<typeof selfCheckItemSchema>
>;

/** The station profile: who the station is and where it sits (city → county → center → institute → station). */
export const stationInputSchema = z.object({
  /** The code the city issues; it becomes the stationId of every record, so it cannot change later. */
  code: z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, 'validation.required')
    .max(40, 'validation.tooLong')
    .regex(/^[A-Za-z0-9_-]+$/, 'validation.station.code'),
  name: requiredText(60),
  city: optionalText(40),
  county: requiredText(40),
  center: requiredText(60),
  institute: requiredText(60),
  contactName: requiredText(30),
  contactPhone: requiredText(30),
  address: requiredText(120),
  services: z.array(z.enum(STATION_SERVICES)).default([]),
  otherServices: optionalText(200),
  demonstration: z.boolean().default(false),
  selfCheck: z.object(selfCheckShape).default(
    Object.fromEntries(FIVE_HAVES.map((k) => [k, { ok: false, note: '' }])) as Record<(typeof FIVE_HAVES)[number], { ok: boolean; note: string }>,
  ),
});
export type StationInput = z.input<typeof stationInputSchema>;
export type StationFields = z.output<typeof stationInputSchema>;

export const stationDocSchema = z.object({ ...docMetaShape, ...stationInputSchema.shape });
export type StationDoc = z.infer<typeof stationDocSchema>;

export function parseStationInput(input: unknown): Parsed<StationFields> {
  const parsed = stationInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error) };
  const phone = checkPhone(parsed.data.contactPhone);
  if (!phone.ok) return { ok: false, issues: [{ field: 'contactPhone', key: 'validation.phone.invalid' }] };
  return { ok: true, value: { ...parsed.data, contactPhone: phone.value } };
}
