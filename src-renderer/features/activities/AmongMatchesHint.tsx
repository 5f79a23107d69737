import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Above a person search's list when Enter will not choose for the keeper: several people fit what was typed. */
export function AmongMatchesHint({ count, children }: { count: number; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Text type="warning" style={{ display: 'block', padding: '4px 12px' }} data-testid="among-matches-hint">
        {t('common.chooseAmongMatches', { count })}
      </Typography.Text>
      {children}
    </>
  );
}
