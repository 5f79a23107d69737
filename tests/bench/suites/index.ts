import type { BenchSuite } from '../types';
import { activityQueriesSuite } from './activityQueries';
import { coldStartSuite } from './coldStart';
import { hostileImportSuite } from './hostileImport';
import { keyboardEntrySuite } from './keyboardEntry';
import { memorySuite } from './memory';
import { recordsSuite } from './records';
import { reportsSuite } from './reports';
import { syncSuite } from './sync';
import { volunteerSearchSuite } from './volunteerSearch';

/**
 * Every benchmark suite, in running order. Add new ones here (one file per suite). Suites that use the
 * big station share it: the harness suites run before those that measure the app alone.
 */
export const SUITES: readonly BenchSuite[] = [
  activityQueriesSuite,
  coldStartSuite,
  volunteerSearchSuite,
  keyboardEntrySuite,
  hostileImportSuite,
  memorySuite,
  recordsSuite,
  reportsSuite,
  syncSuite,
];
