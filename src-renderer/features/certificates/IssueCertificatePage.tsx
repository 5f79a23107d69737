import { App, Button, Card, Col, Flex, Form, Input, Row, Spin, Statistic, Typography, type FormRule } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { from, of } from 'rxjs';
import { useLedger } from '../../app/LedgerContext';
import { NotFoundError, ValidationError } from '../../data/errors';
import { summarizeVolunteerService } from '../../domain/certificates/volunteerService';
import { isIsoDate, todayIso } from '../../domain/dates';
import type { StationDoc } from '../../domain/entities/station';
import { describeSaveError } from '../../ui/errorMessage';
import { showIssuesOnForm } from '../../ui/formIssues';
import { PageHeader } from '../../ui/PageHeader';
import { PRINT_ON_OPEN } from '../../ui/print/printOnOpen';
import { DateInput } from '../../ui/typedInputs/DateInput';
import { typedDateRule } from '../../ui/typedInputs/typedRules';
import { sameFormValues } from '../../ui/unsavedWork/sameValues';
import { useUnsavedWorkGuard } from '../../ui/unsavedWork/useUnsavedWorkGuard';
import { useCatalog } from '../../ui/useCatalog';
import { useObservable } from '../../ui/useObservable';
import { VolunteerSelect } from '../../ui/VolunteerSelect';
import { draftServiceContent } from './contentDraft';
import { newIssueForm, presetPeriod, readablePeriod, toCertificateRequest, type IssueFormValues, type PeriodPreset } from './issueForm';
import { formatHours } from '../reports/format';
import { certificatePath, CERTIFICATES_PATH, volunteerFromSearch } from './paths';
import { useCertificateRegister } from './useCertificateRegister';

/** /certificates/new (?volunteer=<id> to start with someone): issue a 志愿服务记录证明 and go to its print view. */
export function IssueCertificatePage() {
  const ledger = useLedger();
  const register = useCertificateRegister();
  const [searchParams] = useSearchParams();
  const volunteerId = volunteerFromSearch(searchParams);
  const [today] = useState(todayIso);
  const initial = useObservable(
    useMemo(
      () =>
        from(
          Promise.all([ledger.station.get(), register.all(), volunteerId ? ledger.volunteers.get(volunteerId) : null]).then(
            ([station, issued, volunteer]) => ({
              station,
              // A link to someone since deleted starts with nobody chosen rather than a raw id in the picker.
              values: newIssueForm(station, issued[0], today, volunteer ? volunteer.id : ''),
            }),
          ),
        ),
      [ledger, register, today, volunteerId],
    ),
  );
  if (!initial) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  return <IssueForm initial={initial.values} station={initial.station} today={today} />;
}

