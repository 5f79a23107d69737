import { Alert, Button, Progress, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UpdateStatus } from '../../platform/api';
import { describeUpdate } from './updateNow';
import { useUpdates, type Updates } from './useUpdates';

function alertType(status: UpdateStatus): 'info' | 'success' | 'warning' | 'error' {
  if (status.phase === 'failed') return status.problem === 'integrity' || status.problem === 'unauthorized' ? 'error' : 'warning';
  if (status.phase === 'available' || status.phase === 'downloading') return 'info';
  return 'success';
}

/** What the keeper may do next; nothing while something is under way. */
function Actions({ updates, status }: { updates: Updates; status: UpdateStatus }) {
  const { t } = useTranslation();
  if (updates.backingUp) return null;
  const version = status.phase === 'available' || status.phase === 'failed' ? status.version : undefined;
  if (version !== undefined) {
    return (
      <Space>
        <Button type="primary" size="small" onClick={() => void updates.updateNow(version)} data-testid="update-now">
          {status.phase === 'available' ? t('updates.updateNow') : t('updates.retry')}
        </Button>
        {status.phase === 'available' && !status.postponed ? (
          <Button size="small" onClick={() => void updates.later()} data-testid="update-later">
            {t('updates.later')}
          </Button>
        ) : null}
      </Space>
    );
  }
  if (status.phase === 'idle' || status.phase === 'failed') {
    return (
      <Button size="small" onClick={() => void updates.check()} data-testid="update-check">
        {t('updates.check')}
      </Button>
    );
  }
  return null;
}

/** Settings → 关于: where the app's update stands, and the keeper's choice. */
export function UpdatePanel() {
  const { t } = useTranslation();
  const updates = useUpdates();
  const { status } = updates;
  if (status === null) return null;
  const { key, values } = describeUpdate(status);
  if (status.phase === 'unsupported' || status.phase === 'not-configured') {
    return (
      <Typography.Text type="secondary" data-testid="update-status">
        {t(key, values)}
      </Typography.Text>
    );
  }
  return (
    <Alert
      type={alertType(status)}
      showIcon
      data-testid="update-status"
      message={updates.backingUp ? t('updates.backingUp') : t(key, values)}
      description={status.phase === 'downloading' ? <Progress percent={status.percent} size="small" /> : undefined}
      action={<Actions updates={updates} status={status} />}
    />
  );
}

/** The header's line while an update waits for the keeper, downloads or installs; nothing otherwise. */
export function UpdateNotice() {
  const { t } = useTranslation();
  const updates = useUpdates();
  const { status } = updates;
  if (status === null) return null;
  const waiting = status.phase === 'available' && !status.postponed;
  const underWay = updates.backingUp || status.phase === 'downloading' || status.phase === 'installing';
  const failedChoice = status.phase === 'failed' && status.version !== undefined;
  if (!waiting && !underWay && !failedChoice) return null;
  const text = updates.backingUp
    ? t('updates.backingUp')
    : status.phase === 'available'
      ? t('updates.notice', { version: status.version })
      : status.phase === 'downloading'
        ? `${t(describeUpdate(status).key, describeUpdate(status).values)} ${status.percent}%`
        : t(describeUpdate(status).key, describeUpdate(status).values);
  return (
    <Space size="small" data-testid="update-notice">
      <Typography.Text type={failedChoice ? 'danger' : undefined}>{text}</Typography.Text>
      <Actions updates={updates} status={status} />
    </Space>
  );
}
