import { App, Button, Card, Col, Flex, Form, Input, Radio, Result, Row, Spin } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { from, of } from 'rxjs';
import { useLedger } from '../../app/LedgerContext';
import { ValidationError } from '../../data/errors';
import { todayIso, yearOf } from '../../domain/dates';
import { HONOUR_KINDS, HONOUR_LEVELS, HONOUR_LINKS, honourKindKey, honourLevelKey, honourLinkKey } from '../../domain/honours/honourKinds';
import { describeSaveError } from '../../ui/errorMessage';
import { showIssuesOnForm } from '../../ui/formIssues';
import { PageHeader } from '../../ui/PageHeader';
import { DateInput } from '../../ui/typedInputs/DateInput';
import { typedDateRule } from '../../ui/typedInputs/typedRules';
import { sameFormValues } from '../../ui/unsavedWork/sameValues';
import { useUnsavedWorkGuard } from '../../ui/unsavedWork/useUnsavedWorkGuard';
import { useObservable } from '../../ui/useObservable';
import { searchableOption } from '../activities/selectSearch';
import { HonourNameControl, HonourRecordControl } from './HonourLinkControl';
import { honourFormFromDoc, linkAfterKindChange, newHonourForm, toHonourInput, type HonourFormValues } from './honourForm';
import { honourLabel } from './honourText';
import { HONOURS_PATH, recordLinkFromSearch, recordPagePath } from './paths';
import { SearchSelect } from '../../ui/SearchSelect';

interface LoadedHonour {
  id: string | undefined;
  values: HonourFormValues;
  /** Where 取消 and a save lead: the page of the record it was opened from, else the list. */
  backTo: string;
}

/**
 * /honours/new (?volunteer=, ?team= or ?project=<id> to start with that record chosen) and
 * /honours/:id/edit. The form mounts once the record has loaded, so its initial values are right.
 */
export function HonourFormPage() {
  const { t } = useTranslation();
  const ledger = useLedger();
  const navigate = useNavigate();
  const { id } = useParams();
  const [searchParams] = useSearchParams();
  const link = useMemo(() => recordLinkFromSearch(searchParams), [searchParams]);
  const loaded = useObservable(
    useMemo(() => {
      if (id) {
        return from(ledger.honours.get(id).then((doc) => (doc ? { id, values: honourFormFromDoc(doc), backTo: HONOURS_PATH } : null)));
      }
      return of<LoadedHonour>({ id: undefined, values: newHonourForm(yearOf(todayIso()), link), backTo: link ? recordPagePath(link) : HONOURS_PATH });
    }, [ledger, id, link]),
  );

  if (loaded === undefined) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  if (loaded === null) {
    return (
      <Result status="404" title={t('common.notFound')} extra={<Button onClick={() => void navigate(HONOURS_PATH)}>{t('honours.form.backToList')}</Button>} />
    );
  }
  return <HonourForm key={id ?? searchParams.toString()} loaded={loaded} />;
}

