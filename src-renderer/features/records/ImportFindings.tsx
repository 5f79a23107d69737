import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/LedgerContext';
import type { RecordKind } from '../../domain/records/columns';
import { exportFileName } from '../../domain/records/exportSheets';
import type { ImportPreview } from '../../domain/records/importTypes';
import { buildRefusedRowsWorkbook } from '../../domain/records/refusedRows';
import { MASKED_ID_NUMBER_KEY } from '../../domain/records/volunteerRules';
import type { LoadedFile } from './loadedFile';
import { ProblemsTable, type ProblemsPhase } from './ProblemsTable';
import { writeXlsxOffThread } from './sheetWorkerClient';
import { useTranslate } from './useTranslate';

const XLSX_FILTER = ['xlsx'];

function baseName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '');
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/**
 * What the check found, kept on screen before and after the write: a masked export said once, every
 * problem and note by row, and the refused rows as an .xlsx (the keeper's own columns and a reason
 * column) to correct and import again.
 */
export function ImportFindings({ kind, file, preview, phase }: { kind: RecordKind; file: LoadedFile; preview: ImportPreview; phase: ProblemsPhase }) {
  const { t } = useTranslation();
  const translate = useTranslate();
  const { message } = App.useApp();
  const { platform } = useServices();
  const [saving, setSaving] = useState(false);
  // The masked-export message says for every such row what one line per row would repeat.
  const listed = preview.maskedIdRows > 0 ? preview.issues.filter((i) => i.key !== MASKED_ID_NUMBER_KEY) : preview.issues;

  const downloadRefused = async () => {
    const sheet = file.sheets[file.sheetIndex];
    if (!sheet) return;
    const spec = buildRefusedRowsWorkbook(kind, { sheet, headerRowIndex: file.headerRowIndex, mapping: file.mapping }, preview.issues, translate);
    if (!spec) return;
    setSaving(true);
    try {
      const { bytes } = await writeXlsxOffThread(spec);
      const suggestedName = exportFileName('', t('importExport.refused.fileName', { name: baseName(file.name) }), '', 'xlsx');
      const saved = await platform.saveFile({ suggestedName, filters: [{ name: t('importExport.export.xlsx'), extensions: XLSX_FILTER }], data: bytes });
      if (saved.saved) void message.success(t('importExport.preview.refusedSaved', { name: saved.path ?? suggestedName }));
    } catch {
      void message.error(t('common.unknownError'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Flex vertical gap={12}>
      {preview.maskedIdRows > 0 ? (
        <Alert data-testid="import-masked" type="error" showIcon title={t('importExport.preview.masked', { count: preview.maskedIdRows })} />
      ) : null}
      {listed.length > 0 || preview.errorRows > 0 ? (
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Typography.Text strong>{listed.length > 0 ? t('importExport.preview.problems', { count: listed.length }) : ''}</Typography.Text>
          {preview.errorRows > 0 ? (
            <Button icon={<DownloadOutlined />} loading={saving} data-testid="import-download-refused" onClick={() => void downloadRefused()}>
              {t('importExport.preview.downloadRefused', { count: preview.errorRows })}
            </Button>
          ) : null}
        </Flex>
      ) : null}
      {listed.length > 0 ? <ProblemsTable kind={kind} issues={listed} phase={phase} /> : null}
    </Flex>
  );
}
