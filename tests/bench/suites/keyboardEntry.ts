import type { Locator, Page } from 'playwright-core';
import { pinyinKeys } from '../../../src-renderer/domain/pinyin';
import { createBigStation } from '../bigStation';
import type { BigStationOptions } from '../harness/api';
import { round } from '../stats';
import type { BenchEnv, BenchSuite, Measurement } from '../types';

/**
 * P14: one activity with five participants entered by keyboard only, on a village station's PC (150
 * volunteers, two years of activities). The keeper repeats an activity the station holds (the latest
 * one's title), adds five active volunteers by their pinyin initials, and saves. Every key pressed is
 * counted, a chord as its keys (Ctrl+Enter is 2), an arrow key to reach a suggestion as 1; the bench
 * reads the suggestion lists as the keeper would and types one more letter only while the wanted entry
 * is not among the first three shown. Typing goes at KEY_DELAY_MS a key; the time runs from the first
 * key to the saved activity's list.
 */

const VILLAGE: BigStationOptions = {
  seed: 20_240_314,
  volunteers: 150,
  teams: 6,
  projects: 8,
  activities: 400,
  years: 2,
  participantsPerActivity: 8,
  chunkSize: 200,
};
const PARTICIPANTS = 5;
/** About the speed of a keeper who knows the form (and within the 30–80 ms the e2e tests type at). */
const KEY_DELAY_MS = 60;
/** The keeper looks at the first few suggestions; past these they type another letter. */
const VISIBLE_CHOICES = 3;
const MAX_TABS = 15;
const WAIT_MS = 30_000;

const KEYS = { id: 'P14', what: 'one activity with 5 participants by keyboard: keystrokes', unit: 'keys', target: 40 } as const;
const TIME = { id: 'P14t', what: 'one activity with 5 participants by keyboard: time at 60 ms a key', unit: 's', target: 30 } as const;

/** The keyboard, counting. */
class CountingKeyboard {
  count = 0;
  constructor(private readonly page: Page) {}

  /** Letters typed one key each (ASCII only: Chinese would need an input method's keys). */
  async type(text: string): Promise<void> {
    if (!/^[\x20-\x7e]*$/.test(text)) throw new Error(`typed text must be plain keys: ${text}`);
    for (const ch of text) {
      await this.page.keyboard.type(ch, { delay: KEY_DELAY_MS });
      this.count += 1;
    }
  }

  async press(key: string, times = 1): Promise<void> {
    for (let i = 0; i < times; i += 1) {
      await this.page.keyboard.press(key, { delay: KEY_DELAY_MS });
      this.count += key.split('+').length;
    }
  }
}

/** Two frames: what the last key changed is on screen. */
async function drawn(page: Page): Promise<void> {
  await page.evaluate(() => {
    // The Node project's types have no DOM: the one browser function used is named here.
    const { requestAnimationFrame: nextFrame } = globalThis as unknown as { requestAnimationFrame: (callback: () => void) => void };
    return new Promise<void>((resolve) => {
      nextFrame(() => nextFrame(() => resolve()));
    });
  });
}

/** The enabled options of the open dropdown, as shown. */
async function shownChoices(page: Page): Promise<string[]> {
  const options = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option:not(.ant-select-item-option-disabled)');
  return options.allInnerTexts();
}

/**
 * Types `letters` one at a time into the focused search box until `isWanted` is among the first
 * VISIBLE_CHOICES options, then moves to it with ArrowDown and takes it with Enter. `firstIsActive`:
 * whether the box highlights its first option by itself (the participant picker does, the title box
 * does not, so that Enter keeps what was typed). False when the letters run out first.
 */
async function pick(page: Page, keys: CountingKeyboard, letters: string, isWanted: (text: string) => boolean, firstIsActive: boolean): Promise<boolean> {
  for (const letter of letters) {
    await keys.type(letter);
    await drawn(page);
    const at = (await shownChoices(page)).slice(0, VISIBLE_CHOICES).findIndex(isWanted);
    if (at < 0) continue;
    await keys.press('ArrowDown', firstIsActive ? at : at + 1);
    await keys.press('Enter');
    return true;
  }
  return false;
}

async function firstRowTitle(page: Page, env: BenchEnv, year: number): Promise<string | null> {
  await page.goto(env.webUrl(`/activities?year=${year}`));
  const row = page.getByTestId('activity-row').first();
  try {
    await row.waitFor({ state: 'visible', timeout: WAIT_MS });
  } catch {
    return null;
  }
  return (await row.getByRole('link').first().innerText()).trim();
}

/** Five active volunteers, from the generated people the station's searches use. */
async function activePeople(page: Page, env: BenchEnv, names: readonly string[]): Promise<string[]> {
  await page.goto(env.webUrl('/volunteers'));
  await page.getByTestId('volunteer-row').first().waitFor({ state: 'visible', timeout: WAIT_MS });
  const search = page.locator('input[data-testid="search-input"], [data-testid="search-input"] input').first();
  const chosen: string[] = [];
  for (const name of names) {
    if (chosen.length === PARTICIPANTS || chosen.includes(name)) continue;
    await search.fill(name);
    // The list shows active volunteers unless asked otherwise.
    const row = page.getByTestId('volunteer-row').filter({ hasText: name }).first();
    if (await row.isVisible({ timeout: 2_000 }).catch(() => false)) chosen.push(name);
  }
  await search.fill('');
  return chosen;
}

