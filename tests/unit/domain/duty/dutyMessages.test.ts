import { describe, expect, it } from 'vitest';
import { CUT_BY_DAILY_LIMIT_KEY } from '../../../../src-renderer/domain/duty/dailyLimit';
import { SHIFT_PROBLEM_KEYS, SHIFT_REVIEW_REASONS, shiftReviewKey } from '../../../../src-renderer/domain/duty/shiftHours';
import { LANGUAGES, expectWhole, serviceRulesTranslator } from '../requests/serviceRulesTranslator';

describe('the duty rules’ keys', () => {
  it.each(LANGUAGES)('every review note has a whole %s text', async (language) => {
    const t = await serviceRulesTranslator(language);
    for (const key of SHIFT_REVIEW_REASONS.map(shiftReviewKey)) {
      expect(t.exists(key), key).toBe(true);
      expectWhole(t.t(key), key);
    }
  });

  it.each([
    ['zh-CN', '本班次只计入 2.5 小时', '1到500之间'],
    ['en', 'this shift counts 2.5 hours', 'from 1 to 500'],
  ] as const)('fills the daily-limit note and the people-needed problem in %s', async (language, cut, needed) => {
    const t = await serviceRulesTranslator(language);
    expect(t.t(CUT_BY_DAILY_LIMIT_KEY, { credited: 2.5 })).toContain(cut);
    expect(t.t(SHIFT_PROBLEM_KEYS.needed, { max: 500 })).toContain(needed);
    expectWhole(t.t(SHIFT_PROBLEM_KEYS.duplicateSignUp), SHIFT_PROBLEM_KEYS.duplicateSignUp);
  });
});
