import fc from 'fast-check';
import { describe, expect, it, test } from 'vitest';
import { MAX_STARS, STAR_THRESHOLDS, STARS_TO_NEXT_KEY, STARS_TOP_KEY, starLevel, starLevelKey, starStanding } from '../../../../src-renderer/domain/honours/starLevel';
import { LANGUAGES, expectWhole, serviceRulesTranslator } from '../requests/serviceRulesTranslator';

describe('starLevel', () => {
  it('has five stars at 100, 300, 600, 1,000 and 1,500 hours', () => {
    expect(STAR_THRESHOLDS).toEqual([100, 300, 600, 1000, 1500]);
    expect(MAX_STARS).toBe(5);
  });

  it.each([
    [0, 0],
    [99.5, 0],
    [100, 1],
    [299.5, 1],
    [300, 2],
    [599.5, 2],
    [600, 3],
    [999.5, 3],
    [1000, 4],
    [1499.5, 4],
    [1500, 5],
    [20000, 5],
  ])('%s h → %i stars', (hours, stars) => {
    expect(starLevel(hours)).toBe(stars);
  });

  it('gives the star earned to a total carrying float noise', () => {
    expect(starLevel(99.99999999)).toBe(1);
  });

  it.each([-10, Number.NaN, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY])('counts %s as no hours', (hours) => {
    expect(starLevel(hours)).toBe(0);
    expect(starStanding(hours)).toEqual({ stars: 0, nextStarAt: 100, hoursToNextStar: 100 });
  });
});

describe('starStanding', () => {
  it.each([
    [0, { stars: 0, nextStarAt: 100, hoursToNextStar: 100 }],
    [42.5, { stars: 0, nextStarAt: 100, hoursToNextStar: 57.5 }],
    [100, { stars: 1, nextStarAt: 300, hoursToNextStar: 200 }],
    [999.5, { stars: 3, nextStarAt: 1000, hoursToNextStar: 0.5 }],
    [1500, { stars: 5, nextStarAt: null, hoursToNextStar: null }],
  ])('%s h → %o', (hours, standing) => {
    expect(starStanding(hours)).toEqual(standing);
  });
});

describe('over all hours', () => {
  const hours = fc.integer({ min: 0, max: 2 * 4000 }).map((units) => units / 2);

  test('the star level never goes down as hours go up', () => {
    fc.assert(
      fc.property(hours, hours, (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(starLevel(low)).toBeLessThanOrEqual(starLevel(high));
      }),
    );
  });

  test('serving the hours to the next star earns exactly it, and half an hour less does not', () => {
    fc.assert(
      fc.property(hours, (h) => {
        const { stars, hoursToNextStar } = starStanding(h);
        if (hoursToNextStar === null) {
          expect(stars).toBe(MAX_STARS);
          return;
        }
        expect(hoursToNextStar).toBeGreaterThan(0);
        expect(starLevel(h + hoursToNextStar)).toBe(stars + 1);
        expect(starLevel(h + hoursToNextStar - 0.5)).toBe(stars);
      }),
    );
  });
});

describe('star words', () => {
  it.each(LANGUAGES)('every level and the next-star line have a whole %s text', async (language) => {
    const t = await serviceRulesTranslator(language);
    for (let stars = 0; stars <= MAX_STARS; stars += 1) expectWhole(t.t(starLevelKey(stars)), starLevelKey(stars));
    expectWhole(t.t(STARS_TOP_KEY), STARS_TOP_KEY);
    expectWhole(t.t(STARS_TO_NEXT_KEY, { hours: 57.5, stars: 1 }), STARS_TO_NEXT_KEY);
  });

  it('says the level and what is left in Chinese', async () => {
    const t = await serviceRulesTranslator('zh-CN');
    expect(t.t(starLevelKey(3))).toBe('三星志愿者');
    expect(t.t(starLevelKey(0))).toBe('未达到星级');
    expect(t.t(STARS_TO_NEXT_KEY, { hours: 0.5, stars: 4 })).toBe('再服务 0.5 小时可成为四星志愿者');
  });

  it('keeps the key within 0–5 stars', () => {
    expect(starLevelKey(7)).toBe(starLevelKey(5));
    expect(starLevelKey(-1)).toBe(starLevelKey(0));
  });
});
