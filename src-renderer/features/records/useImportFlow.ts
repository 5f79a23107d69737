import { useCallback, useRef, useState } from 'react';
import { useServices } from '../../app/LedgerContext';
import { commitImport, type CommitResult } from '../../data/imports/commitImport';
import { loadLedgerSnapshot } from '../../data/imports/ledgerSnapshot';
import { recallMapping, rememberMapping } from '../../data/imports/mappingMemory';
import type { RecordKind } from '../../domain/records/columns';
import { checkImport } from '../../domain/records/dryRun';
import type { DuplicatePolicy, ImportPreview } from '../../domain/records/importTypes';
import type { FileProblem } from '../../domain/records/readLimits';
import { detectFile, needsMappingStep, withRemembered, type LoadedFile } from './loadedFile';
import { readSpreadsheetOffThread } from './sheetWorkerClient';

export type ImportStep =
  | { step: 'start' }
  | { step: 'reading'; fileName: string }
  | { step: 'fileError'; fileName: string; problem: FileProblem | 'readFailed' }
  | { step: 'mapping'; file: LoadedFile }
  | { step: 'checking'; file: LoadedFile; done: number; total: number }
  | { step: 'preview'; file: LoadedFile; preview: ImportPreview }
  | { step: 'writing'; file: LoadedFile; preview: ImportPreview; done: number; total: number; stopping: boolean }
  | { step: 'summary'; file: LoadedFile; preview: ImportPreview; result: CommitResult };

const FILE_EXTENSIONS = ['xlsx', 'csv', 'txt'];

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/**
 * The import, step by step: pick → read (in a worker) → map columns if needed → dry run with progress →
 * preview → write in chunks with progress → summary. Cancelling a check writes nothing; stopping a write
 * ends after the current chunk.
 */
export function useImportFlow(kind: RecordKind, policy: DuplicatePolicy, fileFilterName: string) {
  const { ledger, platform } = useServices();
  const [state, setState] = useState<ImportStep>({ step: 'start' });
  const controller = useRef<AbortController | null>(null);

  const check = useCallback(
    async (file: LoadedFile, duplicatePolicy: DuplicatePolicy, confirmedByKeeper: boolean) => {
      const sheet = file.sheets[file.sheetIndex];
      if (!sheet) return;
      if (confirmedByKeeper) await rememberMapping(ledger.local, kind, file.headers, file.mapping);
      const abort = new AbortController();
      controller.current = abort;
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
      }
    },
    [kind, ledger],
  );

  const pickFile = useCallback(async () => {
    const picked = await platform.openFile({ filters: [{ name: fileFilterName, extensions: FILE_EXTENSIONS }] });
    if (!picked) return;
    setState({ step: 'reading', fileName: picked.name });
    const started = performance.now();
    let read;
    try {
      read = await readSpreadsheetOffThread(picked.data, picked.name);
      // Phases of a long import, for the benchmark notes (Performance API only; nothing is logged).
      performance.measure('records-import:read', { start: started, end: performance.now() });
    } catch {
      setState({ step: 'fileError', fileName: picked.name, problem: 'readFailed' });
      return;
    }
    if (!read.ok) {
      setState({ step: 'fileError', fileName: picked.name, problem: read.problem });
      return;
    }
    const detected = detectFile(kind, picked.name, read.sheets);
    const file = withRemembered(kind, detected, await recallMapping(ledger.local, kind, detected.headers));
    if (needsMappingStep(kind, file)) setState({ step: 'mapping', file });
    else await check(file, policy, false);
  }, [platform, fileFilterName, kind, ledger, policy, check]);

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
