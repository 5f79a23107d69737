import { Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * The local database would not open (corrupt files, disk full, another copy holding it). Nothing is
 * deleted automatically: the keeper is told what to try, and the technical detail is there for support.
 */
export function StartupFailure({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return (
    <Result
      status="error"
      title={t('common.startup.title')}
      subTitle={t('common.startup.whatToDo')}
      extra={<Typography.Paragraph type="secondary" copyable>{detail}</Typography.Paragraph>}
    />
  );
}
