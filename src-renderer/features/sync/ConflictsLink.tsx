import { WarningOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useOpenConflictCount } from './useSync';

/** Points the keeper at conflicts waiting for a decision, or says there are none. */
export function ConflictsLink() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const count = useOpenConflictCount();
  if (count === undefined) return null;
  if (count === 0) return <Alert type="success" showIcon title={t('sync.conflicts.none')} data-testid="sync-conflicts-none" />;
  return (
    <Alert
      type="warning"
      showIcon
      icon={<WarningOutlined />}
      data-testid="sync-conflicts-open"
      title={t('sync.conflicts.open', { count })}
      action={
        <Button size="small" type="primary" onClick={() => void navigate('/sync/conflicts')} data-testid="sync-conflicts-link">
          {t('sync.conflicts.review')}
        </Button>
      }
    />
  );
}
