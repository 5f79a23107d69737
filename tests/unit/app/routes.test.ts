import { describe, expect, it } from 'vitest';
import { FEATURE_ROUTES, featureOf } from '../../../src-renderer/app/routes';

describe('the screens a path belongs to', () => {
  it('is the feature whose paths it starts with', () => {
    expect(featureOf('/volunteers')?.prefix).toBe('/volunteers');
    expect(featureOf('/volunteers/volunteer:01/edit')?.prefix).toBe('/volunteers');
    expect(featureOf('/reports/ledger')?.prefix).toBe('/reports');
    expect(featureOf('/')?.prefix).toBe('/');
  });

  it('is no feature for a path that merely begins with the same letters, or that nobody claims', () => {
    expect(featureOf('/volunteersx')).toBeUndefined();
    expect(featureOf('/nowhere')).toBeUndefined();
  });

  it('holds every route a feature declares, so that loading only that feature finds the screen', async () => {
    const misplaced: string[] = [];
    for (const feature of FEATURE_ROUTES) {
      for (const route of await feature.load()) {
        const path = route.path ?? '';
        if (featureOf(path) !== feature) misplaced.push(`${path} (declared by ${feature.prefix})`);
      }
    }
    expect(misplaced).toEqual([]);
  });
});
