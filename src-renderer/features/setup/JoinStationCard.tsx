import { CloudDownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Progress, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/LedgerContext';
import type { StationSetupProfile } from '../../domain/stationSetupFile';
import { testConnection } from '../../sync/connection';
import { fillingUp } from '../../sync/status';
import { toSyncError } from '../../sync/syncError';
import { useSyncStatus } from '../sync/useSync';
import { TechnicalDetail } from '../../ui/TechnicalDetail';
import { joinOutcome, readJoinFile, receivedSince, type JoinProblem } from './joinStation';

type Step =
  | { kind: 'idle' }
  /** This PC joined a station earlier (the app was closed before its profile arrived). */
  | { kind: 'joined'; code: string }
  | { kind: 'checking' }
  | { kind: 'fetching'; since: string }
  | { kind: 'arrived' }
  | { kind: 'noProfile' }
  /** The file or the server: choosing the file again is the way on. */
  | { kind: 'problem'; problem: JoinProblem }
  /** The sync run: trying it again is the way on. */
  | { kind: 'runFailed'; problem: JoinProblem };

/** Saving the credentials or the joined station failed: rare (a full disk, the keychain refusing). */
function unexpected(error: unknown): JoinProblem {
  // The raw text is for whoever helps the keeper; the message itself says what to do, in Chinese.
  return { key: 'setup.join.unexpected', detail: error instanceof Error ? error.message : String(error) };
}

interface JoinStationCardProps {
  /** The server has no profile yet: the page fills its form with what the set-up file says. */
  onNoProfile: (station: StationSetupProfile | null) => void;
}

/**
 * A station's second PC: instead of making a second profile (which would conflict with the first PC's after
 * sync), it imports the city's set-up file, joins the station by its code and fetches profile and records.
 * When the profile arrives App swaps in the main layout by itself.
 */
export function JoinStationCard({ onNoProfile }: JoinStationCardProps) {
  const { t } = useTranslation();
  const { ledger, platform, sync } = useServices();
  const status = useSyncStatus();
  const [step, setStep] = useState<Step>(() => (ledger.ctx.stationId ? { kind: 'joined', code: ledger.ctx.stationId } : { kind: 'idle' }));
  const [fileStation, setFileStation] = useState<StationSetupProfile | null>(null);
  const busy = step.kind === 'checking' || step.kind === 'fetching' || step.kind === 'arrived';

  async function fetchRecords(station: StationSetupProfile | null) {
    const since = new Date().toISOString();
    setStep({ kind: 'fetching', since });
    const run = await sync.syncNow();
    const outcome = joinOutcome(run, (await ledger.station.get()) !== null);
    if (outcome.kind === 'failed') {
      setStep({ kind: 'runFailed', problem: outcome.problem });
      return;
    }
    setStep(outcome);
    if (outcome.kind === 'noProfile') onNoProfile(station);
  }

  async function importFile() {
    const picked = await platform.openFile({ filters: [{ name: t('setup.join.fileFilter'), extensions: ['json'] }] });
    if (!picked) return;
    setStep({ kind: 'checking' });
    try {
      const reading = readJoinFile(picked.data, ledger.ctx.stationId);
      if (!reading.ok) {
        setStep({ kind: 'problem', problem: reading.problem });
        return;
      }
      try {
        await testConnection(reading.credentials);
      } catch (error) {
        const failure = toSyncError(error);
        setStep({ kind: 'problem', problem: { key: failure.messageKey, detail: failure.detail } });
        return;
      }
      await ledger.joinStation(reading.file.station.code);
      await sync.connect(reading.credentials);
      setFileStation(reading.file.station);
      await fetchRecords(reading.file.station);
    } catch (error) {
      setStep({ kind: 'problem', problem: unexpected(error) });
    }
  }

  async function retry() {
    try {
      await fetchRecords(fileStation);
    } catch (error) {
      setStep({ kind: 'runFailed', problem: unexpected(error) });
    }
  }

  return (
    <Card size="small" title={t('setup.join.title')} style={{ marginBottom: 16 }} data-testid="setup-join">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph style={{ marginBottom: 0 }}>{t('setup.join.help')}</Typography.Paragraph>
        {platform.credentialStorage === 'browser-plaintext' ? (
          <Alert type="warning" showIcon title={t('sync.connection.webWarning')} data-testid="setup-join-web-warning" />
        ) : null}
        <div>
          <Button icon={<CloudDownloadOutlined />} loading={step.kind === 'checking'} disabled={busy} onClick={() => void importFile()} data-testid="setup-join-import">
            {t('setup.join.import')}
          </Button>
        </div>
        <StepNotice
          step={step}
          received={step.kind === 'fetching' ? receivedSince(status, step.since) : 0}
          filling={fillingUp(status)}
          onRetry={() => void retry()}
        />
      </Space>
    </Card>
  );
}

interface StepNoticeProps {
  step: Step;
  received: number;
  /** The run bringing the records, when the server's count gives it a total. */
  filling: ReturnType<typeof fillingUp>;
  onRetry: () => void;
}

function StepNotice({ step, received, filling, onRetry }: StepNoticeProps) {
  const { t } = useTranslation();
  const retryButton = (
    <Button size="small" icon={<ReloadOutlined />} onClick={onRetry} data-testid="setup-join-retry">
      {t('setup.join.retry')}
    </Button>
  );
  const detail = (problem: JoinProblem) => (problem.detail ? <TechnicalDetail text={problem.detail} data-testid="setup-join-detail" /> : undefined);

  switch (step.kind) {
    case 'idle':
      return null;
    case 'joined':
      return <Alert type="info" showIcon title={t('setup.join.joined', { code: step.code })} action={retryButton} data-testid="setup-join-joined" />;
    case 'checking':
      return <Progressing text={t('setup.join.checking')} />;
    case 'fetching':
      return filling ? (
        <Progressing text={t('setup.join.fetchingOf', { count: filling.received, total: filling.expected })} percent={filling.percent} />
      ) : (
        <Progressing text={t('setup.join.fetching', { count: received })} />
      );
    case 'arrived':
      return <Alert type="success" showIcon title={t('setup.join.arrived')} data-testid="setup-join-arrived" />;
    case 'noProfile':
      return (
        <Alert
          type="warning"
          showIcon
          title={t('setup.join.noProfile')}
          description={t('setup.join.prefilled')}
          action={retryButton}
          data-testid="setup-join-no-profile"
        />
      );
    case 'problem':
      return <Alert type="error" showIcon title={t(step.problem.key, step.problem.params ?? {})} description={detail(step.problem)} data-testid="setup-join-problem" />;
    case 'runFailed':
      return (
        <Alert
          type="error"
          showIcon
          title={t('setup.join.runFailed')}
          description={
            <Space orientation="vertical" size={4}>
              <span>{t(step.problem.key, step.problem.params ?? {})}</span>
              {detail(step.problem)}
            </Space>
          }
          action={retryButton}
          data-testid="setup-join-failed"
        />
      );
  }
}

function Progressing({ text, percent }: { text: string; percent?: number }) {
  return (
    <Flex align="center" gap={12} wrap data-testid="setup-join-progress" role="status">
      <Spin size="small" />
      <Typography.Text>{text}</Typography.Text>
      {percent === undefined ? null : <Progress percent={percent} size="small" style={{ width: 240 }} data-testid="setup-join-filling" />}
    </Flex>
  );
}
