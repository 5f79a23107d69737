import { Table, theme, type TableColumnsType } from 'antd';
import { memo, useMemo, type CSSProperties, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { REQUEST_OVERDUE_KEY } from '../../domain/requests/requestFlow';
import { requestSource } from '../../domain/requests/requestSource';
import { requestStateKey } from '../../domain/requests/requestStates';
import { useServiceFields } from '../../ui/useServiceFields';
import { requestPath } from './paths';
import { NAMED_IN_CELL, type RequestRow } from './requestRows';
import { CitySourceTagOf, OverdueTagOf, StateTagOf, UrgentTagOf } from './RequestStateTag';

type RowAttributes = HTMLAttributes<HTMLElement> & { 'data-testid': string };

/** Overdue rows stand out in the list as well as by their tag. */
const OVERDUE_ROW_STYLE = { cursor: 'pointer', background: '#fff1f0' };
const ROW_STYLE = { cursor: 'pointer' };
const IN_LINE: CSSProperties = { display: 'flex', gap: 4, alignItems: 'center' };
/** The need cut to the cell with a visible …, whole in its tooltip: a flex row would otherwise clip it without one. */
const NEED_TEXT: CSSProperties = { minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' };
/**
 * About a screenful: choosing a tab redraws one page, and each row drawn costs its cells, its tags and
 * their layout and paint; at 50 rows a tab took several frames to show.
 */
export const REQUEST_PAGE_SIZE = 20;
const NO_ROWS: readonly RequestRow[] = [];

interface Props {
  rows: readonly RequestRow[] | undefined;
  onOpen: (id: string) => void;
}

/**
 * One tab's requests, REQUEST_PAGE_SIZE to a page. Choosing another tab must show its rows within a
 * frame, so the cells are plain elements (an antd Typography, Flex or Button in each row cost more than
 * the rows themselves), the tags get their words from the table (translated once, not by a hook in each
 * tag of each row), and each row is keyed by its place on the page: the next tab's rows then update the
 * rows on screen instead of tearing them down and building new ones.
 */
export const RequestTable = memo(function RequestTable({ rows, onOpen }: Props) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const fields = useServiceFields();
  const slotOf = useMemo(() => new Map((rows ?? []).map((row, i) => [row, i % REQUEST_PAGE_SIZE])), [rows]);

  const columns = useMemo((): TableColumnsType<RequestRow> => {
    const secondary: CSSProperties = { color: token.colorTextSecondary };
    const unassigned = t('requests.list.unassigned');
    const openLabel = t('requests.list.open');
    const overdueLabel = t(REQUEST_OVERDUE_KEY);
    const urgentLabel = t('requests.urgency.urgent');
    const cityLabel = t('requests.source.city');
    const assignee = (row: RequestRow): string => {
      const volunteers =
        row.volunteerNames.length > NAMED_IN_CELL
          ? t('requests.list.moreVolunteers', { names: row.volunteerNames.slice(0, NAMED_IN_CELL).join('、'), count: row.volunteerNames.length })
          : row.volunteerNames.join('、');
      return [row.teamName, volunteers].filter((s) => s !== '').join(' ');
    };
    return [
      { title: t('requests.fields.receivedDate'), key: 'receivedDate', width: 110, render: (_: unknown, row) => row.request.receivedDate },
      {
        title: t('requests.list.resident'),
        key: 'resident',
        width: 150,
        render: (_: unknown, row) => (
          <span data-testid="request-resident">
            {row.request.residentName}
            {row.request.villageGroup !== '' ? <span style={secondary}> {row.request.villageGroup}</span> : null}
          </span>
        ),
      },
      { title: t('requests.fields.phone'), key: 'phone', width: 130, render: (_: unknown, row) => <span data-testid="request-phone">{row.maskedPhone}</span> },
      {
        title: t('requests.fields.need'),
        key: 'need',
        ellipsis: true,
        render: (_: unknown, row) => (
          <span style={IN_LINE}>
            {requestSource(row.request) === 'city' ? <CitySourceTagOf label={cityLabel} /> : null}
            {row.request.urgency === 'urgent' ? <UrgentTagOf label={urgentLabel} /> : null}
            <span data-testid="request-need" style={NEED_TEXT} title={row.request.need}>
              {row.request.need}
            </span>
          </span>
        ),
      },
      { title: t('requests.fields.field'), key: 'field', width: 100, ellipsis: true, render: (_: unknown, row) => fields.label(row.request.field) },
      {
        title: t('requests.fields.wantedDate'),
        key: 'wantedDate',
        width: 170,
        render: (_: unknown, row) => (
          <span style={IN_LINE}>
            {row.request.wantedDate}
            {row.overdue ? <OverdueTagOf label={overdueLabel} /> : null}
          </span>
        ),
      },
      {
        title: t('requests.fields.assignee'),
        key: 'assignee',
        width: 160,
        ellipsis: true,
        render: (_: unknown, row) => assignee(row) || <span style={secondary}>{unassigned}</span>,
      },
      { title: t('requests.fields.state'), key: 'state', width: 90, render: (_: unknown, row) => <StateTagOf state={row.request.state} label={t(requestStateKey(row.request.state))} /> },
      {
        title: '',
        key: 'open',
        width: 80,
        // A link to the request: reached with Tab and opened with Enter, where the row's click needs a mouse.
        render: (_: unknown, row) => (
          <a href={`#${requestPath(row.request.id)}`} onClick={(e) => e.stopPropagation()} data-testid="open-request">
            {openLabel}
          </a>
        ),
      },
    ];
  }, [t, token.colorTextSecondary, fields]);

  return (
    <Table<RequestRow>
      rowKey={(row) => String(slotOf.get(row) ?? row.request.id)}
      size="middle"
      loading={rows === undefined}
      columns={columns}
      dataSource={rows ?? NO_ROWS}
      pagination={(rows?.length ?? 0) > REQUEST_PAGE_SIZE ? { pageSize: REQUEST_PAGE_SIZE, showSizeChanger: false } : false}
      locale={{ emptyText: t('requests.list.noMatch') }}
      onRow={(row): RowAttributes => ({
        'data-testid': 'request-row',
        style: row.overdue ? OVERDUE_ROW_STYLE : ROW_STYLE,
        onClick: () => onOpen(row.request.id),
      })}
    />
  );
});
