import { EditOutlined, PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Table, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useLedger } from '../../app/LedgerContext';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { useCatalog } from '../../ui/useCatalog';
import { useObservable } from '../../ui/useObservable';
import { DeleteTeamButton } from './DeleteTeamButton';
import { matchesNameQuery, nameKeys } from './nameSearch';
import { teamRows, type TeamRow } from './teamRows';

type RowAttributes = HTMLAttributes<HTMLElement> & { 'data-testid': string };

export function TeamListPage() {
  const { t } = useTranslation();
  const ledger = useLedger();
  const navigate = useNavigate();
  const catalog = useCatalog();
  const [query, setQuery] = useState('');
  const teams = useObservable(useMemo(() => ledger.teams.all$(), [ledger]));
  const volunteers = useObservable(useMemo(() => ledger.volunteers.all$(), [ledger]));

  const rows = useMemo(() => (teams && volunteers ? teamRows(teams, volunteers).map((r) => ({ ...r, keys: nameKeys(r) })) : undefined), [teams, volunteers]);
  const shown = useMemo(() => rows?.filter((r) => matchesNameQuery(r.keys, query)), [rows, query]);

  const columns: TableColumnsType<TeamRow> = [
    {
      title: t('teams.fields.name'),
      dataIndex: 'name',
      render: (name: string, row) => (
        <Link to={`/teams/${encodeURIComponent(row.id)}`} onClick={(e) => e.stopPropagation()}>
          {name}
        </Link>
      ),
    },
    { title: t('teams.fields.field'), dataIndex: 'field', width: 120, render: (field: string) => catalog.fields.label(field) },
    {
      title: t('teams.fields.leader'),
      dataIndex: 'leaderName',
      width: 120,
      render: (leaderName: string) => leaderName || <Typography.Text type="secondary">{t('teams.list.noLeader')}</Typography.Text>,
    },
    { title: t('teams.list.memberCount'), dataIndex: 'memberCount', width: 100, align: 'right' },
    { title: t('teams.fields.foundedDate'), dataIndex: 'foundedDate', width: 120 },
    {
      title: t('teams.list.actions'),
      key: 'actions',
      width: 190,
      // The confirm popup is portalled but its clicks still bubble through React to the row.
      render: (_: unknown, row) => (
        <Flex gap={8} onClick={(e) => e.stopPropagation()}>
          <Button size="small" icon={<EditOutlined />} onClick={() => void navigate(`/teams/${encodeURIComponent(row.id)}/edit`)}>
            {t('common.actions.edit')}
          </Button>
          <DeleteTeamButton id={row.id} name={row.name} size="small" />
        </Flex>
      ),
    },
  ];

  const newButton = (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/teams/new')} data-testid="new-team-button">
      {t('teams.list.new')}
    </Button>
  );

  return (
    <>
      <PageHeader
        title={t('teams.list.title')}
        testId="page-teams"
        extra={
          <>
            <Input
              allowClear
              prefix={<SearchOutlined />}
              placeholder={t('teams.list.searchPlaceholder')}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              style={{ width: 260 }}
              data-testid="search-input"
            />
            {newButton}
          </>
        }
      />
      {rows !== undefined && rows.length === 0 ? (
        <EmptyState description={t('teams.list.empty')} actionLabel={t('teams.list.new')} onAction={() => void navigate('/teams/new')} />
      ) : (
        <div data-testid="team-list">
          <Table<TeamRow>
            rowKey="id"
            size="middle"
            loading={shown === undefined}
            columns={columns}
            dataSource={shown ?? []}
            pagination={false}
            locale={{ emptyText: t('teams.list.noMatch') }}
            onRow={(row): RowAttributes => ({
              'data-testid': 'team-row',
              style: { cursor: 'pointer' },
              onClick: () => void navigate(`/teams/${encodeURIComponent(row.id)}`),
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
