import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/LedgerContext';
import { bundleFileName } from '../../domain/syncBundle';
import { readReturnBundle, writeStationBundle } from '../../sync/bundle/stationBundle';

type Outcome = { type: 'success' | 'info' | 'warning' | 'error'; lines: string[] };

/** U盘同步（无网络时）: the station's unsent changes to a signed file for the city, and the city's return bundle back. */
export function BundleCard() {
  const { t } = useTranslation();
  const { ledger, platform, sync } = useServices();
  const [busy, setBusy] = useState<'export' | 'import' | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const filters = [{ name: t('bundle.fileFilter'), extensions: ['json'] }];

  async function guarded(which: 'export' | 'import', work: () => Promise<Outcome | null>) {
    setBusy(which);
    setOutcome(null);
    try {
      const result = await work();
      if (result) setOutcome(result);
    } catch (error) {
      setOutcome({ type: 'error', lines: [t('bundle.failed', { detail: error instanceof Error ? error.message : String(error) })] });
    } finally {
      setBusy(null);
    }
  }

  const exportBundle = () =>
    guarded('export', async () => {
      const credentials = await platform.loadCredentials();
      if (!credentials) return { type: 'warning', lines: [t('bundle.noConnection')] };
      const written = await sync.paused(() => writeStationBundle(ledger, credentials, crypto.randomUUID()));
      if (!written.ok) return { type: 'warning', lines: [t(`bundle.problems.${written.problem}`)] };
      const name = bundleFileName(ledger.ctx.stationId, 'station', ledger.ctx.now());
      const saved = await platform.saveFile({ suggestedName: name, filters, data: new TextEncoder().encode(written.value.text) });
      const count = written.value.rows;
      if (!saved.saved) return { type: 'info', lines: [t('bundle.cancelled')] };
      if (count === 0) return { type: 'success', lines: [t('bundle.exportedEmpty', { name })] };
      return { type: 'success', lines: [saved.path ? t('bundle.exportedPath', { path: saved.path, count }) : t('bundle.exported', { name, count })] };
    });

  const importBundle = () =>
    guarded('import', async () => {
      const credentials = await platform.loadCredentials();
      if (!credentials) return { type: 'warning', lines: [t('bundle.noConnection')] };
      const picked = await platform.openFile({ filters });
      if (!picked) return null;
      const text = new TextDecoder().decode(picked.data);
      const read = await sync.paused(() => readReturnBundle(ledger, credentials, text));
      if (!read.ok) return { type: 'error', lines: [t(`bundle.problems.${read.problem}`)] };
      const { acknowledged, received, conflicts, keptOut } = read.value;
      const lines = [t('bundle.imported', { acknowledged, received })];
      if (conflicts > 0) lines.push(t('bundle.importedConflicts', { conflicts }));
      if (keptOut > 0) lines.push(t('bundle.keptOut', { count: keptOut }));
      return { type: conflicts > 0 || keptOut > 0 ? 'warning' : 'success', lines };
    });

  return (
    <Card size="small" title={t('bundle.title')} data-testid="bundle-card">
      <Typography.Paragraph>{t('bundle.intro')}</Typography.Paragraph>
      <Space wrap>
        <Button icon={<DownloadOutlined />} loading={busy === 'export'} disabled={busy !== null} onClick={() => void exportBundle()} data-testid="bundle-export">
          {busy === 'export' ? t('bundle.exportBusy') : t('bundle.export')}
        </Button>
        <Button icon={<UploadOutlined />} loading={busy === 'import'} disabled={busy !== null} onClick={() => void importBundle()} data-testid="bundle-import">
          {busy === 'import' ? t('bundle.importBusy') : t('bundle.import')}
        </Button>
      </Space>
      {outcome ? (
        <Alert style={{ marginTop: 12 }} type={outcome.type} showIcon title={outcome.lines.join(' ')} data-testid="bundle-outcome" />
      ) : null}
    </Card>
  );
}
