import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Table, Tabs, Typography, type TableColumnsType } from 'antd';
import { useMemo, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useLedger } from '../../app/LedgerContext';
import { todayIso } from '../../domain/dates';
import { requestStateKey } from '../../domain/requests/requestStates';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { useObservable } from '../../ui/useObservable';
import { useServiceFields } from '../../ui/useServiceFields';
import { NEW_REQUEST_PATH, requestPath } from './paths';
import { isRequestTab, NAMED_IN_CELL, REQUEST_TABS, requestRows, rowsInTab, tabCounts, type RequestRow, type RequestTab } from './requestRows';
import { OverdueTag, RequestStateTag, UrgencyTag } from './RequestStateTag';
import { useNameLookup } from './useNameLookup';

type RowAttributes = HTMLAttributes<HTMLElement> & { 'data-testid': string };

const TAB_PARAM = 'tab';
/** Overdue rows stand out in the list as well as by their tag. */
const OVERDUE_ROW_STYLE = { cursor: 'pointer', background: '#fff1f0' };

/**
 * /requests (?tab=pending …): every request of the station, newest first, in tabs by state with their
 * counts and a tab of the overdue ones. A row opens the request, where its steps are taken.
 */
export function RequestListPage() {
  const { t } = useTranslation();
  const ledger = useLedger();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const fields = useServiceFields();
  const names = useNameLookup();
  const requests = useObservable(useMemo(() => ledger.requests.list$(), [ledger]));
  // The day the screen opened: overdue is judged against the station PC's date.
  const today = useMemo(() => todayIso(), []);
  const asked = searchParams.get(TAB_PARAM);
  const tab: RequestTab = isRequestTab(asked) ? asked : 'all';

  const rows = useMemo(() => (requests && names ? requestRows(requests, today, names) : undefined), [requests, names, today]);
  const counts = useMemo(() => tabCounts(rows ?? []), [rows]);
  const shown = useMemo(() => (rows ? rowsInTab(rows, tab) : undefined), [rows, tab]);
  const open = (id: string) => void navigate(requestPath(id));

  const tabLabel = (key: RequestTab): string => {
    const label = key === 'all' ? t('requests.list.all') : key === 'overdue' ? t('requests.list.overdue') : t(requestStateKey(key));
    return t('requests.list.tab', { label, count: counts[key] });
  };

  const assignee = (row: RequestRow): string => {
    const volunteers =
      row.volunteerNames.length > NAMED_IN_CELL
        ? t('requests.list.moreVolunteers', { names: row.volunteerNames.slice(0, NAMED_IN_CELL).join('、'), count: row.volunteerNames.length })
        : row.volunteerNames.join('、');
    return [row.teamName, volunteers].filter((s) => s !== '').join(' ');
  };

  const columns: TableColumnsType<RequestRow> = [
    { title: t('requests.fields.receivedDate'), key: 'receivedDate', width: 110, render: (_: unknown, row) => row.request.receivedDate },
    {
      title: t('requests.list.resident'),
      key: 'resident',
      width: 150,
      render: (_: unknown, row) => (
        <span data-testid="request-resident">
          {row.request.residentName}
          {row.request.villageGroup !== '' ? <Typography.Text type="secondary"> {row.request.villageGroup}</Typography.Text> : null}
        </span>
      ),
    },
    { title: t('requests.fields.phone'), key: 'phone', width: 130, render: (_: unknown, row) => <span data-testid="request-phone">{row.maskedPhone}</span> },
    {
      title: t('requests.fields.need'),
      key: 'need',
      ellipsis: true,
      render: (_: unknown, row) => (
        <Flex gap={4} align="center">
          <UrgencyTag urgency={row.request.urgency} />
          <span data-testid="request-need">{row.request.need}</span>
        </Flex>
      ),
    },
    { title: t('requests.fields.field'), key: 'field', width: 100, ellipsis: true, render: (_: unknown, row) => fields.label(row.request.field) },
    {
      title: t('requests.fields.wantedDate'),
      key: 'wantedDate',
      width: 170,
      render: (_: unknown, row) => (
        <Flex gap={4} align="center">
          {row.request.wantedDate}
          {row.overdue ? <OverdueTag /> : null}
        </Flex>
      ),
    },
    {
      title: t('requests.fields.assignee'),
      key: 'assignee',
      width: 160,
      ellipsis: true,
      render: (_: unknown, row) => assignee(row) || <Typography.Text type="secondary">{t('requests.list.unassigned')}</Typography.Text>,
    },
    { title: t('requests.fields.state'), key: 'state', width: 90, render: (_: unknown, row) => <RequestStateTag state={row.request.state} /> },
    {
      title: '',
      key: 'open',
      width: 80,
      render: (_: unknown, row) => (
        <Button
          size="small"
          onClick={(e) => {
            e.stopPropagation();
            open(row.request.id);
          }}
          data-testid="open-request"
        >
          {t('requests.list.open')}
        </Button>
      ),
    },
  ];

  const newButton = (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate(NEW_REQUEST_PATH)} data-testid="new-request-button">
      {t('requests.list.new')}
    </Button>
  );

  return (
    <>
      <PageHeader title={t('requests.list.title')} testId="page-requests" extra={newButton} />
      {rows !== undefined && rows.length === 0 ? (
        <EmptyState description={t('requests.list.empty')} actionLabel={t('requests.list.new')} onAction={() => void navigate(NEW_REQUEST_PATH)} />
      ) : (
        <div data-testid="request-list">
          <Tabs
            activeKey={tab}
            onChange={(key) => setSearchParams(key === 'all' ? {} : { [TAB_PARAM]: key }, { replace: true })}
            items={REQUEST_TABS.map((key) => ({
              key,
              label: (
                <span data-testid={`request-tab-${key}`} style={key === 'overdue' && counts.overdue > 0 ? { color: '#cf1322' } : undefined}>
                  {tabLabel(key)}
                </span>
              ),
            }))}
          />
          <Table<RequestRow>
            rowKey={(row) => row.request.id}
            size="middle"
            loading={shown === undefined}
            columns={columns}
            dataSource={shown ?? []}
            pagination={(shown?.length ?? 0) > 50 ? { pageSize: 50, showSizeChanger: false } : false}
            locale={{ emptyText: t('requests.list.noMatch') }}
            onRow={(row): RowAttributes => ({
              'data-testid': 'request-row',
              style: row.overdue ? OVERDUE_ROW_STYLE : { cursor: 'pointer' },
              onClick: () => open(row.request.id),
            })}
          />
          <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
            {t('common.count', { count: shown?.length ?? 0 })}
          </Typography.Text>
        </div>
      )}
    </>
  );
}
