import { z } from 'zod';
import { issuesFromZod, type Parsed } from '../issues';
import { pinyinKeys } from '../pinyin';
import { docMetaShape, optionalIsoDateSchema, optionalText, refIdSchema, requiredText } from './common';

export const teamInputSchema = z.object({
  name: requiredText(50),
  /** A service-field code from the catalogue. */
  field: requiredText(40),
  /** A volunteer id, or '' when no leader is named yet. */
  leaderId: refIdSchema.default(''),
  foundedDate: optionalIsoDateSchema,
  description: optionalText(1000),
});
export type TeamInput = z.input<typeof teamInputSchema>;

export interface TeamFields {
  name: string;
  namePinyin: string;
  field: string;
  leaderId: string;
  foundedDate: string;
  description: string;
}

export const teamDocSchema = z.object({
  ...docMetaShape,
  name: z.string().min(1).max(50),
  namePinyin: z.string().max(300),
  field: z.string().min(1).max(40),
  leaderId: z.string().max(64),
  foundedDate: z.string().max(10),
  description: z.string().max(1000),
});
export type TeamDoc = z.infer<typeof teamDocSchema>;

export function parseTeamInput(input: unknown): Parsed<TeamFields> {
  const parsed = teamInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error) };
  return { ok: true, value: { ...parsed.data, namePinyin: pinyinKeys(parsed.data.name).full } };
}
