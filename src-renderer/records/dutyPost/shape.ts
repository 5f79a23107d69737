import { z } from 'zod';
import { docMetaShape, optionalText, requiredText } from '../../domain/entities/common';
import { issuesFromZod, type Parsed } from '../../domain/issues';

const NAME_MAX = 80;
const PLACE_MAX = 100;
const FIELD_MAX = 40;
const NOTES_MAX = 500;

/**
 * A duty post (值守岗位): a place the station staffs in shifts, such as a 文明交通岗 at a crossing, a checkpoint
 * or a tourist-season post. The post holds no people; who stood there is on its shifts.
 * This is the one definition of the stored document; the RxDB schema and the server's checks derive from it.
 */
export const dutyPostDocSchema = z.object({
  ...docMetaShape,
  name: z.string().min(1).max(NAME_MAX),
  place: z.string().max(PLACE_MAX),
  /** A service field code (平安建设 …); '' when not given. */
  field: z.string().max(FIELD_MAX),
  notes: z.string().max(NOTES_MAX),
  /** A post no longer staffed stays on record (its shifts count) but leaves the sign-in screen. */
  active: z.boolean(),
});
export type DutyPostDoc = z.infer<typeof dutyPostDocSchema>;

export const dutyPostInputSchema = z.object({
  name: requiredText(NAME_MAX),
  place: optionalText(PLACE_MAX),
  field: optionalText(FIELD_MAX),
  notes: optionalText(NOTES_MAX),
  active: z.boolean().default(true),
});
export type DutyPostInput = z.input<typeof dutyPostInputSchema>;
export type DutyPostFields = Omit<DutyPostDoc, keyof typeof docMetaShape>;

export function parseDutyPostInput(input: unknown): Parsed<DutyPostFields> {
  const parsed = dutyPostInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error) };
  return { ok: true, value: parsed.data };
}
