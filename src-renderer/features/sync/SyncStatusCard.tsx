import { Alert, Card, Descriptions, Progress, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { fillingUp, type SyncStatus } from '../../sync/status';
import { TechnicalDetail } from '../../ui/TechnicalDetail';
import { clockOffMinutes, clockSentences, say, stampsAheadMinutes } from './attention';
import { phaseLook } from './phaseDisplay';

function when(iso: string | null): string | null {
  return iso ? dayjs(iso).format('YYYY-MM-DD HH:mm:ss') : null;
}

/**
 * This PC's clock against the server's (right, or how far off and which way), and against the latest time
 * stamped on a record it holds, which tells a clock set back even without a server.
 */
function ClockLine({ status }: { status: SyncStatus }) {
  const { t } = useTranslation();
  const sentences = clockSentences({
    clockOffMinutes: clockOffMinutes(status.clockOffsetMs),
    stampsAheadMinutes: stampsAheadMinutes(status),
    serverClockKnown: status.clockOffsetMs !== null,
  });
  if (sentences.length === 0) return <span data-testid="sync-status-clock">{t('sync.status.clockRight')}</span>;
  return (
    <Typography.Text type="warning" data-testid="sync-status-clock">
      {sentences.map((sentence) => say(sentence, t)).join('；')}
    </Typography.Text>
  );
}

/** Where sync stands: phase, what is unsent, when it last worked, and if not, why and what to do. */
export function SyncStatusCard({ status }: { status: SyncStatus }) {
  const { t } = useTranslation();
  const look = phaseLook(status.phase);
  const filling = fillingUp(status);
  return (
    <Card title={t('sync.status.title')} size="small" data-testid="sync-status">
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'phase',
            label: t('sync.status.phase'),
            children: (
              <span>
                <Tag icon={look.icon} color={look.color} data-testid="sync-status-phase">
                  {t(`sync.phase.${status.phase}`)}
                </Tag>
                {status.running ? (
                  <Typography.Text type="secondary" data-testid="sync-status-progress">
                    {filling
                      ? t('sync.status.progressOf', { ...status.progress, expected: filling.expected })
                      : t('sync.status.progress', { ...status.progress })}
                  </Typography.Text>
                ) : null}
                {filling ? <Progress percent={filling.percent} size="small" data-testid="sync-status-filling" /> : null}
              </span>
            ),
          },
          {
            key: 'pending',
            label: t('sync.status.pending'),
            children: <span data-testid="sync-status-pending">{t('sync.status.pendingCount', { count: status.pending })}</span>,
          },
          ...(status.clockOffsetMs === null && stampsAheadMinutes(status) === null
            ? []
            : [
                {
                  key: 'clock',
                  label: t('sync.status.clock'),
                  children: <ClockLine status={status} />,
                },
              ]),
          {
            key: 'lastSuccess',
            label: t('sync.status.lastSuccess'),
            children: <span data-testid="sync-last-success">{when(status.lastSuccessAt) ?? t('sync.status.never')}</span>,
          },
          ...(status.nextRetryAt && status.phase === 'error'
            ? [{ key: 'retry', label: t('sync.status.nextRetry'), children: when(status.nextRetryAt) }]
            : []),
          {
            key: 'dropped',
            label: (
              <Tooltip title={t('sync.status.droppedHelp')}>
                <span>{t('sync.status.dropped')}</span>
              </Tooltip>
            ),
            children: <span data-testid="sync-dropped">{status.dropped}</span>,
          },
        ]}
      />
      {status.lastError ? (
        <Alert
          type={status.phase === 'error' ? 'error' : 'warning'}
          showIcon
          style={{ marginTop: 12 }}
          data-testid="sync-last-error"
          title={t(status.lastError.key)}
          description={<TechnicalDetail text={`${t('sync.status.detail')}: ${when(status.lastError.at) ?? ''} ${status.lastError.detail}`} />}
        />
      ) : null}
    </Card>
  );
}
