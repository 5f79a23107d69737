import { CheckCircleOutlined, CloseCircleOutlined, DisconnectOutlined, ExclamationCircleOutlined, SwapOutlined, SyncOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { SyncPhase } from '../../sync/status';

interface PhaseLook {
  icon: ReactNode;
  /** antd Tag / Badge colour. */
  color: string;
}

/** One look per phase, shared by the header indicator and the sync page. */
export function phaseLook(phase: SyncPhase): PhaseLook {
  switch (phase) {
    case 'notConfigured':
      return { icon: <DisconnectOutlined />, color: 'default' };
    case 'offline':
      return { icon: <CloseCircleOutlined />, color: 'warning' };
    case 'otherWindow':
      return { icon: <SwapOutlined />, color: 'default' };
    case 'syncing':
      return { icon: <SyncOutlined spin />, color: 'processing' };
    case 'upToDate':
      return { icon: <CheckCircleOutlined />, color: 'success' };
    case 'error':
      return { icon: <ExclamationCircleOutlined />, color: 'error' };
  }
}
