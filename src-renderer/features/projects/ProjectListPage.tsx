import { EditOutlined, PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Segmented, Table, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLedger } from '../../app/LedgerContext';
import { PROJECT_STATUSES, type ProjectStatus } from '../../domain/catalog';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { useCatalog } from '../../ui/useCatalog';
import { useObservable } from '../../ui/useObservable';
import { DeleteProjectButton } from './DeleteProjectButton';
import { projectPeriod } from './projectForm';
import { filterProjects, projectRows, type ProjectRow } from './projectRows';
import { ProjectStatusTag } from './ProjectStatusTag';

type RowAttributes = HTMLAttributes<HTMLElement> & { 'data-testid': string };

export function ProjectListPage() {
  const { t } = useTranslation();
  const ledger = useLedger();
  const navigate = useNavigate();
  const catalog = useCatalog();
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<ProjectStatus | ''>('');
  const projects = useObservable(useMemo(() => ledger.projects.all$(), [ledger]));
  const teams = useObservable(useMemo(() => ledger.teams.all$(), [ledger]));

  const rows = useMemo(() => (projects && teams ? projectRows(projects, teams) : undefined), [projects, teams]);
  const shown = useMemo(() => (rows ? filterProjects(rows, { query, status }) : undefined), [rows, query, status]);
  const edit = (id: string) => void navigate(`/projects/${encodeURIComponent(id)}/edit`);

  const columns: TableColumnsType<ProjectRow> = [
    { title: t('projects.fields.name'), dataIndex: 'name', ellipsis: true },
    { title: t('projects.fields.field'), dataIndex: 'field', width: 110, render: (field: string) => catalog.fields.label(field) },
    {
      title: t('projects.fields.ownerTeam'),
      dataIndex: 'ownerTeamName',
      width: 170,
      ellipsis: true,
      render: (name: string) => name || <Typography.Text type="secondary">{t('projects.list.noTeam')}</Typography.Text>,
    },
    {
      title: t('projects.list.period'),
      key: 'period',
      width: 200,
      render: (_: unknown, row) => projectPeriod(row.startDate, row.endDate, t('projects.list.ongoing')),
    },
    { title: t('projects.fields.status'), dataIndex: 'status', width: 90, render: (s: ProjectStatus) => <ProjectStatusTag status={s} /> },
    { title: t('projects.fields.brand'), dataIndex: 'brand', width: 150, ellipsis: true },
    {
      title: t('projects.list.actions'),
      key: 'actions',
      width: 180,
      // The confirm popup is portalled but its clicks still bubble through React to the row.
      render: (_: unknown, row) => (
        <Flex gap={8} onClick={(e) => e.stopPropagation()}>
          <Button size="small" icon={<EditOutlined />} onClick={() => edit(row.id)}>
            {t('common.actions.edit')}
          </Button>
          <DeleteProjectButton id={row.id} name={row.name} size="small" />
        </Flex>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('projects.list.title')}
        testId="page-projects"
        extra={
          <>
            <Input
              allowClear
              prefix={<SearchOutlined />}
              placeholder={t('projects.list.searchPlaceholder')}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              style={{ width: 240 }}
              data-testid="search-input"
            />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/projects/new')} data-testid="new-project-button">
              {t('projects.list.new')}
            </Button>
          </>
        }
      />
      {rows !== undefined && rows.length === 0 ? (
        <EmptyState description={t('projects.list.empty')} actionLabel={t('projects.list.new')} onAction={() => void navigate('/projects/new')} />
      ) : (
        <div data-testid="project-list">
          <Segmented<ProjectStatus | ''>
            style={{ marginBottom: 12 }}
            value={status}
            onChange={setStatus}
            options={[
              { value: '', label: t('common.all') },
              ...PROJECT_STATUSES.map((s) => ({ value: s, label: catalog.projectStatus.label(s) })),
            ]}
          />
          <Table<ProjectRow>
            rowKey="id"
            size="middle"
            loading={shown === undefined}
            columns={columns}
            dataSource={shown ?? []}
            pagination={false}
            locale={{ emptyText: t('projects.list.noMatch') }}
            onRow={(row): RowAttributes => ({ 'data-testid': 'project-row', style: { cursor: 'pointer' }, onClick: () => edit(row.id) })}
          />
          <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
            {t('common.count', { count: shown?.length ?? 0 })}
          </Typography.Text>
        </div>
      )}
    </>
  );
}
