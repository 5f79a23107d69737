import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isReviewedField } from '../../../src-renderer/data/conflicts/merge';
import { formatValue } from '../../../src-renderer/features/sync/conflictValues';
import { conflicts as en } from '../../../src-renderer/i18n/en/conflicts';
import { conflicts as zh } from '../../../src-renderer/i18n/zh-CN/conflicts';
import { RECORD_TYPE_LIST } from '../../../src-renderer/records/registry';
import { translators } from '../../support/translators';

/**
 * The conflict review screen names each field that differs. A field without a label would show its code
 * name (`wantedDate`) to a keeper; a new record type's fields must be named in both languages.
 */
describe('the conflict review names every field a keeper can be asked about', () => {
  const labels = { zh: zh.fields as Record<string, string>, en: (en.fields ?? {}) as Record<string, string> };
  for (const type of RECORD_TYPE_LIST.filter((t) => t.collection !== 'conflicts')) {
    it(`${type.collection}`, () => {
      const shown = Object.keys(type.shape.shape).filter(isReviewedField);
      expect(shown.filter((field) => !labels.zh[field])).toEqual([]);
      expect(shown.filter((field) => !labels.en[field])).toEqual([]);
    });
  }
});

/** The codes a field's shape allows, when it is a list of codes (an enum, or an array of one). */
function codesOf(schema: z.ZodType): readonly string[] {
  if (schema instanceof z.ZodEnum) return schema.options.map(String);
  if (schema instanceof z.ZodArray) return codesOf(schema.element as z.ZodType);
  if (schema instanceof z.ZodDefault || schema instanceof z.ZodOptional) return codesOf(schema.unwrap() as z.ZodType);
  return [];
}

describe('the conflict review names every code a field can hold, in both languages', () => {
  let zhT: TFunction;
  beforeAll(async () => {
    ({ zh: zhT } = await translators());
  });

  it('shows 已派单 for a request dispatched, 紧急 for urgent, 省级 for a provincial honour', () => {
    expect(formatValue('dispatched', zhT, 'state')).toBe('已派单');
    expect(formatValue('urgent', zhT, 'urgency')).toBe('紧急');
    expect(formatValue('provincial', zhT, 'level')).toBe('省级');
    expect(formatValue(['elderly', 'children'], zhT, 'servedGroups')).toBe('老年人、儿童');
    // A code the app has no name for (a city's own field) is shown as stored.
    expect(formatValue('city-own-field', zhT, 'field')).toBe('city-own-field');
  });

  for (const type of RECORD_TYPE_LIST.filter((t) => t.collection !== 'conflicts')) {
    it(`${type.collection}`, () => {
      for (const [field, schema] of Object.entries(type.shape.shape)) {
        if (!isReviewedField(field)) continue;
        for (const code of codesOf(schema as z.ZodType)) {
          // English falls back to the Chinese name where it has none, so the Chinese one is what must exist.
          expect(formatValue(code, zhT, field), `${field}=${code}`).not.toBe(code);
        }
      }
    });
  }
});