async function focused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element: unknown) => (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement === element);
}

interface Entry {
  keys: number;
  ms: number;
  /** Keys spent on each step, for the note. */
  steps: string;
}

async function enterActivity(page: Page, env: BenchEnv, title: string, people: readonly string[]): Promise<Entry | string> {
  await page.goto(env.webUrl('/activities/new'));
  const titleBox = page.locator('#activity_title');
  await titleBox.waitFor({ state: 'visible', timeout: WAIT_MS });
  await page.waitForFunction(() => (globalThis as unknown as { document: { activeElement: { id?: string } | null } }).document.activeElement?.id === 'activity_title');
  const keys = new CountingKeyboard(page);
  const started = Date.now();

  // The title, from the station's earlier ones: its initials until it is offered, ArrowDown, Enter.
  if (!(await pick(page, keys, pinyinKeys(title).initials, (text) => text.trim() === title, false))) return `"${title}" was not offered`;
  await page.getByTestId('filled-from-earlier').waitFor({ state: 'visible', timeout: WAIT_MS });
  const forTitle = keys.count;

  // Tab to the participant search (date, times, place, field, project and team were filled or kept).
  const search = page.locator('#activity_participantSearch');
  for (let tabs = 0; !(await focused(search)); tabs += 1) {
    if (tabs === MAX_TABS) return `the participant search was not reached in ${MAX_TABS} Tabs`;
    await keys.press('Tab');
  }

  const forTabs = keys.count - forTitle;
  for (const name of people) {
    const found = await pick(page, keys, pinyinKeys(name).initials, (text) => text.split(/\s/)[0] === name, true);
    if (!found) return `could not single out ${name} by initials`;
  }
  const rows = page.getByTestId('participant-row');
  if ((await rows.count()) !== people.length) return `${await rows.count()} participants listed instead of ${people.length}`;

  const forPeople = keys.count - forTitle - forTabs;
  await keys.press('Control+Enter');
  // Hours are the activity's own span, so no question should come; if one does, it costs a key.
  const confirm = page.getByTestId('over-span-confirm');
  const list = page.getByTestId('page-activities');
  await Promise.race([confirm.waitFor({ state: 'visible', timeout: WAIT_MS }), list.waitFor({ state: 'visible', timeout: WAIT_MS })]);
  if (await confirm.isVisible()) await keys.press('Enter');
  await list.waitFor({ state: 'visible', timeout: WAIT_MS });
  const forSaving = keys.count - forTitle - forTabs - forPeople;
  return { keys: keys.count, ms: Date.now() - started, steps: `title ${forTitle}, Tab to the participants ${forTabs}, ${people.length} people ${forPeople}, save ${forSaving}` };
}

export const keyboardEntrySuite: BenchSuite = {
  name: 'keyboard entry (app)',
  ids: [KEYS, TIME],
  budgetMs: 180_000,
  async run(env) {
    const urls = { harnessUrl: env.harnessUrl, webUrl: (route: string) => env.webUrl(route), probesPath: env.probesPath };
    // Its own small station in its own browser profile: the big one is a community of 2,000.
    const station = await createBigStation(env.browser, urls, (message) => env.log(message), VILLAGE);
    try {
      await station.closeHarness();
      const app = await station.openApp('/');
      const lastYear = Number(station.report.lastDate.slice(0, 4));
      const title = (await firstRowTitle(app.page, env, lastYear)) ?? (await firstRowTitle(app.page, env, lastYear - 1));
      const names = station.report.searchQueries.filter((q) => q.kind === 'name').map((q) => q.text);
      const people = await activePeople(app.page, env, names);
      const fail = (note: string): Measurement[] => [KEYS, TIME].map((m) => ({ ...m, value: null, note }));
      if (title === null) return fail('the station has no activity to repeat');
      if (people.length < PARTICIPANTS) return fail(`only ${people.length} active volunteers found among the generated names`);
      const entry = await enterActivity(app.page, env, title, people);
      if (typeof entry === 'string') return fail(entry);
      const problems = app.problems.length > 0 ? `; page problems: ${app.problems.slice(0, 3).join(' | ')}` : '';
      const note = `a repeat of the latest activity's title (time, place and field filled from last time), ${PARTICIPANTS} people by initials, Ctrl+Enter: ${entry.steps}${problems}`;
      return [
        { ...KEYS, value: entry.keys, note },
        { ...TIME, value: round(entry.ms / 1000), note: `${entry.keys} keys at ${KEY_DELAY_MS} ms a key, with the app's answers between them` },
      ];
    } finally {
      await station.close();
    }
  },
};
