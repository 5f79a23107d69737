import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Spin, Statistic, Table, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { from, of } from 'rxjs';
import { useLedger } from '../../app/LedgerContext';
import { SERVICE_FIELDS } from '../../domain/catalog';
import { todayIso } from '../../domain/dates';
import type { ActivityFigures } from '../../domain/figures';
import { PageHeader } from '../../ui/PageHeader';
import { useCatalog } from '../../ui/useCatalog';
import { useObservable } from '../../ui/useObservable';
import { FirstStepsCard } from './FirstStepsCard';
import { NoticesCard } from './NoticesCard';
import { fieldRows, firstSteps, formatHours, homeFigures, homePeriods, type FieldRow } from './homeFigures';
import { SelfCheckCard } from './SelfCheckCard';
import { RequestsHomeCard } from '../requests/RequestsHomeCard';

function Figure({ title, value, suffix, testId }: { title: string; value: string; suffix: string; testId: string }) {
  return <Statistic title={title} value={value} suffix={suffix} formatter={() => <span data-testid={testId}>{value}</span>} />;
}

function FiguresCard({ title, figures, prefix }: { title: string; figures: ActivityFigures; prefix: 'home-month' | 'home-year' }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={title} style={{ height: '100%' }}>
      <Row gutter={[16, 8]}>
        <Col span={12}>
          <Figure title={t('home.figures.sessions')} value={String(figures.sessions)} suffix={t('common.sessionsUnit')} testId={`${prefix}-sessions`} />
        </Col>
        <Col span={12}>
          <Figure title={t('home.figures.hours')} value={formatHours(figures.hours)} suffix={t('common.hoursUnit')} testId={`${prefix}-hours`} />
        </Col>
        <Col span={12}>
          <Figure
            title={t('home.figures.volunteersActive')}
            value={String(figures.volunteersActive)}
            suffix={t('common.peopleUnit')}
            testId={`${prefix}-volunteers`}
          />
        </Col>
        <Col span={12}>
          <Figure title={t('home.figures.served')} value={String(figures.served)} suffix={t('home.figures.servedUnit')} testId={`${prefix}-served`} />
        </Col>
      </Row>
    </Card>
  );
}

/** What the station has done this month and this year, and what to do first while it is still empty. */
export function HomePage() {
  const { t } = useTranslation();
  const ledger = useLedger();
  const navigate = useNavigate();
  const catalog = useCatalog();
  // The day the screen opened; the keeper reopening the app the next month gets the new month.
  const periods = useMemo(() => homePeriods(todayIso()), []);

  const yearActivities = useObservable(useMemo(() => ledger.activities.query$(periods.year), [ledger, periods]));
  const volunteers = useObservable(useMemo(() => ledger.volunteers.all$(), [ledger]));
  const teams = useObservable(useMemo(() => ledger.teams.all$(), [ledger]));
  const projects = useObservable(useMemo(() => ledger.projects.all$(), [ledger]));
  const profile = useObservable(useMemo(() => ledger.station.profile$(), [ledger]));
  const yearHasActivities = yearActivities !== undefined && yearActivities.length > 0;
  // Only when this year is empty is it worth asking whether earlier years have anything.
  const activityCount = useObservable(
    useMemo(() => (yearHasActivities ? of(1) : from(ledger.activities.count())), [ledger, yearHasActivities]),
  );

  const figures = useMemo(() => (yearActivities ? homeFigures(yearActivities, periods.month) : undefined), [yearActivities, periods]);
  const rows = useMemo(() => (figures ? fieldRows(figures.year.byField, SERVICE_FIELDS) : []), [figures]);
  const registered = useMemo(() => volunteers?.filter((v) => v.active).length, [volunteers]);

  if (!figures || !volunteers || !teams || !projects || activityCount === undefined || registered === undefined) {
    return <Spin style={{ display: 'block', marginTop: 80 }} />;
  }

  const steps = firstSteps({ volunteers: volunteers.length, teams: teams.length, activities: activityCount });
  const month = Number(periods.month.from.slice(5, 7));
  const year = Number(periods.year.from.slice(0, 4));

  const columns: TableColumnsType<FieldRow> = [
    { title: t('home.byField.field'), dataIndex: 'field', render: (field: string) => catalog.fields.label(field) },
    { title: t('home.byField.sessions'), dataIndex: 'sessions', align: 'right' },
    { title: t('home.byField.hours'), dataIndex: 'hours', align: 'right', render: (h: number) => formatHours(h) },
    { title: t('home.byField.served'), dataIndex: 'served', align: 'right' },
  ];

  return (
    <>
      <PageHeader
        title={t('home.title')}
        testId="page-home"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/activities/new')}>
            {t('home.actions.newActivity')}
          </Button>
        }
      />
      <NoticesCard />
      {steps.next !== null ? <FirstStepsCard done={steps.done} next={steps.next} /> : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={9}>
          <FiguresCard title={t('home.month', { month })} figures={figures.month} prefix="home-month" />
        </Col>
        <Col xs={24} lg={9}>
          <FiguresCard title={t('home.year', { year })} figures={figures.year} prefix="home-year" />
        </Col>
        <Col xs={24} lg={6}>
          <Card size="small" title={t('home.registry.title')} style={{ height: '100%' }}>
            <Row gutter={[16, 8]}>
              <Col span={24}>
                <Figure
                  title={t('home.registry.volunteers')}
                  value={String(registered)}
                  suffix={t('common.peopleUnit')}
                  testId="home-registered-volunteers"
                />
              </Col>
              <Col span={12}>
                <Figure title={t('home.registry.teams')} value={String(teams.length)} suffix={t('home.registry.teamsUnit')} testId="home-teams" />
              </Col>
              <Col span={12}>
                <Figure
                  title={t('home.registry.projects')}
                  value={String(projects.length)}
                  suffix={t('home.registry.projectsUnit')}
                  testId="home-projects"
                />
              </Col>
            </Row>
          </Card>
        </Col>
        <Col xs={24} lg={15}>
          <Card size="small" title={t('home.byField.title', { year })}>
            <Table<FieldRow>
              size="small"
              rowKey="field"
              columns={columns}
              dataSource={rows}
              pagination={false}
              locale={{ emptyText: t('home.byField.empty') }}
            />
          </Card>
        </Col>
        <Col xs={24} lg={9}>{profile ? <SelfCheckCard selfCheck={profile.selfCheck} /> : null}</Col>
        <Col xs={24} lg={9}>
          <RequestsHomeCard />
        </Col>
      </Row>
    </>
  );
}
