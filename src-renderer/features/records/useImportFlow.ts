import { useCallback, useEffect, useRef, useState } from 'react';
import { useServices } from '../../app/LedgerContext';
import { commitImport, type CommitResult } from '../../data/imports/commitImport';
import { markImportEnded, markImportStarted, takeInterruptedImport } from '../../data/imports/importWatch';
import { loadLedgerSnapshot } from '../../data/imports/ledgerSnapshot';
import { recallMapping, rememberMapping } from '../../data/imports/mappingMemory';
import type { RecordKind } from '../../domain/records/columns';
import { checkImport } from '../../domain/records/dryRun';
import type { DuplicatePolicy, ImportPreview } from '../../domain/records/importTypes';
import type { FileProblem } from '../../domain/records/readLimits';
import { detectFile, needsMappingStep, withRemembered, type LoadedFile } from './loadedFile';
import { readSpreadsheetOffThread, SheetWorkerCrashedError, SheetWorkerTimeoutError } from './sheetWorkerClient';

/** Why reading failed when the file itself gave no reason: a message `importExport.file.<reason>` each. */
export type ReadFailure = 'readFailed' | 'readCrashed' | 'readTimeout';

export type ImportStep =
  | { step: 'start'; cancelledFile?: string; interruptedFile?: string }
  | { step: 'reading'; fileName: string }
  | { step: 'fileError'; fileName: string; problem: FileProblem | ReadFailure }
  | { step: 'mapping'; file: LoadedFile }
  | { step: 'checking'; file: LoadedFile; done: number; total: number }
  | { step: 'preview'; file: LoadedFile; preview: ImportPreview }
  | { step: 'writing'; file: LoadedFile; preview: ImportPreview; done: number; total: number; stopping: boolean }
  | { step: 'summary'; file: LoadedFile; preview: ImportPreview; result: CommitResult };

const FILE_EXTENSIONS = ['xlsx', 'csv', 'txt'];

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

function readFailure(error: unknown): ReadFailure {
  if (error instanceof SheetWorkerCrashedError) return 'readCrashed';
  if (error instanceof SheetWorkerTimeoutError) return 'readTimeout';
  return 'readFailed';
}

/**
 * Set while this page itself is reading or checking a file, so that the screen, opened again during that
 * time, does not take its own mark for one left by a page that died.
 */
let markedByThisPage = false;

/**
 * The import, step by step: pick → read (in a worker, Cancel ends it) → map columns if needed → dry run
 * with progress → preview → write in chunks with progress → summary. Cancelling a read or a check writes
 * nothing; stopping a write ends after the current chunk. While a file is read and checked a mark is kept
 * on this PC, so that a page killed by the file is explained the next time the screen opens.
 */
export function useImportFlow(kind: RecordKind, policy: DuplicatePolicy, fileFilterName: string) {
  const { ledger, platform } = useServices();
  const [state, setState] = useState<ImportStep>({ step: 'start' });
  const controller = useRef<AbortController | null>(null);

  useEffect(() => {
    if (markedByThisPage) return;
    let live = true;
    takeInterruptedImport(ledger.local)
      .then((mark) => {
        if (live && mark) setState((s) => (s.step === 'start' ? { step: 'start', interruptedFile: mark.fileName } : s));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [ledger]);

  const mark = useCallback(
    async (fileName: string | null) => {
      markedByThisPage = fileName !== null;
      if (fileName === null) await markImportEnded(ledger.local).catch(() => undefined);
      else await markImportStarted(ledger.local, fileName);
    },
    [ledger],
  );

  const check = useCallback(
    async (file: LoadedFile, duplicatePolicy: DuplicatePolicy, confirmedByKeeper: boolean) => {
      const sheet = file.sheets[file.sheetIndex];
      if (!sheet) return;
      if (confirmedByKeeper) await rememberMapping(ledger.local, kind, file.headers, file.mapping);
      const abort = new AbortController();
      controller.current = abort;
      // Marked before anything can go wrong, so a page that dies during the check is explained afterwards.
      await mark(file.name);
      setState({ step: 'checking', file, done: 0, total: Math.max(0, sheet.rows.length - file.headerRowIndex - 1) });
      try {
        const started = performance.now();
        const snapshot = await loadLedgerSnapshot(ledger);
        performance.measure('records-import:load', { start: started, end: performance.now() });
        const checkStarted = performance.now();
        const preview = await checkImport(kind, { sheet, headerRowIndex: file.headerRowIndex, mapping: file.mapping }, snapshot, {
          duplicatePolicy,
          signal: abort.signal,
          onProgress: (done, total) => setState({ step: 'checking', file, done, total }),
        });
        performance.measure('records-import:check', { start: checkStarted, end: performance.now() });
        setState({ step: 'preview', file, preview });
      } catch (error) {
        if (!isAbort(error)) throw error;
        setState({ step: 'mapping', file });
      } finally {
        await mark(null);
      }
    },
    [kind, ledger, mark],
  );

  const pickFile = useCallback(async () => {
    const picked = await platform.openFile({ filters: [{ name: fileFilterName, extensions: FILE_EXTENSIONS }] });
    if (!picked) return;
    const abort = new AbortController();
    controller.current = abort;
    await mark(picked.name);
    setState({ step: 'reading', fileName: picked.name });
    const started = performance.now();
    let read;
    try {
      read = await readSpreadsheetOffThread(picked.data, picked.name, abort.signal);
      // Phases of a long import, for the benchmark notes (Performance API only; nothing is logged).
      performance.measure('records-import:read', { start: started, end: performance.now() });
    } catch (error) {
      await mark(null);
      setState(isAbort(error) ? { step: 'start', cancelledFile: picked.name } : { step: 'fileError', fileName: picked.name, problem: readFailure(error) });
      return;
    }
    if (!read.ok) {
      await mark(null);
      performance.measure('records-import:refused', { start: started, end: performance.now() });
      setState({ step: 'fileError', fileName: picked.name, problem: read.problem });
      return;
    }
    const detected = detectFile(kind, picked.name, read.sheets);
    const file = withRemembered(kind, detected, await recallMapping(ledger.local, kind, detected.headers));
    if (needsMappingStep(kind, file)) {
      await mark(null);
      setState({ step: 'mapping', file });
    } else await check(file, policy, false);
  }, [platform, fileFilterName, kind, ledger, policy, check, mark]);

  const commit = useCallback(
    async (file: LoadedFile, preview: ImportPreview) => {
      const abort = new AbortController();
      controller.current = abort;
      const total = preview.plan.writes.length;
      setState({ step: 'writing', file, preview, done: 0, total, stopping: false });
      const result = await commitImport(ledger, preview.plan, {
        signal: abort.signal,
        onProgress: (done) => setState({ step: 'writing', file, preview, done, total, stopping: abort.signal.aborted }),
      });
      setState({ step: 'summary', file, preview, result });
    },
    [ledger],
  );

  const stop = useCallback(() => {
    controller.current?.abort();
    setState((s) => (s.step === 'writing' ? { ...s, stopping: true } : s));
  }, []);

  const reset = useCallback(() => setState({ step: 'start' }), []);
  const editMapping = useCallback((file: LoadedFile) => setState({ step: 'mapping', file }), []);

  return { state, pickFile, check, commit, stop, reset, editMapping };
}
