import { z } from 'zod';
import { PROJECT_STATUSES } from '../catalog';
import { issuesFromZod, type Parsed } from '../issues';
import { pinyinKeys } from '../pinyin';
import { docMetaShape, isoDateSchema, optionalIsoDateSchema, optionalText, refIdSchema, requiredText } from './common';

export const projectInputSchema = z
  .object({
    name: requiredText(80),
    field: requiredText(40),
    ownerTeamId: refIdSchema.default(''),
    startDate: isoDateSchema,
    /** '' while the project has no planned end. */
    endDate: optionalIsoDateSchema,
    status: z.enum(PROJECT_STATUSES, { error: 'validation.required' }),
    /** 品牌: the brand the project is known by, if any. */
    brand: optionalText(200),
    /** Awards and catalogue listings, e.g. 市级优秀志愿服务项目 2023. */
    awards: optionalText(500),
    description: optionalText(2000),
  })
  .refine((p) => p.endDate === '' || p.endDate >= p.startDate, {
    path: ['endDate'],
    message: 'validation.date.endBeforeStart',
  });
export type ProjectInput = z.input<typeof projectInputSchema>;

export interface ProjectFields {
  name: string;
  namePinyin: string;
  field: string;
  ownerTeamId: string;
  startDate: string;
  endDate: string;
  status: (typeof PROJECT_STATUSES)[number];
  brand: string;
  awards: string;
  description: string;
}

export const projectDocSchema = z.object({
  ...docMetaShape,
  name: z.string().min(1).max(80),
  namePinyin: z.string().max(500),
  field: z.string().min(1).max(40),
  ownerTeamId: z.string().max(64),
  startDate: z.string().max(10),
  endDate: z.string().max(10),
  status: z.enum(PROJECT_STATUSES),
  brand: z.string().max(200),
  awards: z.string().max(500),
  description: z.string().max(2000),
});
export type ProjectDoc = z.infer<typeof projectDocSchema>;

export function parseProjectInput(input: unknown): Parsed<ProjectFields> {
  const parsed = projectInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error) };
  return { ok: true, value: { ...parsed.data, namePinyin: pinyinKeys(parsed.data.name).full } };
}
