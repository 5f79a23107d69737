import { App, Button, Checkbox, Flex, Form, Radio, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/LedgerContext';
import { loadLedgerSnapshot } from '../../data/imports/ledgerSnapshot';
import type { DateRange } from '../../domain/dates';
import { EXPORT_KINDS, exportCount, RANGED_EXPORTS, type ExportKind } from '../../domain/records/exportSheets';
import type { LedgerSnapshot } from '../../domain/records/snapshot';
import { DateRangeInput } from '../../ui/typedInputs/DateRangeInput';
import { runExport, type ExportFormat } from './runExport';
import { useTranslate } from './useTranslate';


/** Ledgers that carry ID numbers or phones, and so offer the full-number option. */
const WITH_ID_NUMBERS: ReadonlySet<ExportKind> = new Set(['volunteers', 'activities', 'hours', 'requests']);
/** Ranged ledgers whose dates are not activity dates name their own range. */
const RANGE_LABELS: Partial<Record<ExportKind, string>> = {
  requests: 'importExport.export.rangeOf.requests',
  shifts: 'importExport.export.rangeOf.shifts',
};
const DATE = 'YYYY-MM-DD';

/** 导出: what, which dates, masked or full ID numbers, .xlsx or CSV; saved through the host's save dialog. */
export function ExportPanel({ active }: { active: boolean }) {
  const { t } = useTranslation();
  const translate = useTranslate();
  const { message, modal } = App.useApp();
  const { ledger, platform } = useServices();
  const [kind, setKind] = useState<ExportKind>('volunteers');
  const [lastRange, setLastRange] = useState<DateRange>(() => ({ from: dayjs().startOf('year').format(DATE), to: dayjs().endOf('year').format(DATE) }));
  /** null while the date boxes hold something that is not a range. */
  const [range, setRange] = useState<DateRange | null>(lastRange);
  const [allDates, setAllDates] = useState(false);
  const [fullIds, setFullIds] = useState(false);
  const [detail, setDetail] = useState(false);
  const [format, setFormat] = useState<ExportFormat>('xlsx');
  const [snapshot, setSnapshot] = useState<LedgerSnapshot | null>(null);
  const [working, setWorking] = useState(false);

  const refresh = useCallback(() => {
    loadLedgerSnapshot(ledger)
      .then(setSnapshot)
      .catch(() => setSnapshot(null));
  }, [ledger]);
  // Counted afresh each time the tab is opened: an import on the other tab changes the numbers.
  useEffect(() => {
    if (active) refresh();
  }, [active, refresh]);

  const ranged = RANGED_EXPORTS.has(kind);
  const dateRange: DateRange | undefined = ranged && !allDates ? (range ?? undefined) : undefined;
  // While the date boxes hold no whole range, nothing is counted or exported for a range they do not show.
  const rangeMissing = ranged && !allDates && range === null;
  const count = snapshot && !rangeMissing ? exportCount(snapshot, kind, dateRange) : null;

  const askFullIds = (checked: boolean) => {
    if (!checked) return setFullIds(false);
    modal.confirm({
      title: t('importExport.export.fullIdConfirmTitle'),
      content: t('importExport.export.fullIdConfirm'),
      okText: t('common.actions.confirm'),
      cancelText: t('common.actions.cancel'),
      onOk: () => setFullIds(true),
    });
  };

  const run = async () => {
    setWorking(true);
    try {
      const request = { kind, range: dateRange, fullIdNumbers: fullIds && WITH_ID_NUMBERS.has(kind), participantDetail: detail, format };
      const outcome = await runExport(ledger, platform, request, translate);
      setSnapshot(outcome.snapshot);
      if (!outcome.saved.saved) void message.info(t('importExport.export.notSaved'));
      else if (outcome.saved.path) void message.success(t('importExport.export.saved', { path: outcome.saved.path }));
      else void message.success(t('importExport.export.downloaded', { name: outcome.fileName }));
    } catch {
      void message.error(t('importExport.export.failed'));
    } finally {
      setWorking(false);
    }
  };

  return (
    <Form layout="vertical" name="export" style={{ maxWidth: 720 }} onFinish={() => void run()}>
      <Form.Item label={t('importExport.export.what')}>
        <Radio.Group
          data-testid="export-kind"
          value={kind}
          onChange={(e) => setKind(EXPORT_KINDS.find((k) => k === e.target.value) ?? 'volunteers')}
          optionType="button"
          options={EXPORT_KINDS.map((k) => ({ value: k, label: t(`importExport.kinds.${k}`) }))}
        />
      </Form.Item>
      {ranged ? (
        <Form.Item label={t(RANGE_LABELS[kind] ?? 'importExport.export.range')}>
          <Flex gap={16} align="center" wrap>
            <DateRangeInput
              data-testid="export-range"
              disabled={allDates}
              value={lastRange}
              onChange={(next) => {
                setRange(next);
                if (next) setLastRange(next);
              }}
            />
            <Checkbox data-testid="export-all-dates" checked={allDates} onChange={(e) => setAllDates(e.target.checked)}>
              {t('importExport.export.allDates')}
            </Checkbox>
          </Flex>
        </Form.Item>
      ) : null}
      {WITH_ID_NUMBERS.has(kind) ? (
        <Form.Item extra={fullIds ? undefined : t('importExport.export.maskedNote')}>
          <Checkbox data-testid="export-full-id" checked={fullIds} onChange={(e) => askFullIds(e.target.checked)}>
            {t('importExport.export.fullId')}
          </Checkbox>
        </Form.Item>
      ) : null}
      {kind === 'activities' && format === 'xlsx' ? (
        <Form.Item extra={t('importExport.export.participantDetailHelp')}>
          <Checkbox data-testid="export-detail" checked={detail} onChange={(e) => setDetail(e.target.checked)}>
            {t('importExport.export.participantDetail')}
          </Checkbox>
        </Form.Item>
      ) : null}
      <Form.Item label={t('importExport.export.format')} extra={format === 'csv' && kind === 'activities' ? t('importExport.export.csvOneSheet') : undefined}>
        <Radio.Group
          data-testid="export-format"
          value={format}
          onChange={(e) => setFormat(e.target.value === 'csv' ? 'csv' : 'xlsx')}
          options={[
            { value: 'xlsx', label: t('importExport.export.xlsx') },
            { value: 'csv', label: t('importExport.export.csv') },
          ]}
        />
      </Form.Item>
      <Flex gap={16} align="center">
        <Button type="primary" htmlType="submit" loading={working} disabled={rangeMissing} data-testid="export-run">
          {working ? t('importExport.export.working') : t('importExport.export.run')}
        </Button>
        {count !== null ? (
          <Typography.Text type="secondary" data-testid="export-count">
            {t('importExport.export.count', { count })}
          </Typography.Text>
        ) : null}
      </Flex>
    </Form>
  );
}
