import { Alert, Button, Flex, Radio, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RecordKind } from '../../domain/records/columns';
import { previewHeadline } from '../../domain/records/dryRun';
import type { DuplicatePolicy, ImportPreview } from '../../domain/records/importTypes';
import { ImportFindings } from './ImportFindings';
import type { LoadedFile } from './loadedFile';

const PREVIEW_PHASE = { phase: 'preview' } as const;

/** The dry run's result: counts, the problems by row and column, and the choice to import the valid rows or nothing. */
export function PreviewStep({
  kind,
  file,
  preview,
  sheetName,
  policy,
  onPolicy,
  onImport,
  onCancel,
  onEditMapping,
}: {
  kind: RecordKind;
  file: LoadedFile;
  preview: ImportPreview;
  sheetName: string;
  policy: DuplicatePolicy;
  onPolicy: (policy: DuplicatePolicy) => void;
  onImport: () => void;
  onCancel: () => void;
  onEditMapping: () => void;
}) {
  const { t } = useTranslation();
  const headline = previewHeadline(preview);
  const valid = preview.plan.writes.length;
  const type = headline === 'allValid' ? 'success' : headline === 'noneValid' || headline === 'nothingMapped' || headline === 'noRows' ? 'error' : 'warning';
  const stats: Array<[string, number]> = [
    ['total', preview.totalRows],
    ['inserts', preview.inserts],
    ['updates', preview.updates],
    ['errors', preview.errorRows],
    ['skipped', preview.skippedDuplicates],
    ['duplicatesInFile', preview.duplicatesInFile],
  ];
  const hasDuplicates = preview.skippedDuplicates > 0 || preview.updates > 0;

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('importExport.preview.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('importExport.mapping.sheet')}：{sheetName}</Typography.Text>
      </Flex>
      <Alert
        data-testid="preview-headline"
        type={type}
        showIcon
        title={t(`importExport.preview.headline.${headline}`, { count: valid, valid, invalid: preview.errorRows, skipped: preview.skippedDuplicates })}
      />
      {preview.missingRequired.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          title={t('importExport.mapping.missingRequired', {
            fields: preview.missingRequired.map((f) => t(`importExport.columns.${kind}.${f}`)).join('、'),
          })}
        />
      ) : null}
      <Flex gap={32} wrap data-testid="preview-stats">
        {stats.map(([key, value]) => (
          <Statistic key={key} title={t(`importExport.preview.stats.${key}`)} value={value} data-testid={`preview-stat-${key}`} />
        ))}
      </Flex>
      {hasDuplicates ? (
        <Flex vertical gap={4}>
          <Typography.Text strong>{t('importExport.import.duplicatePolicy')}</Typography.Text>
          <Radio.Group
            data-testid="preview-policy"
            value={policy}
            onChange={(e) => onPolicy(e.target.value === 'update' ? 'update' : 'skip')}
            options={[
              { value: 'skip', label: t('importExport.import.skip') },
              { value: 'update', label: t('importExport.import.update') },
            ]}
          />
        </Flex>
      ) : null}
      <ImportFindings kind={kind} file={file} preview={preview} phase={PREVIEW_PHASE} />
      <Flex gap={8} wrap>
        <Button type="primary" data-testid="import-commit" disabled={valid === 0} onClick={onImport}>
          {t('importExport.preview.import', { count: valid })}
        </Button>
        <Button data-testid="import-cancel" onClick={onCancel}>
          {t('importExport.preview.cancel')}
        </Button>
        <Button type="link" onClick={onEditMapping}>
          {t('importExport.mapping.edit')}
        </Button>
      </Flex>
    </Flex>
  );
}
