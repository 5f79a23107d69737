import type { BenchSuite } from '../types';
import { activityQueriesSuite } from './activityQueries';
import { backupSuite } from './backup';
import { cityScaleSuite } from './cityScale';
import { coldStartSuite } from './coldStart';
import { dutySignInSuite } from './dutySignIn';
import { hostileImportSuite } from './hostileImport';
import { keyboardEntrySuite } from './keyboardEntry';
import { memorySuite } from './memory';
import { recordsSuite } from './records';
import { reportsSuite } from './reports';
import { requestFilterSuite } from './requestFilter';
import { slowLinkSuite } from './slowLink';
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
  // These two add a duty post and 5,000 requests to the big station: after every other suite that reads it.
  dutySignInSuite,
  requestFilterSuite,
  syncSuite,
  slowLinkSuite,
  cityScaleSuite,
  backupSuite,
];
