import { PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Tabs, Typography } from 'antd';
import { startTransition, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useLedger } from '../../app/LedgerContext';
import { todayIso } from '../../domain/dates';
import { requestStateKey } from '../../domain/requests/requestStates';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { useObservable } from '../../ui/useObservable';
import { NEW_REQUEST_PATH, REQUEST_LEDGER_PATH, requestPath } from './paths';
import { isRequestTab, REQUEST_TABS, requestRows, rowsInTab, tabCounts, type RequestTab } from './requestRows';
import { RequestTable } from './RequestTable';
import { useNameLookup } from './useNameLookup';

const TAB_PARAM = 'tab';

/**
 * /requests (?tab=pending …): every request of the station, newest first, in tabs by state with their
 * counts and a tab of the overdue ones. A row opens the request, where its steps are taken.
 */
export function RequestListPage() {
  const { t } = useTranslation();
  const ledger = useLedger();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const names = useNameLookup();
  const requests = useObservable(useMemo(() => ledger.requests.list$(), [ledger]));
  // The day the screen opened: overdue is judged against the station PC's date.
  const today = useMemo(() => todayIso(), []);
  const asked = searchParams.get(TAB_PARAM);
  const tabInAddress: RequestTab = isRequestTab(asked) ? asked : 'all';

  const rows = useMemo(() => (requests && names ? requestRows(requests, today, names) : undefined), [requests, names, today]);
  const counts = useMemo(() => tabCounts(rows ?? []), [rows]);
  // Every tab's rows at once (a few passes over the list), so each tab's table keeps the same rows between choices.
  const byTab = useMemo(() => (rows ? new Map(REQUEST_TABS.map((key) => [key, rowsInTab(rows, key)])) : undefined), [rows]);
  const open = useCallback((id: string) => void navigate(requestPath(id)), [navigate]);

  // The tab shows at once; the address follows as a transition, since re-rendering the whole layout for it
  // would hold the new rows back. A tab named in the address (a link to ?tab=overdue) is taken up.
  const [tab, setTab] = useState<RequestTab>(tabInAddress);
  const [addressSeen, setAddressSeen] = useState<RequestTab>(tabInAddress);
  if (addressSeen !== tabInAddress) {
    setAddressSeen(tabInAddress);
    setTab(tabInAddress);
  }
  const choose = (key: string) => {
    if (!isRequestTab(key)) return;
    setTab(key);
    // After the frame that shows the tab: the router's navigation (history, then the layout's re-render)
    // took longer than drawing the rows.
    requestAnimationFrame(() => setTimeout(() => startTransition(() => setSearchParams(key === 'all' ? {} : { [TAB_PARAM]: key }, { replace: true }))));
  };

  const tabLabel = (key: RequestTab): string => {
    const label = key === 'all' ? t('requests.list.all') : key === 'overdue' ? t('requests.list.overdue') : t(requestStateKey(key));
    return t('requests.list.tab', { label, count: counts[key] });
  };

  const newButton = (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate(NEW_REQUEST_PATH)} data-testid="new-request-button">
      {t('requests.list.new')}
    </Button>
  );

  return (
    <>
      <PageHeader
        title={t('requests.list.title')}
        testId="page-requests"
        extra={
          <>
            <Button icon={<PrinterOutlined />} onClick={() => void navigate(REQUEST_LEDGER_PATH)} data-testid="print-request-ledger">
              {t('requests.ledger.button')}
            </Button>
            {newButton}
          </>
        }
      />
      {rows !== undefined && rows.length === 0 ? (
        <EmptyState description={t('requests.list.empty')} actionLabel={t('requests.list.new')} onAction={() => void navigate(NEW_REQUEST_PATH)} />
      ) : (
        <div data-testid="request-list">
          <Tabs
            activeKey={tab}
            onChange={choose}
            items={REQUEST_TABS.map((key) => ({
              key,
              label: (
                <span data-testid={`request-tab-${key}`} style={key === 'overdue' && counts.overdue > 0 ? { color: '#cf1322' } : undefined}>
                  {tabLabel(key)}
                </span>
              ),
            }))}
          />
          <RequestTable rows={byTab?.get(tab)} onOpen={open} />
          <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }} data-testid="request-count">
            {t('common.count', { count: byTab?.get(tab)?.length ?? 0 })}
          </Typography.Text>
        </div>
      )}
    </>
  );
}
