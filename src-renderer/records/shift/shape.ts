import { z } from 'zod';
import { docMetaShape, isoDateSchema, refIdSchema } from '../../domain/entities/common';
import { creditShift, MAX_NEEDED, SHIFT_REVIEW_REASONS, shiftProblems } from '../../domain/duty/shiftHours';
import { isValidTime, MAX_HOURS_PER_DAY, sumHours } from '../../domain/hours';
import { ID_MAX_LENGTH } from '../../domain/ids';
import { issuesFromZod, type FieldIssue, type Parsed } from '../../domain/issues';

/** What a credit may be flagged for: the shift rules' reasons and the daily limit's cut. */
export const CREDIT_REVIEW_REASONS = [...SHIFT_REVIEW_REASONS, 'cutByDailyLimit'] as const;
export type CreditReviewReason = (typeof CREDIT_REVIEW_REASONS)[number];

/** Sign-ins a shift may hold: each of its people twice (back after a break, or a double keystroke). */
export const MAX_SIGN_INS = 2 * MAX_NEEDED;

const TIME_LENGTH = 5;

const creditSchema = z.object({
  volunteerId: z.string().min(1).max(ID_MAX_LENGTH),
  /** What the shift rules give (creditShift), before the 24-hour daily limit. */
  shiftHours: z.number().min(0).max(MAX_HOURS_PER_DAY),
  /** What counts: shiftHours, or less where the day's other service left less room. */
  hours: z.number().min(0).max(MAX_HOURS_PER_DAY),
  /** The part of the shift credited, 'HH:mm' each; '' when nothing was. */
  from: z.string().max(TIME_LENGTH),
  to: z.string().max(TIME_LENGTH),
  review: z.array(z.enum(CREDIT_REVIEW_REASONS)).max(CREDIT_REVIEW_REASONS.length),
});
export type StoredCredit = z.infer<typeof creditSchema>;

const attendanceSchema = z.object({
  volunteerId: z.string().min(1).max(ID_MAX_LENGTH),
  signIn: z.string().length(TIME_LENGTH),
  /** '' until they sign out. */
  signOut: z.string().max(TIME_LENGTH),
});

/**
 * One shift of a duty post: when, how many are needed, who signed up, who signed in and out, and the hours
 * each person is credited. The credits are derived on every save (creditShift, then the daily limit), so
 * the volunteer's page, the reports and the city's roll-up read them without the rules.
 * Volunteer ids and times only, never names: like an activity, the city may copy it whole.
 */
export const shiftDocSchema = z.object({
  ...docMetaShape,
  postId: z.string().min(1).max(ID_MAX_LENGTH),
  date: z.string().length(10),
  startTime: z.string().length(TIME_LENGTH),
  endTime: z.string().length(TIME_LENGTH),
  needed: z.number().int().min(1).max(MAX_NEEDED),
  signUps: z.array(z.string().min(1).max(ID_MAX_LENGTH)).max(MAX_NEEDED),
  attendance: z.array(attendanceSchema).max(MAX_SIGN_INS),
  credits: z.array(creditSchema).max(MAX_NEEDED),
  /** Sum of credits[].hours. */
  totalHours: z.number().min(0).max(MAX_NEEDED * MAX_HOURS_PER_DAY),
  /** Some credit carries a review reason (a missing sign-out, a cut by the daily limit …). */
  needsReview: z.boolean(),
  /** The keeper looked at the flagged credits and let them stand; a later change to the sign-ins clears it. */
  reviewConfirmed: z.boolean(),
});
export type ShiftDoc = z.infer<typeof shiftDocSchema>;
export type ShiftFields = Omit<ShiftDoc, keyof typeof docMetaShape>;

const timeSchema = z.string({ error: 'validation.time.invalid' }).refine(isValidTime, 'validation.time.invalid');

export const shiftInputSchema = z.object({
  postId: refIdSchema.min(1, 'validation.required'),
  date: isoDateSchema,
  startTime: timeSchema,
  endTime: timeSchema,
  // A form's number field may hand over text.
  needed: z.coerce.number({ error: 'serviceRules.duty.problem.needed' }),
  signUps: z.array(z.string().min(1).max(ID_MAX_LENGTH)).max(MAX_NEEDED, 'serviceRules.duty.problem.needed').default([]),
  attendance: z
    .array(
      z.object({
        volunteerId: z.string().min(1).max(ID_MAX_LENGTH),
        signIn: timeSchema,
        signOut: z.string().refine((s) => s === '' || isValidTime(s), 'validation.time.invalid').default(''),
      }),
    )
    .max(MAX_SIGN_INS, 'serviceRules.duty.problem.needed')
    .default([]),
  reviewConfirmed: z.boolean().default(false),
});
export type ShiftInput = z.input<typeof shiftInputSchema>;

/** The credits of a shift's sign-ins by the shift rules alone, before the daily limit. */
export function shiftCredits(shift: Pick<ShiftFields, 'date' | 'startTime' | 'endTime' | 'needed' | 'signUps' | 'attendance'>): StoredCredit[] {
  return creditShift(shift, shift.attendance).map((c) => ({
    volunteerId: c.volunteerId,
    shiftHours: c.hours,
    hours: c.hours,
    from: c.from,
    to: c.to,
    review: c.review,
  }));
}

/** The derived fields that follow from the credits. */
export function withCredits<T extends object>(fields: T, credits: StoredCredit[]): T & Pick<ShiftFields, 'credits' | 'totalHours' | 'needsReview'> {
  return { ...fields, credits, totalHours: sumHours(credits), needsReview: credits.some((c) => c.review.length > 0) };
}

/**
 * The form's (or a merged conflict version's) values as stored, with the credits derived by the shift
 * rules. The daily limit across a person's day needs the rest of the ledger: the repository applies it.
 */
export function parseShiftInput(input: unknown): Parsed<ShiftFields> {
  const parsed = shiftInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error) };
  const value = parsed.data;
  const issues: FieldIssue[] = shiftProblems(value);
  if (new Set(value.attendance.map((a) => a.volunteerId)).size > MAX_NEEDED) {
    issues.push({ field: 'attendance', key: 'serviceRules.duty.problem.needed', params: { max: MAX_NEEDED } });
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: withCredits(value, shiftCredits(value)) };
}
