import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Result, Spin, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useLedger } from '../../app/LedgerContext';
import type { VolunteerDoc } from '../../domain/entities/volunteer';
import { maskPhone } from '../../domain/phone';
import { PageHeader } from '../../ui/PageHeader';
import { useCatalog } from '../../ui/useCatalog';
import { useObservable } from '../../ui/useObservable';
import { useVolunteersInNameOrder } from '../../ui/volunteersInNameOrder';
import { TeamHonoursCard } from '../honours/TeamHonoursCard';
import { DeleteTeamButton } from './DeleteTeamButton';

/** A team with its members, live: edits made elsewhere (a volunteer joining) show at once. */
export function TeamDetailPage() {
  const { t } = useTranslation();
  const ledger = useLedger();
  const navigate = useNavigate();
  const catalog = useCatalog();
  const { id = '' } = useParams();
  const teams = useObservable(useMemo(() => ledger.teams.all$(), [ledger]));
  const volunteers = useVolunteersInNameOrder();

  const team = teams?.find((x) => x.id === id);
  const members = useMemo(() => volunteers?.filter((v) => v.teamIds.includes(id)) ?? [], [volunteers, id]);

  if (teams === undefined || volunteers === undefined) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  if (!team) {
    return (
      <Result
        status="404"
        title={t('common.notFound')}
        extra={<Button onClick={() => void navigate('/teams')}>{t('teams.form.backToList')}</Button>}
      />
    );
  }

  const leader = volunteers.find((v) => v.id === team.leaderId);
  const columns: TableColumnsType<VolunteerDoc> = [
    {
      title: t('teams.members.name'),
      dataIndex: 'name',
      render: (name: string, v) => (
        <>
          <Link to={`/volunteers/${encodeURIComponent(v.id)}`}>{name}</Link>
          {v.id === team.leaderId ? <Tag color="red" style={{ marginLeft: 8 }}>{t('teams.members.leader')}</Tag> : null}
          {!v.active ? <Tag style={{ marginLeft: 8 }}>{t('teams.members.inactive')}</Tag> : null}
        </>
      ),
    },
    { title: t('teams.members.gender'), dataIndex: 'gender', width: 80, render: (g: string) => catalog.gender.label(g) },
    { title: t('teams.members.phone'), dataIndex: 'phone', width: 160, render: (p: string) => (p ? maskPhone(p) : '') },
    { title: t('teams.members.political'), dataIndex: 'politicalStatus', width: 140, render: (p: string) => catalog.political.label(p) },
    { title: t('teams.members.skills'), dataIndex: 'skills', render: (s: string[]) => s.join('、') },
  ];

  return (
    <>
      <PageHeader
        title={team.name}
        testId="page-team-detail"
        extra={
          <>
            <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate('/teams')}>
              {t('teams.form.backToList')}
            </Button>
            <Button icon={<EditOutlined />} type="primary" onClick={() => void navigate(`/teams/${encodeURIComponent(team.id)}/edit`)}>
              {t('common.actions.edit')}
            </Button>
            <DeleteTeamButton id={team.id} name={team.name} onDeleted={() => void navigate('/teams')} />
          </>
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={3}
          items={[
            { key: 'field', label: t('teams.fields.field'), children: catalog.fields.label(team.field) },
            { key: 'leader', label: t('teams.fields.leader'), children: leader ? leader.name : t('teams.list.noLeader') },
            { key: 'founded', label: t('teams.fields.foundedDate'), children: team.foundedDate || t('common.none') },
            { key: 'description', label: t('teams.fields.description'), span: 3, children: team.description || t('common.none') },
          ]}
        />
      </Card>
      <Card size="small" title={t('teams.members.title', { count: members.length })}>
        {members.length === 0 ? (
          <Typography.Paragraph type="secondary">{t('teams.members.empty')}</Typography.Paragraph>
        ) : (
          <Table<VolunteerDoc>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={members}
            pagination={members.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
            data-testid="team-members"
          />
        )}
      </Card>
      <TeamHonoursCard teamId={team.id} />
    </>
  );
}
