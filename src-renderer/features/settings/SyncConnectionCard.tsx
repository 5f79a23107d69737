import { CloudSyncOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { phaseLook } from '../sync/phaseDisplay';
import { useSyncStatus } from '../sync/useSync';
import { connectionLine } from './syncConnection';

const SYNC_PATH = '/sync';

/** 连接市级服务器: the connection lives on the sync page; Settings says where it stands and leads there. */
export function SyncConnectionCard() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const status = useSyncStatus();
  const line = connectionLine(status.connection);
  const look = phaseLook(status.phase);
  return (
    <Card size="small" title={t('settings.sync.title')} data-testid="settings-sync">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text data-testid="settings-sync-state" data-connected={status.connection !== null}>
          {t(line.key, line.params)}
          {status.connection ? (
            <Tag icon={look.icon} color={look.color} style={{ marginInlineStart: 8 }}>
              {t(`sync.phase.${status.phase}`)}
            </Tag>
          ) : null}
        </Typography.Text>
        <Button
          type={status.connection ? 'default' : 'primary'}
          icon={<CloudSyncOutlined />}
          onClick={() => void navigate(SYNC_PATH)}
          data-testid="settings-sync-open"
        >
          {t(status.connection ? 'settings.sync.manage' : 'settings.sync.connect')}
        </Button>
      </Flex>
    </Card>
  );
}
