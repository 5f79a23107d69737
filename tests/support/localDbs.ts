import { afterEach } from 'vitest';
import { openLocalDb, type LocalDb } from '../../src-renderer/data/local/localDb';

/** For a test file: opens a fresh PC-local database per call (named after `prefix`), each deleted after its test. */
export function freshLocalDbs(prefix: string): () => LocalDb {
  const opened: LocalDb[] = [];
  let counter = 0;
  afterEach(async () => {
    for (const db of opened.splice(0)) {
      db.close();
      await db.delete();
    }
  });
  return () => {
    const db = openLocalDb(`${prefix}-${process.pid}-${++counter}`);
    opened.push(db);
    return db;
  };
}
