import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { SnapshotInfo, SnapshotWrite } from '../src-renderer/platform/api';
import { DesktopError } from './errors';

/**
 * Automatic snapshots in the app's data folder (issue: nothing a station records is ever lost): one
 * `.slbackup` file each, and `snapshots.json` listing them with a counter, so "newer" never depends on the
 * PC's clock. Every write goes to a temporary name first and is renamed into place: a crash or a full disk
 * leaves the previous list and files as they were, never half a snapshot under a real name.
 */
const INDEX = 'snapshots.json';
const ID_PATTERN = /^\d{1,9}-\d{4}-\d{2}-\d{2}-(daily|update)\.slbackup$/;

const infoSchema = z.object({
  id: z.string().regex(ID_PATTERN),
  sequence: z.number().int().min(1),
  bytes: z.number().int().min(0),
  reason: z.enum(['daily', 'update']),
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  createdAt: z.string(),
  appVersion: z.string(),
  stationCode: z.string(),
  records: z.number().int().min(0),
});
const indexSchema = z.object({ next: z.number().int().min(1), entries: z.array(infoSchema) });
type SnapshotIndex = z.infer<typeof indexSchema>;

export interface SnapshotFolder {
  list(): Promise<SnapshotInfo[]>;
  write(request: SnapshotWrite): Promise<SnapshotInfo>;
  read(id: string): Promise<Uint8Array | null>;
  remove(id: string): Promise<void>;
}

async function replaceFile(target: string, data: Uint8Array | string): Promise<void> {
  const temporary = `${target}.writing`;
  await writeFile(temporary, data);
  await rename(temporary, target);
}

export function createSnapshotFolder(folder: string): SnapshotFolder {
  const indexPath = path.join(folder, INDEX);

  /** Past the highest number on disk, so a lost or damaged list never makes a new snapshot replace an old file. */
  async function nextFromFiles(): Promise<number> {
    const names = await readdir(folder).catch(() => [] as string[]);
    return names.filter((n) => ID_PATTERN.test(n)).reduce((max, n) => Math.max(max, Number(n.split('-')[0]) + 1), 1);
  }

  async function readIndex(): Promise<SnapshotIndex> {
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(indexPath, 'utf8'));
    } catch {
      raw = null;
    }
    const parsed = indexSchema.safeParse(raw);
    if (parsed.success) return parsed.data;
    // A missing or damaged list is not a reason to stop taking snapshots; the files stay where they are.
    return { next: await nextFromFiles(), entries: [] };
  }

  function fileOf(id: string): string {
    // Only names the folder itself gave out: nothing the renderer sends can point outside it.
    if (!ID_PATTERN.test(id)) throw new DesktopError('invalid-request', 'not a snapshot of this app');
    return path.join(folder, id);
  }

  // One change of the list at a time, in the order asked.
  let queue: Promise<unknown> = Promise.resolve();
  function serial<T>(run: () => Promise<T>): Promise<T> {
    const next = queue.then(run, run);
    queue = next.catch(() => undefined);
    return next;
  }

  return {
    async list() {
      return (await readIndex()).entries;
    },
    write: (request) =>
      serial(async () => {
        await mkdir(folder, { recursive: true });
        const index = await readIndex();
        const sequence = index.next;
        const id = `${sequence}-${request.meta.day}-${request.meta.reason}.slbackup`;
        await replaceFile(fileOf(id), request.data);
        const info: SnapshotInfo = { ...request.meta, id, sequence, bytes: (await stat(fileOf(id))).size };
        await replaceFile(indexPath, JSON.stringify({ next: sequence + 1, entries: [...index.entries, info] }));
        return info;
      }),
    async read(id) {
      try {
        return new Uint8Array(await readFile(fileOf(id)));
      } catch (error) {
        if (error instanceof DesktopError) throw error;
        return null;
      }
    },
    remove: (id) =>
      serial(async () => {
        const file = fileOf(id);
        const index = await readIndex();
        // The list first: a snapshot off the list but still on disk wastes space; the reverse would list a missing file.
        await replaceFile(indexPath, JSON.stringify({ ...index, entries: index.entries.filter((e) => e.id !== id) }));
        await rm(file, { force: true });
      }),
  };
}
