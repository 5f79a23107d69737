import { Alert, Button, Col, Form, Input, InputNumber, Row, Select, Spin, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { from, of } from 'rxjs';
import { useLedger } from '../../app/LedgerContext';
import { isIsoDate, todayIso } from '../../domain/dates';
import type { ActivityDoc } from '../../domain/entities/activity';
import { listParticipants } from '../../domain/reports/activityParticipants';
import { DEFAULT_BLANK_ROWS, MAX_SIGN_IN_ROWS, signInRows } from '../../domain/reports/signInSheet';
import { PageHeader } from '../../ui/PageHeader';
import { PrintButton } from '../../ui/print/PrintButton';
import { usePrintOnOpen } from '../../ui/print/printOnOpen';
import { PrintScreen } from '../../ui/print/PrintSheet';
import { DateInput } from '../../ui/typedInputs/DateInput';
import { typedDateRule } from '../../ui/typedInputs/typedRules';
import { useObservable } from '../../ui/useObservable';
import { useVolunteersInNameOrder } from '../../ui/volunteersInNameOrder';
import { ACTIVITY_PARAM, activityFromSearch } from './paths';
import { ReportsNav } from './ReportsNav';
import { SignInSheet } from './SignInSheet';
import { usePeopleById } from './usePeopleById';
import { useStationProfile } from './useStationProfile';

interface SignInForm {
  teamId?: string;
  title: string;
  /** 'YYYY-MM-DD', '' or refused text (the field says why; the sheet then leaves the date blank). */
  date: string;
  place: string;
  blankRows: number | null;
}

/** A recorded activity's sheet lists everyone who took part; blank lines are then for latecomers only. */
const BLANK_ROWS_FOR_RECORDED = 0;

/**
 * /reports/sign-in: a sign-in sheet for a planned activity (the team's members and blank lines), or with
 * ?activity=<id> for a recorded one (its details and everyone who took part, for their signatures).
 */
export function SignInPage() {
  const ledger = useLedger();
  const [searchParams] = useSearchParams();
  const activityId = activityFromSearch(searchParams);
  const activity = useObservable(useMemo(() => (activityId ? from(ledger.activities.get(activityId)) : of(null)), [ledger, activityId]));
  if (activity === undefined) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  // Keyed by the activity, so switching to a blank sheet (or another activity) starts the form over.
  return <SignInScreen key={activity?.id ?? ''} activity={activity} missing={activityId !== '' && activity === null} />;
}

function SignInScreen({ activity, missing }: { activity: ActivityDoc | null; missing: boolean }) {
  const { t } = useTranslation();
  const ledger = useLedger();
  const station = useStationProfile();
  const people = usePeopleById();
  const [, setSearchParams] = useSearchParams();
  const [form] = Form.useForm<SignInForm>();
  const teams = useObservable(useMemo(() => ledger.teams.all$(), [ledger]));
  const volunteers = useVolunteersInNameOrder();
  const teamId = Form.useWatch('teamId', form);
  const title = Form.useWatch('title', form) ?? '';
  const date = Form.useWatch('date', form);
  const place = Form.useWatch('place', form) ?? '';
  const blankRows = Form.useWatch('blankRows', form);

  const initialValues: SignInForm = activity
    ? { title: activity.title, date: activity.date, place: activity.place, blankRows: BLANK_ROWS_FOR_RECORDED, ...(activity.teamId ? { teamId: activity.teamId } : {}) }
    : { title: '', date: todayIso(), place: '', blankRows: DEFAULT_BLANK_ROWS };
  const teamOptions = useMemo(() => (teams ?? []).map((team) => ({ value: team.id, label: team.name })), [teams]);
  const teamName = teams?.find((team) => team.id === teamId)?.name ?? '';
  const participantNames = useMemo(
    () => (activity && people ? listParticipants(activity.participants, people).lines.map((line) => line.name ?? t('reports.record.unknownVolunteer')) : undefined),
    [activity, people, t],
  );
  const members = useMemo(
    () => (teamId ? (volunteers ?? []).filter((v) => v.active && v.teamIds.includes(teamId)).map((v) => v.name) : []),
    [volunteers, teamId],
  );
  const blanks = blankRows ?? (activity ? BLANK_ROWS_FOR_RECORDED : DEFAULT_BLANK_ROWS);
  const rows = useMemo(() => signInRows(activity ? (participantNames ?? []) : members, blanks), [activity, participantNames, members, blanks]);
  const dateText = date && isIsoDate(date) ? date : '';
  const fileName = t('reports.signIn.fileName', { title: title || t('reports.signIn.sheetTitleDefault'), date: dateText });
  usePrintOnOpen(activity !== null && participantNames !== undefined && station !== undefined, { suggestedName: fileName });

  const blankSheet = () => setSearchParams((params) => {
    params.delete(ACTIVITY_PARAM);
    return params;
  });

  const toolbar = (
    <>
      <ReportsNav />
      <PageHeader title={t('reports.signIn.pageTitle')} testId="page-sign-in" extra={<PrintButton suggestedName={fileName} />} />
      {activity ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="sign-in-activity"
          title={t('reports.signIn.forActivity', { title: activity.title, date: activity.date, count: activity.participants.length })}
          action={<Button onClick={blankSheet}>{t('reports.signIn.blankInstead')}</Button>}
        />
      ) : null}
      {missing ? <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('reports.signIn.activityMissing')} /> : null}
      <Form<SignInForm> form={form} name="signIn" layout="vertical" initialValues={initialValues} style={{ maxWidth: 1000 }}>
        <Row gutter={12}>
          <Col span={6}>
            <Form.Item name="teamId" label={t('reports.signIn.team')}>
              <Select autoFocus allowClear showSearch={{ optionFilterProp: 'label' }} options={teamOptions} placeholder={t('reports.signIn.teamPlaceholder')} />
            </Form.Item>
          </Col>
          <Col span={7}>
            <Form.Item name="title" label={t('reports.signIn.title')}>
              <Input maxLength={100} placeholder={t('reports.signIn.titlePlaceholder')} />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item name="date" label={t('reports.signIn.date')} rules={[typedDateRule(t)]} validateTrigger={['onChange', 'onBlur']}>
              <DateInput data-testid="sign-in-date" />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item name="place" label={t('reports.signIn.place')}>
              <Input maxLength={100} placeholder={t('reports.signIn.placePlaceholder')} />
            </Form.Item>
          </Col>
          <Col span={3}>
            <Form.Item name="blankRows" label={t('reports.signIn.blankRows')}>
              <InputNumber min={0} max={MAX_SIGN_IN_ROWS} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {activity ? (
        <Typography.Paragraph type="secondary" data-testid="sign-in-summary">
          {participantNames === undefined ? t('common.loading') : t('reports.signIn.participantsCount', { count: participantNames.length, blank: rows.length - participantNames.length })}
        </Typography.Paragraph>
      ) : teamId ? (
        <Typography.Paragraph type="secondary" data-testid="sign-in-summary">
          {volunteers === undefined
            ? t('common.loading')
            : members.length > 0
              ? t('reports.signIn.membersCount', { count: members.length, blank: rows.length - members.length })
              : t('reports.signIn.noMembers')}
        </Typography.Paragraph>
      ) : null}
    </>
  );

  return (
    <PrintScreen toolbar={toolbar}>
      <SignInSheet heading={{ title, date: dateText, place, teamName, organizer: station?.name ?? '' }} rows={rows} />
    </PrintScreen>
  );
}
