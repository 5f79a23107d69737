import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Progress, Radio, Segmented, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/LedgerContext';
import { RECORD_KINDS, type RecordKind } from '../../domain/records/columns';
import { exportFileName } from '../../domain/records/exportSheets';
import type { DuplicatePolicy } from '../../domain/records/importTypes';
import { buildTemplate } from '../../domain/records/template';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { ImportSummary } from './ImportSummary';
import { writeXlsxOffThread } from './sheetWorkerClient';
import { useImportFlow } from './useImportFlow';
import { useTranslate } from './useTranslate';

const XLSX_FILTER = ['xlsx'];

/** 导入: kind, template, file → (mapping) → dry run → preview → chunked write → summary. */
export function ImportPanel() {
  const { t } = useTranslation();
  const translate = useTranslate();
  const { message } = App.useApp();
  const { platform } = useServices();
  const [kind, setKind] = useState<RecordKind>('volunteers');
  const [policy, setPolicy] = useState<DuplicatePolicy>('skip');
  const flow = useImportFlow(kind, policy, t('importExport.export.xlsx'));
  const { state } = flow;
  const busy = state.step !== 'start' && state.step !== 'fileError' && state.step !== 'summary';
  const failed = () => void message.error(t('common.unknownError'));

  const downloadTemplate = async () => {
    const fileName = exportFileName('', t('importExport.import.templateFileName', { kind: t(`importExport.kinds.${kind}`) }), '', 'xlsx');
    const { bytes: data } = await writeXlsxOffThread(buildTemplate(kind, translate));
    const saved = await platform.saveFile({ suggestedName: fileName, filters: [{ name: t('importExport.export.xlsx'), extensions: XLSX_FILTER }], data });
    if (saved.saved) void message.success(t('importExport.import.templateSaved', { name: saved.path ?? fileName }));
  };

  return (
    <Flex vertical gap={16} data-testid="import-panel">
      <Flex gap={16} align="center" wrap>
        <Typography.Text strong>{t('importExport.import.kind')}</Typography.Text>
        <Segmented<RecordKind>
          data-testid="import-kind"
          value={kind}
          disabled={busy}
          onChange={(value) => {
            setKind(value);
            flow.reset();
          }}
          options={RECORD_KINDS.map((k) => ({ value: k, label: t(`importExport.kinds.${k}`) }))}
        />
        <Button icon={<DownloadOutlined />} data-testid="import-template" onClick={() => void downloadTemplate().catch(failed)}>
          {t('importExport.import.downloadTemplate')}
        </Button>
      </Flex>
      <Typography.Text type="secondary">{t('importExport.import.order')}</Typography.Text>

      {state.step === 'start' || state.step === 'fileError' ? (
        <Flex vertical gap={12}>
          <Flex vertical gap={4}>
            <Typography.Text strong>{t('importExport.import.duplicatePolicy')}</Typography.Text>
            <Radio.Group
              data-testid="import-policy"
              value={policy}
              onChange={(e) => setPolicy(e.target.value === 'update' ? 'update' : 'skip')}
              options={[
                { value: 'skip', label: t('importExport.import.skip') },
                { value: 'update', label: t('importExport.import.update') },
              ]}
            />
            <Typography.Text type="secondary">{t('importExport.import.duplicateHint')}</Typography.Text>
          </Flex>
          {state.step === 'start' && state.interruptedFile !== undefined ? (
            <Alert
              data-testid="import-interrupted"
              type="error"
              showIcon
              closable
              title={t('importExport.import.interruptedTitle')}
              description={t('importExport.import.interrupted', { name: state.interruptedFile })}
            />
          ) : null}
          {state.step === 'start' && state.cancelledFile !== undefined ? (
            <Alert data-testid="import-read-cancelled" type="info" showIcon title={t('importExport.import.readingCancelled', { name: state.cancelledFile })} />
          ) : null}
          {state.step === 'fileError' ? (
            <Alert
              data-testid="import-file-error"
              type="error"
              showIcon
              title={t('importExport.import.fileError', { name: state.fileName })}
              description={t(`importExport.file.${state.problem}`)}
            />
          ) : null}
          <div>
            <Button type="primary" size="large" icon={<UploadOutlined />} data-testid="import-choose-file" onClick={() => void flow.pickFile().catch(failed)}>
              {t('importExport.import.chooseFile')}
            </Button>
          </div>
        </Flex>
      ) : null}

      {state.step === 'reading' ? (
        <Flex gap={12} align="center" data-testid="import-reading">
          <Spin />
          <span>{t('importExport.import.reading', { name: state.fileName })}</span>
          <Button data-testid="import-cancel-reading" onClick={flow.stop}>
            {t('importExport.import.cancelReading')}
          </Button>
        </Flex>
      ) : null}

      {state.step === 'mapping' ? (
        <MappingStep
          kind={kind}
          file={state.file}
          onChange={flow.editMapping}
          onCheck={() => void flow.check(state.file, policy, true).catch(failed)}
          onCancel={flow.reset}
        />
      ) : null}

      {state.step === 'checking' ? (
        <Flex vertical gap={8} data-testid="import-checking" style={{ maxWidth: 560 }}>
          <span>{t('importExport.check.progress', { done: state.done, total: state.total })}</span>
          <Progress percent={state.total === 0 ? 0 : Math.floor((state.done / state.total) * 100)} data-testid="import-progress" />
          <div>
            <Button onClick={flow.stop}>{t('importExport.check.cancel')}</Button>
          </div>
        </Flex>
      ) : null}

      {state.step === 'preview' ? (
        <PreviewStep
          kind={kind}
          file={state.file}
          preview={state.preview}
          sheetName={state.file.sheets[state.file.sheetIndex]?.name ?? ''}
          policy={policy}
          onPolicy={(next) => {
            setPolicy(next);
            void flow.check(state.file, next, false).catch(failed);
          }}
          onImport={() => void flow.commit(state.file, state.preview).catch(failed)}
          onCancel={flow.reset}
          onEditMapping={() => flow.editMapping(state.file)}
        />
      ) : null}

      {state.step === 'writing' ? (
        <Flex vertical gap={8} data-testid="import-writing" style={{ maxWidth: 560 }}>
          <span>{state.stopping ? t('importExport.write.stopping') : t('importExport.write.progress', { done: state.done, total: state.total })}</span>
          <Progress percent={state.total === 0 ? 100 : Math.floor((state.done / state.total) * 100)} data-testid="import-progress" />
          <div>
            <Button danger data-testid="import-stop" disabled={state.stopping} onClick={flow.stop}>
              {t('importExport.write.stop')}
            </Button>
          </div>
        </Flex>
      ) : null}

      {state.step === 'summary' ? <ImportSummary kind={kind} file={state.file} preview={state.preview} result={state.result} onAgain={flow.reset} /> : null}
    </Flex>
  );
}
