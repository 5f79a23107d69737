import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CommitResult } from '../../data/imports/commitImport';
import type { ImportPreview } from '../../domain/records/importTypes';

/** What was written, what was not, and why: the keeper must know exactly where the ledger stands. */
export function ImportSummary({ preview, result, onAgain }: { preview: ImportPreview; result: CommitResult; onAgain: () => void }) {
  const { t } = useTranslation();
  const rest = result.total - result.written;
  const counts = { written: result.written, inserted: result.inserted, updated: result.updated, rest };
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
    <Result
      data-testid="import-summary"
      status={status}
      title={title}
      subTitle={preview.errorRows > 0 ? t('importExport.summary.notImported', { count: preview.errorRows }) : undefined}
      extra={
        <Button type="primary" data-testid="import-again" onClick={onAgain}>
          {t('importExport.summary.again')}
        </Button>
      }
    />
  );
}