function HonourForm({ loaded }: { loaded: LoadedHonour }) {
  const { t } = useTranslation();
  const ledger = useLedger();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<HonourFormValues>();
  const [saving, setSaving] = useState(false);
  const guard = useUnsavedWorkGuard(() => !sameFormValues(loaded.values, form.getFieldsValue(true)));
  const kind = Form.useWatch('kind', form) ?? loaded.values.kind;
  const linkKind = Form.useWatch('linkKind', form) ?? loaded.values.linkKind;
  const required = { required: true, message: t('validation.required') };

  const kindOptions = useMemo(() => HONOUR_KINDS.map((k) => searchableOption(k, t(honourKindKey(k)))), [t]);
  const levelOptions = useMemo(() => HONOUR_LEVELS.map((l) => searchableOption(l, t(honourLevelKey(l)))), [t]);
  const linkOptions = kind ? HONOUR_LINKS[kind].map((l) => ({ value: l, label: t(honourLinkKey(l)) })) : [];

  function changed(values: Partial<HonourFormValues>) {
    // The link follows the kind (HONOUR_LINKS): a volunteer chosen for 优秀志愿者 is no team for an organisation.
    if (values.kind) {
      const current = { linkKind: form.getFieldValue('linkKind') as HonourFormValues['linkKind'], linkId: form.getFieldValue('linkId') as string };
      form.setFieldsValue(linkAfterKindChange(values.kind, current));
    } else if (values.linkKind) form.setFieldsValue({ linkId: '' });
  }

  async function save(values: HonourFormValues) {
    setSaving(true);
    try {
      const input = toHonourInput({ ...(form.getFieldsValue(true) as HonourFormValues), ...values });
      const honour = loaded.id ? await ledger.honours.update(loaded.id, input) : await ledger.honours.create(input);
      void message.success(t('honours.form.saved', { name: honourLabel(honour, t) }));
      guard.allowLeaving();
      void navigate(loaded.backTo);
    } catch (error) {
      if (error instanceof ValidationError) {
        showIssuesOnForm(form, error.issues, t);
        void message.error(t('common.formHasErrors'));
      } else {
        void message.error(t('common.saveFailed', { reason: describeSaveError(error, t) }));
      }
    } finally {
      setSaving(false);
    }
  }

  const linkControl = (() => {
    if (linkKind === 'volunteer' || linkKind === 'team' || linkKind === 'project') {
      return (
        <Form.Item name="linkId" label={t(honourLinkKey(linkKind))} rules={[required]}>
          <HonourRecordControl linkKind={linkKind} />
        </Form.Item>
      );
    }
    if (linkKind === 'family' || linkKind === 'community') {
      return (
        <Form.Item name="linkName" label={t(honourLinkKey(linkKind))} rules={[{ ...required, whitespace: true }]}>
          <HonourNameControl linkKind={linkKind} />
        </Form.Item>
      );
    }
    return (
      <Form.Item label={t('honours.fields.linkId')}>
        <Input disabled placeholder={t('honours.form.chooseKindFirst')} />
      </Form.Item>
    );
  })();

  return (
    <>
      <PageHeader title={loaded.id ? t('honours.form.editTitle') : t('honours.form.newTitle')} testId="page-honour-form" />
      <Card style={{ maxWidth: 960 }}>
        <Form<HonourFormValues>
          form={form}
          name="honour"
          layout="vertical"
          initialValues={loaded.values}
          onValuesChange={changed}
          onFinish={(v) => void save(v)}
          scrollToFirstError={{ block: 'center' }}
        >
          <Row gutter={16}>
            <Col xs={24} md={10}>
              <Form.Item name="kind" label={t('honours.fields.kind')} rules={[required]}>
                <SearchSelect options={kindOptions} autoFocus placeholder={t('honours.form.kindPlaceholder')} />
              </Form.Item>
            </Col>
            <Col xs={12} md={7}>
              <Form.Item name="level" label={t('honours.fields.level')} rules={[required]}>
                <SearchSelect options={levelOptions} placeholder={t('honours.form.levelPlaceholder')} />
              </Form.Item>
            </Col>
            <Col xs={12} md={7}>
              <Form.Item name="year" label={t('honours.fields.year')} rules={[{ ...required, whitespace: true }]}>
                <Input inputMode="numeric" maxLength={10} placeholder={t('honours.form.yearPlaceholder')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={10}>
              <Form.Item name="linkKind" label={t('honours.fields.linkKind')} rules={[required]}>
                <Radio.Group options={linkOptions} disabled={!kind} />
              </Form.Item>
            </Col>
            <Col xs={24} md={14}>
              {linkControl}
            </Col>
            <Col xs={24} md={14}>
              <Form.Item name="title" label={t('honours.fields.title')} extra={t('honours.form.titleHelp')}>
                <Input maxLength={100} placeholder={t('honours.form.titlePlaceholder')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={10}>
              <Form.Item name="batch" label={t('honours.fields.batch')}>
                <Input maxLength={40} placeholder={t('honours.form.batchPlaceholder')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={14}>
              <Form.Item name="awardedBy" label={t('honours.fields.awardedBy')}>
                <Input maxLength={80} placeholder={t('honours.form.awardedByPlaceholder')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={10}>
              <Form.Item name="awardedDate" label={t('honours.fields.awardedDate')} rules={[typedDateRule(t)]}>
                <DateInput placeholder={t('honours.form.datePlaceholder')} />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="notes" label={t('honours.fields.notes')}>
                <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 6 }} placeholder={t('honours.form.notesPlaceholder')} />
              </Form.Item>
            </Col>
          </Row>
          <Flex gap={8} justify="flex-end">
            <Button onClick={() => void navigate(loaded.backTo)} data-testid="cancel-button">
              {t('common.actions.cancel')}
            </Button>
            <Button type="primary" htmlType="submit" loading={saving} data-testid="save-button">
              {t('common.actions.save')}
            </Button>
          </Flex>
        </Form>
      </Card>
    </>
  );
}
