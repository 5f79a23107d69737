import { getSetting, putSetting, type LocalDb } from '../../data/local/localDb';

const MB = 1024 * 1024;
const GB = 1024 * MB;

/** The setting (this PC only) holding how many bytes photos may take here before 释放空间 is suggested. */
export const PHOTO_BUDGET_KEY = 'photos.budgetBytes';

/** The choices offered; 2 GB holds about ten years of a station's photos at ~300 KB each, 60 a month. */
export const PHOTO_BUDGETS: readonly number[] = [500 * MB, 1 * GB, 2 * GB, 5 * GB, 10 * GB];
export const DEFAULT_PHOTO_BUDGET = 2 * GB;

export async function loadPhotoBudget(local: LocalDb): Promise<number> {
  const stored = await getSetting<number>(local, PHOTO_BUDGET_KEY);
  return typeof stored === 'number' && PHOTO_BUDGETS.includes(stored) ? stored : DEFAULT_PHOTO_BUDGET;
}

export function savePhotoBudget(local: LocalDb, bytes: number): Promise<void> {
  return putSetting(local, PHOTO_BUDGET_KEY, bytes);
}

/** How full the budget is, 0–100 for a progress bar (over 100 shows as 100, the text says by how much). */
export function budgetPercent(bytes: number, budget: number): number {
  if (budget <= 0) return 100;
  return Math.min(100, Math.round((bytes / budget) * 100));
}
