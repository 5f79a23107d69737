import { z } from 'zod';
import { SERVED_GROUPS } from '../catalog';
import { isValidHours, isValidTime, sumHours } from '../hours';
import { issuesFromZod, type Parsed } from '../issues';
import { docMetaShape, isoDateSchema, optionalText, refIdSchema, requiredText } from './common';

/** An activity with more people than this is a duty post run as shifts, not one session. */
export const MAX_PARTICIPANTS = 500;
export const MAX_SERVED_COUNT = 1_000_000;

const timeSchema = z.string({ error: 'validation.time.invalid' }).refine(isValidTime, 'validation.time.invalid');

export const participantSchema = z.object({
  volunteerId: z.string().min(1).max(64),
  hours: z.number({ error: 'validation.hours.invalid' }).refine(isValidHours, 'validation.hours.invalid'),
});
export type Participant = z.infer<typeof participantSchema>;

export const activityInputSchema = z
  .object({
    title: requiredText(100),
    date: isoDateSchema,
    startTime: timeSchema,
    endTime: timeSchema,
    place: requiredText(100),
    field: requiredText(40),
    projectId: refIdSchema.default(''),
    teamId: refIdSchema.default(''),
    theme: optionalText(100),
    participants: z.array(participantSchema).max(MAX_PARTICIPANTS, 'validation.activity.tooManyParticipants').default([]),
    servedCount: z
      .number({ error: 'validation.activity.servedCount' })
      .int('validation.activity.servedCount')
      .min(0, 'validation.activity.servedCount')
      .max(MAX_SERVED_COUNT, 'validation.activity.servedCount')
      .default(0),
    servedGroups: z.array(z.enum(SERVED_GROUPS)).default([]),
    summary: optionalText(5000),
  })
  .refine((a) => a.endTime > a.startTime, { path: ['endTime'], message: 'validation.time.endBeforeStart' })
  .refine((a) => new Set(a.participants.map((p) => p.volunteerId)).size === a.participants.length, {
    path: ['participants'],
    message: 'validation.activity.duplicateParticipant',
  });
export type ActivityInput = z.input<typeof activityInputSchema>;

export interface ActivityFields {
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  field: string;
  projectId: string;
  teamId: string;
  theme: string;
  participants: Participant[];
  servedCount: number;
  servedGroups: string[];
  summary: string;
  /** Derived on every write so lists and reports can total without walking participants. */
  totalHours: number;
  participantCount: number;
}

export const activityDocSchema = z.object({
  ...docMetaShape,
  title: z.string().min(1).max(100),
  date: z.string().length(10),
  startTime: z.string().length(5),
  endTime: z.string().length(5),
  place: z.string().max(100),
  field: z.string().min(1).max(40),
  projectId: z.string().max(64),
  teamId: z.string().max(64),
  theme: z.string().max(100),
  participants: z.array(z.object({ volunteerId: z.string().max(64), hours: z.number() })).max(MAX_PARTICIPANTS),
  servedCount: z.number().int().min(0),
  servedGroups: z.array(z.string().max(40)),
  summary: z.string().max(5000),
  totalHours: z.number().min(0),
  participantCount: z.number().int().min(0),
});
export type ActivityDoc = z.infer<typeof activityDocSchema>;

export function parseActivityInput(input: unknown): Parsed<ActivityFields> {
  const parsed = activityInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error) };
  const a = parsed.data;
  return {
    ok: true,
    value: { ...a, totalHours: sumHours(a.participants), participantCount: a.participants.length },
  };
}
