import { DownOutlined, FileTextOutlined, FormOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PRINT_ON_OPEN } from '../../ui/print/printOnOpen';
import { activityRecordPath, activitySignInPath } from './paths';

/**
 * 打印活动记录表 and 打印签到表 for one recorded activity, as two buttons (the activity's own page). Each
 * opens the printable sheet, which then opens the print dialog.
 */
export function ActivityPrintButtons({ activityId }: { activityId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <Button icon={<FileTextOutlined />} onClick={() => void navigate(activityRecordPath(activityId), PRINT_ON_OPEN)} data-testid="print-activity-record">
        {t('reports.activityPrint.record')}
      </Button>
      <Button icon={<FormOutlined />} onClick={() => void navigate(activitySignInPath(activityId), PRINT_ON_OPEN)} data-testid="print-activity-sign-in">
        {t('reports.activityPrint.signIn')}
      </Button>
    </>
  );
}

/** The same two as a small 打印 menu, for a row of the activity list. */
export function ActivityPrintMenu({ activityId, title }: { activityId: string; title: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'record', icon: <FileTextOutlined />, label: <span data-testid="menu-print-activity-record">{t('reports.activityPrint.record')}</span> },
          { key: 'signIn', icon: <FormOutlined />, label: <span data-testid="menu-print-activity-sign-in">{t('reports.activityPrint.signIn')}</span> },
        ],
        onClick: ({ key }) => void navigate(key === 'record' ? activityRecordPath(activityId) : activitySignInPath(activityId), PRINT_ON_OPEN),
      }}
    >
      <Button size="small" type="link" icon={<PrinterOutlined />} aria-label={t('reports.activityPrint.menuLabel', { title })} data-testid="activity-print-menu">
        {t('reports.activityPrint.menu')}
        <DownOutlined />
      </Button>
    </Dropdown>
  );
}
