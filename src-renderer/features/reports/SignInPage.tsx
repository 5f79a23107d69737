import { Col, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLedger } from '../../app/LedgerContext';
import { isIsoDate, todayIso } from '../../domain/dates';
import { DEFAULT_BLANK_ROWS, MAX_SIGN_IN_ROWS, signInRows } from '../../domain/reports/signInSheet';
import { PageHeader } from '../../ui/PageHeader';
import { PrintButton } from '../../ui/print/PrintButton';
import { PrintScreen } from '../../ui/print/PrintSheet';
import { DateInput } from '../../ui/typedInputs/DateInput';
import { typedDateRule } from '../../ui/typedInputs/typedRules';
import { useObservable } from '../../ui/useObservable';
import { useVolunteersInNameOrder } from '../../ui/volunteersInNameOrder';
import { ReportsNav } from './ReportsNav';
import { SignInSheet } from './SignInSheet';
import { useStationProfile } from './useStationProfile';

interface SignInForm {
  teamId?: string;
  title: string;
  /** 'YYYY-MM-DD', '' or refused text (the field says why; the sheet then leaves the date blank). */
  date: string;
  place: string;
  blankRows: number | null;
}

/** /reports/sign-in: a sign-in sheet for a planned activity, for the team's members to sign on paper. */
export function SignInPage() {
  const { t } = useTranslation();
  const ledger = useLedger();
  const station = useStationProfile();
  const [form] = Form.useForm<SignInForm>();
  const teams = useObservable(useMemo(() => ledger.teams.all$(), [ledger]));
  const volunteers = useVolunteersInNameOrder();
  const teamId = Form.useWatch('teamId', form);
  const title = Form.useWatch('title', form) ?? '';
  const date = Form.useWatch('date', form);
  const place = Form.useWatch('place', form) ?? '';
  const blankRows = Form.useWatch('blankRows', form);

  const teamOptions = useMemo(() => (teams ?? []).map((team) => ({ value: team.id, label: team.name })), [teams]);
  const teamName = teams?.find((team) => team.id === teamId)?.name ?? '';
  const members = useMemo(
    () => (teamId ? (volunteers ?? []).filter((v) => v.active && v.teamIds.includes(teamId)).map((v) => v.name) : []),
    [volunteers, teamId],
  );
  const blanks = blankRows ?? DEFAULT_BLANK_ROWS;
  const rows = useMemo(() => signInRows(members, blanks), [members, blanks]);
  const dateText = date && isIsoDate(date) ? date : '';

  const toolbar = (
    <>
      <PageHeader
        title={t('reports.signIn.pageTitle')}
        testId="page-sign-in"
        extra={
          <>
            <ReportsNav />
            <PrintButton suggestedName={t('reports.signIn.fileName', { title: title || t('reports.signIn.sheetTitleDefault'), date: dateText })} />
          </>
        }
      />
      <Form<SignInForm>
        form={form}
        name="signIn"
        layout="vertical"
        initialValues={{ title: '', date: todayIso(), place: '', blankRows: DEFAULT_BLANK_ROWS }}
        style={{ maxWidth: 1000 }}
      >
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
      {teamId ? (
        <Typography.Paragraph type="secondary" data-testid="sign-in-summary">
          {volunteers === undefined
            ? t('common.loading')
            : members.length > 0
              ? t('reports.signIn.membersCount', { count: members.length, blank: blanks })
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