function IssueForm({ initial, station, today }: { initial: IssueFormValues; station: StationDoc | null; today: string }) {
  const { t } = useTranslation();
  const ledger = useLedger();
  const register = useCertificateRegister();
  const navigate = useNavigate();
  const catalog = useCatalog();
  const { message } = App.useApp();
  const [form] = Form.useForm<IssueFormValues>();
  const [saving, setSaving] = useState(false);
  const [contentEdited, setContentEdited] = useState(false);

  const volunteerId = Form.useWatch('volunteerId', form) ?? '';
  const periodFrom = Form.useWatch('periodFrom', form) ?? initial.periodFrom;
  const periodTo = Form.useWatch('periodTo', form) ?? initial.periodTo;
  const issuedDate = Form.useWatch('issuedDate', form) ?? initial.issuedDate;
  const periodReadable = readablePeriod(periodFrom, periodTo);

  // The period's activities by the date index, then this volunteer's share in memory: switching people is instant.
  const activities = useObservable(
    useMemo(
      () => (periodReadable ? ledger.activities.query$({ from: periodFrom, to: periodTo }) : of([])),
      [ledger, periodReadable, periodFrom, periodTo],
    ),
  );
  const volunteer = useObservable(useMemo(() => (volunteerId ? from(ledger.volunteers.get(volunteerId)) : of(null)), [ledger, volunteerId]));
  const service = useMemo(
    () => (activities && volunteerId ? summarizeVolunteerService(activities, volunteerId, { from: periodFrom, to: periodTo }) : undefined),
    [activities, volunteerId, periodFrom, periodTo],
  );
  const computing = volunteerId !== '' && activities === undefined;
  const draft = useMemo(() => (service ? draftServiceContent(service, catalog.fields.label, t) : ''), [service, catalog, t]);
  const numberPreview = useObservable(
    useMemo(() => (isIsoDate(issuedDate) && station ? from(register.previewNumber(issuedDate)) : of('')), [register, issuedDate, station]),
  );
  // Nobody served in the period: that is the reason no certificate can be issued, said before anything else.
  const noService = periodReadable && service !== undefined && service.sessions === 0;
  // The drafted content is the app's, not the keeper's: only what they chose or typed counts as their work.
  const guard = useUnsavedWorkGuard(() => contentEdited || !sameFormValues({ ...initial, content: '' }, { ...form.getFieldsValue(true), content: '' }));

  useEffect(() => {
    if (!contentEdited) form.setFieldValue('content', draft);
  }, [draft, contentEdited, form]);

  function applyPreset(preset: PeriodPreset) {
    const [start, end] = presetPeriod(preset, today, volunteer?.joinDate ?? '');
    form.setFieldsValue({ periodFrom: start, periodTo: end });
  }

  async function issue(values: IssueFormValues) {
    setSaving(true);
    try {
      const certificate = await register.issue(toCertificateRequest(values));
      void message.success(t('certificates.issue.issued', { number: certificate.number }));
      guard.allowLeaving();
      // 开具并打印: the print view opens the print dialog itself once the certificate is on screen.
      void navigate(certificatePath(certificate.id), PRINT_ON_OPEN);
    } catch (error) {
      if (error instanceof ValidationError) {
        const unplaced = showIssuesOnForm(form, error.issues, t);
        void message.error(unplaced[0] ? t(unplaced[0].key) : t('common.formHasErrors'));
      } else if (error instanceof NotFoundError) {
        void message.error(t('certificates.issue.volunteerNotFound'));
      } else {
        void message.error(t('common.saveFailed', { reason: describeSaveError(error, t) }));
      }
    } finally {
      setSaving(false);
    }
  }

  const required = [{ required: true, whitespace: true, message: t('validation.required') }];
  const requiredDate: FormRule[] = [{ required: true, message: t('validation.required') }, typedDateRule(t)];
  const periodRules: FormRule[] = [
    ...requiredDate,
    {
      validator: () => (noService ? Promise.reject(new Error(t('certificates.issue.noService'))) : Promise.resolve()),
    },
  ];
  const periodToRules: FormRule[] = [
    ...requiredDate,
    ({ getFieldValue }) => ({
      validator: (_rule, value: unknown) => {
        const start = String(getFieldValue('periodFrom') ?? '');
        const end = typeof value === 'string' ? value : '';
        return isIsoDate(start) && isIsoDate(end) && end < start ? Promise.reject(new Error(t('validation.date.endBeforeStart'))) : Promise.resolve();
      },
    }),
  ];
  // With no service in the period the content cannot be drafted; "required" would hide the real reason.
  const contentRules: FormRule[] = noService ? [] : required;
  return (
    <>
      <PageHeader title={t('certificates.issue.title')} testId="page-certificate-issue" />
      <Card style={{ maxWidth: 1000 }}>
        <Form<IssueFormValues> form={form} name="certificate" layout="vertical" initialValues={initial} onFinish={(v) => void issue(v)} scrollToFirstError>
          <Row gutter={16}>
            <Col span={10}>
              <Form.Item name="volunteerId" label={t('certificates.issue.volunteer')} rules={required}>
                <VolunteerSelect autoFocus allowClear={false} placeholder={t('certificates.issue.volunteerPlaceholder')} data-testid="certificate-volunteer" />
              </Form.Item>
            </Col>
            <Col span={5}>
              <Form.Item name="periodFrom" label={t('certificates.issue.periodFrom')} rules={periodRules} dependencies={['volunteerId', 'periodTo']}>
                <DateInput data-testid="certificate-period-from" />
              </Form.Item>
            </Col>
            <Col span={5}>
              <Form.Item name="periodTo" label={t('certificates.issue.periodTo')} rules={periodToRules} dependencies={['periodFrom']}>
                <DateInput data-testid="certificate-period-to" />
              </Form.Item>
            </Col>
            <Col span={4}>
              <Form.Item label=" ">
                <Flex gap={4} wrap>
                  {(['thisYear', 'lastYear', 'all'] as const).map((preset) => (
                    <Button key={preset} size="small" onClick={() => applyPreset(preset)} data-testid={`period-${preset}`}>
                      {t(`certificates.issue.presets.${preset}`)}
                    </Button>
                  ))}
                </Flex>
              </Form.Item>
            </Col>
          </Row>
          <Flex gap={48} align="center" style={{ marginBottom: 16 }}>
            <Statistic
              title={t('certificates.issue.hours')}
              value={service ? formatHours(service.hours) : '–'}
              loading={computing}
              suffix={t('common.hoursUnit')}
              data-testid="certificate-hours"
            />
            <Statistic title={t('certificates.issue.sessions')} value={service?.sessions ?? '–'} loading={computing} suffix={t('common.sessionsUnit')} data-testid="certificate-sessions" />
            {noService ? (
              <Typography.Text type="warning" style={{ maxWidth: 420 }} data-testid="certificate-no-service">
                {t('certificates.issue.noService')}
              </Typography.Text>
            ) : (
              <Typography.Text type="secondary" style={{ maxWidth: 420 }}>
                {t('certificates.issue.computedHelp')}
              </Typography.Text>
            )}
          </Flex>
          <Form.Item
            name="content"
            label={
              <Flex gap={8} align="center">
                {t('certificates.issue.content')}
                <Button
                  size="small"
                  type="link"
                  onClick={() => {
                    setContentEdited(false);
                    form.setFieldValue('content', draft);
                  }}
                >
                  {t('certificates.issue.regenerate')}
                </Button>
              </Flex>
            }
            extra={t('certificates.issue.contentHelp')}
            rules={contentRules}
          >
            <Input.TextArea rows={3} maxLength={2000} showCount onChange={() => setContentEdited(true)} />
          </Form.Item>
          <Row gutter={16}>
            <Col span={8}>
              <Form.Item name="issuer" label={t('certificates.issue.issuer')} rules={required}>
                <Input maxLength={80} />
              </Form.Item>
            </Col>
            <Col span={4}>
              <Form.Item name="personInCharge" label={t('certificates.issue.personInCharge')} rules={required}>
                <Input maxLength={30} />
              </Form.Item>
            </Col>
            <Col span={4}>
              <Form.Item name="handler" label={t('certificates.issue.handler')} rules={required}>
                <Input maxLength={30} />
              </Form.Item>
            </Col>
            <Col span={4}>
              <Form.Item name="contact" label={t('certificates.issue.contact')} rules={required}>
                <Input maxLength={40} />
              </Form.Item>
            </Col>
            <Col span={4}>
              <Form.Item name="issuedDate" label={t('certificates.issue.issuedDate')} rules={requiredDate}>
                <DateInput data-testid="certificate-issued-date" />
              </Form.Item>
            </Col>
          </Row>
          <Flex gap={16} align="center">
            <Button type="primary" htmlType="submit" loading={saving} data-testid="save-button">
              {t('certificates.issue.submit')}
            </Button>
            <Button onClick={() => void navigate(CERTIFICATES_PATH)}>{t('common.actions.cancel')}</Button>
            {numberPreview ? (
              <Typography.Text type="secondary" data-testid="certificate-number-preview">
                {t('certificates.issue.numberPreview', { number: numberPreview })}
              </Typography.Text>
            ) : null}
          </Flex>
        </Form>
      </Card>
    </>
  );
}
