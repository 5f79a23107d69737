import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

export function VolunteerStatusTag({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return active ? <Tag color="green">{t('volunteers.status.active')}</Tag> : <Tag>{t('volunteers.status.inactive')}</Tag>;
}
