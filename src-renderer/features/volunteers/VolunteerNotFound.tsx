import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { VOLUNTEERS_PATH } from './paths';

export function VolunteerNotFound() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={t('volunteers.detail.notFound')}
      extra={
        <Button type="primary" onClick={() => void navigate(VOLUNTEERS_PATH)}>
          {t('volunteers.detail.backToList')}
        </Button>
      }
    />
  );
}
