import { WarningOutlined } from '@ant-design/icons';
import { Button, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { fillingUp } from '../../sync/status';
import { attentionSentences, keeperAttention, say } from './attention';
import { phaseLook } from './phaseDisplay';
import { useOpenConflictCount, useSyncStatus } from './useSync';

/**
 * The always-visible sync status in the header: phase (with how far a first pull has got), what waits for
 * the keeper (refused records, conflicts, unreadable records, a wrong clock) and unsent changes; a click opens the sync page.
 */
export function SyncIndicator() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const status = useSyncStatus();
  const look = phaseLook(status.phase);
  const filling = fillingUp(status);
  const attention = keeperAttention(status, useOpenConflictCount());
  const pendingText = status.pending > 0 ? t('sync.indicator.pending', { count: status.pending }) : t('sync.indicator.noPending');
  const attentionText = attention ? attentionSentences(attention).map((sentence) => say(sentence, t)).join('；') : null;
  return (
    <Tooltip title={[attentionText, pendingText, t('sync.indicator.open')].filter((part) => part !== null).join(' · ')}>
      <Button type="text" icon={look.icon} onClick={() => void navigate('/sync')} data-testid="sync-indicator">
        <span data-testid="sync-phase">{t(`sync.phase.${status.phase}`)}</span>
        {filling ? <span data-testid="sync-filling">{filling.percent}%</span> : null}
        {attention ? (
          <Tag color="warning" icon={<WarningOutlined />} aria-label={attentionText ?? undefined} data-testid="sync-attention">
            {t('sync.indicator.attention', { count: attention.total })}
          </Tag>
        ) : null}
        <Tag color={status.pending > 0 ? 'orange' : 'default'} style={{ marginInlineEnd: 0 }} aria-label={pendingText}>
          <span data-testid="sync-pending">{status.pending}</span>
        </Tag>
      </Button>
    </Tooltip>
  );
}
