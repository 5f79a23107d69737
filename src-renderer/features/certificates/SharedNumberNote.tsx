import { ExclamationCircleOutlined, InfoCircleOutlined } from '@ant-design/icons';
import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SharedNumber } from '../../domain/certificates/duplicateNumbers';

/** In a register row: this certificate's number is also on another one, and what the keeper should do. */
export function SharedNumberNote({ shared }: { shared: SharedNumber }) {
  const { t } = useTranslation();
  return (
    <Typography.Text
      type={shared.resolved ? 'secondary' : 'danger'}
      style={{ display: 'block', fontSize: 12, lineHeight: 1.4, marginTop: 2 }}
      data-testid="shared-number-warning"
      data-resolved={shared.resolved}
    >
      {shared.resolved ? <InfoCircleOutlined /> : <ExclamationCircleOutlined />}{' '}
      {t(shared.resolved ? 'certificates.register.sharedNumber.rowResolved' : 'certificates.register.sharedNumber.row')}
    </Typography.Text>
  );
}

/** On the certificate's own page, above the sheet. */
export function SharedNumberAlert({ shared }: { shared: SharedNumber }) {
  const { t } = useTranslation();
  return (
    <Alert
      type={shared.resolved ? 'info' : 'error'}
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="shared-number-warning"
      data-resolved={shared.resolved}
      title={t(shared.resolved ? 'certificates.register.sharedNumber.rowResolved' : 'certificates.register.sharedNumber.row')}
    />
  );
}
