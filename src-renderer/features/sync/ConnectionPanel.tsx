import { ApiOutlined, ImportOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Flex, Form, Input, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useServices } from '../../app/LedgerContext';
import { testConnection, type ConnectionReport } from '../../sync/connection';
import { toSyncError } from '../../sync/syncError';
import { describeDesktopError } from '../../ui/errorMessage';
import { TechnicalDetail } from '../../ui/TechnicalDetail';
import { expectedDatabase, isUnencryptedRemote, readSetupFile, serverUrlProblem, toCredentials, type ConnectionFormValues } from './connectionForm';
import { useSyncStatus } from './useSync';
import { isProvisionalCode } from '../../domain/provisionalCode';
import { recordsUnder } from '../../data/station/adoptCode';

type Outcome =
  | { kind: 'file'; name: string; code: string }
  | { kind: 'ok'; report: ConnectionReport }
  | { kind: 'problem'; key: string; params?: Record<string, string>; detail?: string };

/** 连接市级服务器: import the city's set-up file (or type its fields), test, then save and start syncing. */
export function ConnectionPanel() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const { ledger, platform, sync } = useServices();
  const status = useSyncStatus();
  const [form] = Form.useForm<ConnectionFormValues>();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState<'test' | 'save' | null>(null);
  // Once connected, the typed fields (with an empty, required password) stay folded until the keeper
  // means to change the connection or reads a new set-up file: they read as if something were missing.
  const [changing, setChanging] = useState(false);
  // The city's set-up file may allow plain http on its own intranet (`--intranet-http`); typing never does.
  const [intranetHttp, setIntranetHttp] = useState(false);
  // Where updates come from is the set-up file's to say; it is not a field the keeper types.
  const [updateUrl, setUpdateUrl] = useState<string | undefined>(undefined);
  // Likewise the key U盘同步 signs with (domain/syncBundle.ts).
  const [bundleKey, setBundleKey] = useState<string | undefined>(undefined);
  const showFields = status.connection === null || changing;
  const localCode = ledger.ctx.stationId;

  async function importFile() {
    const picked = await platform.openFile({ filters: [{ name: t('sync.connection.importFile'), extensions: ['json'] }] });
    if (!picked) return;
    // A station still on its provisional code takes the code of the city's file; any other must match it.
    const provisional = isProvisionalCode(localCode);
    const reading = readSetupFile(picked.data, provisional ? null : localCode);
    if (!reading.ok) {
      setOutcome({ kind: 'problem', key: reading.key, ...(reading.params ? { params: reading.params } : {}) });
      return;
    }
    if (provisional && !(await adoptCodeOf(reading.file.station.code))) return;
    form.setFieldsValue(reading.values);
    setIntranetHttp(reading.file.intranetHttp === true);
    setUpdateUrl(reading.file.updateUrl);
    setBundleKey(reading.file.bundleKey);
    setChanging(true);
    setOutcome({ kind: 'file', name: reading.file.station.name, code: reading.file.station.code });
  }

  /** Asks, then gives every record the city's code; false when the keeper says no or it fails (said so). */
  async function adoptCodeOf(code: string): Promise<boolean> {
    const count = await recordsUnder(ledger.db, localCode);
    const confirmed = await modal.confirm({
      title: t('sync.connection.adoptTitle', { code }),
      content: t('sync.connection.adoptBody', { code, count }),
      okText: t('sync.connection.adoptOk'),
      cancelText: t('common.actions.cancel'),
    });
    if (!confirmed) return false;
    try {
      await ledger.adoptStationCode(code);
      void message.success(t('sync.connection.adopted', { code, count }));
      return true;
    } catch (error) {
      setOutcome({ kind: 'problem', key: 'sync.connection.adoptFailed', detail: error instanceof Error ? error.message : String(error) });
      return false;
    }
  }

  /** Validates the fields and this station's database, then asks the server. */
  async function check(): Promise<ReturnType<typeof toCredentials> | null> {
    const credentials = toCredentials({
      ...(await form.validateFields()),
      ...(updateUrl === undefined ? {} : { updateUrl }),
      ...(bundleKey === undefined ? {} : { bundleKey }),
    });
    const expected = expectedDatabase(ledger.ctx.stationId);
    if (credentials.database !== expected) {
      setOutcome({ kind: 'problem', key: 'sync.connection.databaseMismatch', params: { database: credentials.database, expected } });
      return null;
    }
    try {
      const report = await testConnection(credentials);
      setOutcome({ kind: 'ok', report });
      return credentials;
    } catch (error) {
      const failure = toSyncError(error);
      setOutcome({ kind: 'problem', key: failure.messageKey, detail: failure.detail });
      return null;
    }
  }

  async function run(which: 'test' | 'save') {
    setBusy(which);
    try {
      const credentials = await check();
      if (!credentials || which === 'test') return;
      await sync.connect(credentials);
      form.setFieldValue('password', '');
      setChanging(false);
      void message.success(t('sync.connection.saved'));
    } catch (error) {
      // validateFields() rejects with the field errors, which the form already shows.
      if (error instanceof Error) {
        void message.error(t('sync.connection.saveFailed', { reason: describeDesktopError(error, t) ?? error.message }));
      }
    } finally {
      setBusy(null);
    }
  }

  async function disconnect() {
    await sync.disconnect();
    setOutcome(null);
    void message.success(t('sync.connection.disconnected'));
  }

  return (
    <Card title={t('sync.connection.title')} size="small" data-testid="sync-connection">
      <Space orientation="vertical" style={{ width: '100%' }}>
        {platform.credentialStorage === 'browser-plaintext' ? (
          <Alert type="warning" showIcon title={t('sync.connection.webWarning')} data-testid="sync-web-warning" />
        ) : null}
        {status.connection && isUnencryptedRemote(status.connection.serverUrl) ? (
          <Alert type="warning" showIcon title={t('sync.connection.unencrypted')} data-testid="sync-unencrypted" />
        ) : null}
        {status.connection ? (
          <Flex justify="space-between" align="center" wrap gap={8}>
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: 'server', label: t('sync.status.server'), children: status.connection.serverUrl },
                { key: 'db', label: t('sync.status.database'), children: status.connection.database },
                { key: 'user', label: t('sync.status.account'), children: status.connection.username },
              ]}
            />
            <Popconfirm
              title={status.pending > 0 ? t('sync.connection.disconnectUnsent', { count: status.pending }) : t('sync.connection.disconnectConfirm')}
              description={
                status.pending > 0 ? (
                  <Link to="/backup" data-testid="sync-disconnect-backup">
                    {t('sync.connection.backupFirst')}
                  </Link>
                ) : undefined
              }
              onConfirm={() => void disconnect()}
            >
              <Button danger data-testid="sync-disconnect">
                {t('sync.connection.disconnect')}
              </Button>
            </Popconfirm>
          </Flex>
        ) : null}
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('sync.connection.help')}
        </Typography.Paragraph>
        <Button icon={<ImportOutlined />} onClick={() => void importFile()} data-testid="sync-import-file">
          {t('sync.connection.importFile')}
        </Button>
        {outcome ? <OutcomeAlert outcome={outcome} /> : null}
        {showFields ? null : (
          <Button onClick={() => setChanging(true)} data-testid="sync-change-connection">
            {t('sync.connection.change')}
          </Button>
        )}
        {showFields ? <Typography.Text type="secondary">{t('sync.connection.orType')}</Typography.Text> : null}
        <Form
          hidden={!showFields}
          form={form}
          name="connection"
          layout="vertical"
          style={{ maxWidth: 560 }}
          initialValues={{
            serverUrl: status.connection?.serverUrl ?? '',
            database: status.connection?.database ?? expectedDatabase(localCode),
            username: status.connection?.username ?? '',
            password: '',
          }}
          onFinish={() => void run('save')}
        >
          <Form.Item
            name="serverUrl"
            label={t('sync.connection.serverUrl')}
            rules={[
              { required: true, message: t('sync.connection.required') },
              {
                validator: (_, value: string) => {
                  const problem = value ? serverUrlProblem(value, { intranetHttp, inUse: status.connection?.serverUrl ?? null }) : null;
                  return problem === null ? Promise.resolve() : Promise.reject(new Error(t(problem)));
                },
              },
            ]}
          >
            <Input autoFocus placeholder={t('sync.connection.serverUrlPlaceholder')} autoComplete="off" />
          </Form.Item>
          <Form.Item name="database" label={t('sync.connection.database')} rules={[{ required: true, message: t('sync.connection.required') }]}>
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="username" label={t('sync.connection.username')} rules={[{ required: true, message: t('sync.connection.required') }]}>
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="password" label={t('sync.connection.password')} rules={[{ required: true, message: t('sync.connection.required') }]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Space>
            <Button icon={<ApiOutlined />} loading={busy === 'test'} disabled={busy !== null} onClick={() => void run('test')} data-testid="sync-test">
              {t('sync.connection.test')}
            </Button>
            <Button type="primary" htmlType="submit" loading={busy === 'save'} disabled={busy !== null} data-testid="save-button">
              {t('sync.connection.save')}
            </Button>
          </Space>
        </Form>
      </Space>
    </Card>
  );
}

function OutcomeAlert({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation();
  if (outcome.kind === 'file') {
    return <Alert type="info" showIcon title={t('sync.connection.fileRead', { name: outcome.name, code: outcome.code })} data-testid="sync-file-read" />;
  }
  if (outcome.kind === 'ok') {
    const { report } = outcome;
    return (
      <Alert
        type="success"
        showIcon
        data-testid="sync-test-ok"
        title={t('sync.connection.testOk', {
          database: report.database,
          count: report.docCount,
          user: report.user ?? t('sync.connection.unknownUser'),
        })}
      />
    );
  }
  return (
    <Alert
      type="error"
      showIcon
      data-testid="sync-connection-problem"
      title={t(outcome.key, outcome.params ?? {})}
      description={outcome.detail ? <TechnicalDetail text={outcome.detail} data-testid="sync-connection-detail" /> : undefined}
    />
  );
}
