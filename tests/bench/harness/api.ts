/**
 * What the bench pages expose on `window` for the Node runner. Types only: this file is compiled both in
 * the page (web project) and in the runner (node project), so it must not touch the DOM or any module.
 */

export interface BigStationOptions {
  seed: number;
  volunteers: number;
  teams: number;
  projects: number;
  activities: number;
  years: number;
  /** Average participants per activity; each activity gets between half and one and a half times this. */
  participantsPerActivity: number;
  /** Documents per bulkInsert. */
  chunkSize: number;
}

export interface BigStationReport {
  counts: { volunteers: number; teams: number; projects: number; activities: number; participations: number };
  /** Inclusive date range of the generated activities (YYYY-MM-DD). */
  firstDate: string;
  lastDate: string;
  /** Volunteer searches a keeper would type, taken from the generated people. Never print them. */
  searchQueries: SearchQuery[];
  generateMs: number;
  writeMs: number;
}

export interface SearchQuery {
  kind: 'initials' | 'name' | 'phone' | 'idTail';
  text: string;
}

export interface QueryTimingOptions {
  seed: number;
  count: number;
  warmUp: number;
  firstDate: string;
  lastDate: string;
}

export interface SaveTimingOptions extends QueryTimingOptions {
  participants: number;
}

export interface Timings {
  /** Milliseconds of each measured run, warm-up excluded. */
  ms: number[];
  /** Average result size, to show the measurement did real work. */
  meanRows: number;
}

/** A duty post on the big station (P17): a run of daily shifts, the same number of people each day. */
export interface DutyPostOptions {
  seed: number;
  /** Days the post runs, ending today. */
  days: number;
  /** Signed up for each day's shift. */
  peoplePerDay: number;
  /** The last days of the run, left with their sign-ups only, for the bench to sign in and out at the desk. */
  openDays: number;
  /** 'HH:mm' */
  startTime: string;
  endTime: string;
}

/** One person signed up for a shift, and what the keeper types to find them at the desk. */
export interface DutyPerson {
  volunteerId: string;
  name: string;
  kind: 'phone' | 'idTail';
  typed: string;
}

export interface DutyPostReport {
  shifts: number;
  signUps: number;
  /** Shifts whose sign-ins and sign-outs were written already (the days before the open ones). */
  signedShifts: number;
  /** The open days, oldest first, with the people signed up. Never print their names or numbers. */
  openDays: Array<{ date: string; people: DutyPerson[] }>;
  ms: number;
}

export interface RequestsOptions {
  seed: number;
  count: number;
  /** Documents per bulkInsert. */
  chunkSize: number;
}

export interface RequestsReport {
  /** How many requests each tab of the list holds (the list's tab keys: all, overdue and the states). */
  tabCounts: Record<string, number>;
  ms: number;
}

/** The bench harness page (out/bench/index.html): it owns the station database while it is open. */
export interface StationBenchHarness {
  /** Opens the app's own database ('station-ledger') the way the app does. */
  open(): Promise<void>;
  /** Fills an empty database with a big station; refuses a database that already has a station. */
  generateBigStation(options: BigStationOptions): Promise<BigStationReport>;
  /** P4b: ledger.activities.query({ from, to, field }) for random months and fields. */
  timeActivityQueries(options: QueryTimingOptions): Promise<Timings>;
  /** P4c: ledger.activities.create with the participants' 24-hour check, on random days of the range. */
  timeActivitySaves(options: SaveTimingOptions): Promise<Timings>;
  /** P17: a duty post on the station with its shifts, sign-ups and (before the open days) sign-ins. */
  seedDutyPost(options: DutyPostOptions): Promise<DutyPostReport>;
  /** P18: requests across every state, written as the app would have stored them step by step. */
  seedRequests(options: RequestsOptions): Promise<RequestsReport>;
  close(): Promise<void>;
}

export interface RenderTiming {
  /** From the input event to the end of the frame that shows the changed rows; null if nothing changed. */
  ms: number | null;
}

/** Probes loaded into app pages as an init script (out/bench/probes.js); they only observe the page. */
export interface StationBenchProbes {
  /** Records when an element with this test id first appears and a frame has been drawn with it. */
  watchFirstAppearance(testId: string): void;
  /** performance.now() (ms since navigation start) of that frame, or null while it has not happened. */
  firstAppearanceAt(testId: string): number | null;
  /** ms since navigation start when DOMContentLoaded began (the app's script has run), or null before. */
  domContentLoadedAt(): number | null;
  /** Starts timing the next input event until `containerTestId`'s content changes and a frame is drawn. */
  armRenderTiming(containerTestId: string, timeoutMs: number): void;
  /** Resolves when the armed timing ends. */
  renderTiming(): Promise<RenderTiming>;
  /** ms since navigation start when a file input last got a file (the keeper picked it), or null. */
  fileChosenAt(): number | null;
  /** ms since navigation start of the last click on an element with this test id, or null. */
  clickedAt(testId: string): number | null;
  /**
   * Resolves with performance.now() of the first frame drawn once every check holds at the same time,
   * or null if that has not happened within `timeoutMs`.
   */
  whenShown(checks: readonly ShownCheck[], timeoutMs: number): Promise<number | null>;
  /** whenShown armed now, for an action the runner takes next; its answer is read with shown(). */
  armShown(checks: readonly ShownCheck[], timeoutMs: number): void;
  shown(): Promise<number | null>;
  /** ms since navigation start of the last keydown of this key (KeyboardEvent.key), or null. */
  keyDownAt(key: string): number | null;
}

/** An element's text as the keeper reads it; `digits` compares its digits only (a count with its unit). */
export interface ShownCheck {
  testId: string;
  text: string;
  digits?: boolean;
  /** Only inside the table row with this key (antd's data-row-key): one person's row of a list. */
  row?: string;
}

export interface BenchWindow {
  stationBench: StationBenchHarness;
  stationBenchProbes: StationBenchProbes;
}
