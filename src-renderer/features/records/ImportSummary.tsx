import { Button, Flex, Result } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommitResult } from '../../data/imports/commitImport';
import type { RecordKind } from '../../domain/records/columns';
import type { ImportPreview } from '../../domain/records/importTypes';
import { ImportFindings } from './ImportFindings';
import type { LoadedFile } from './loadedFile';

/** Compact: the problem list below must fit on a 768-pixel screen. */
const RESULT_STYLE = { padding: '8px 0' } as const;

/**
 * What was written, what was not, and why: the keeper must know exactly where the ledger stands. The
 * problem list stays, each row tagged with what became of it, with the refused rows to download.
 */
export function ImportSummary({
  kind,
  file,
  preview,
  result,
  onAgain,
}: {
  kind: RecordKind;
  file: LoadedFile;
  preview: ImportPreview;
  result: CommitResult;
  onAgain: () => void;
}) {
  const { t } = useTranslation();
  const rest = result.total - result.written;
  const counts = { written: result.written, inserted: result.inserted, updated: result.updated, rest };
  // The plan is written in order: the first `written` of its rows are in the ledger.
  const phase = useMemo(() => ({ phase: 'done' as const, writtenRows: new Set(preview.plan.writes.slice(0, result.written).map((w) => w.row)) }), [preview, result]);
  let status: 'success' | 'warning' | 'error' = 'success';
  let title = t('importExport.summary.done', counts);
  if (result.failure) {
    status = 'error';
    const reason = t(result.failure === 'stale' ? 'importExport.summary.stale' : 'importExport.summary.writeError');
    title = t('importExport.summary.failed', { ...counts, reason });
  } else if (result.cancelled) {
    status = 'warning';
    title = t('importExport.summary.cancelled', counts);
  }
  return (
    <Flex vertical gap={12}>
      <Result
        data-testid="import-summary"
        style={RESULT_STYLE}
        status={status}
        title={title}
        subTitle={preview.errorRows > 0 ? t('importExport.summary.notImported', { count: preview.errorRows }) : undefined}
        extra={
          <Button type="primary" data-testid="import-again" onClick={onAgain}>
            {t('importExport.summary.again')}
          </Button>
        }
      />
      <ImportFindings kind={kind} file={file} preview={preview} phase={phase} />
    </Flex>
  );
}
