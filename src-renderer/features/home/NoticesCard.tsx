import { Card, List, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLedger } from '../../app/LedgerContext';
import { createCatalogRepository } from '../../data/catalog/repository';
import { useObservable } from '../../ui/useObservable';

/** How many of the city's notices the home page shows; the city keeps its list short anyway. */
const SHOWN = 5;

/**
 * The city's notices (catalogue entries of kind 'notice'), at the top of the home page where the keeper
 * looks first; the city's own order, newest first as the city numbers them. Nothing when there are none.
 */
export function NoticesCard() {
  const { t } = useTranslation();
  const ledger = useLedger();
  const notices = useObservable(useMemo(() => createCatalogRepository(ledger.db).byKind$('notice'), [ledger]));
  const shown = useMemo(() => [...(notices ?? [])].sort((a, b) => b.order - a.order).slice(0, SHOWN), [notices]);
  if (shown.length === 0) return null;
  return (
    <Card size="small" title={t('home.notices.title')} style={{ marginBottom: 16 }} data-testid="home-notices">
      <List
        size="small"
        dataSource={shown}
        rowKey="id"
        renderItem={(notice) => (
          <List.Item data-testid="home-notice">
            <List.Item.Meta
              title={notice.name}
              description={
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} ellipsis={{ rows: 3, expandable: true, symbol: t('home.notices.more') }}>
                  {notice.body}
                </Typography.Paragraph>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
