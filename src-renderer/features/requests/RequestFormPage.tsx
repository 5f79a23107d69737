import { App, Button, Card, Col, Flex, Form, Input, Radio, Result, Row, Spin } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { from, of } from 'rxjs';
import { useLedger } from '../../app/LedgerContext';
import { ValidationError } from '../../data/errors';
import { todayIso } from '../../domain/dates';
import { NEED_MAX, REQUEST_URGENCIES, RESIDENT_NAME_MAX, VILLAGE_GROUP_MAX } from '../../records/request/shape';
import { describeSaveError } from '../../ui/errorMessage';
import { showIssuesOnForm } from '../../ui/formIssues';
import { PageHeader } from '../../ui/PageHeader';
import { DateInput } from '../../ui/typedInputs/DateInput';
import { typedDateRule } from '../../ui/typedInputs/typedRules';
import { sameFormValues } from '../../ui/unsavedWork/sameValues';
import { useUnsavedWorkGuard } from '../../ui/unsavedWork/useUnsavedWorkGuard';
import { useObservable } from '../../ui/useObservable';
import { useServiceFields } from '../../ui/useServiceFields';
import { REQUESTS_PATH, requestPath } from './paths';
import { newRequestForm, requestFormFromDoc, toRequestInput, type RequestFormValues } from './requestForm';
import { SearchSelect } from '../../ui/SearchSelect';
import { phoneProblemKey } from '../volunteers/formValues';

interface Loaded {
  id: string | undefined;
  values: RequestFormValues;
}

/** /requests/new (登记需求) and /requests/:id/edit. The form mounts once the request has loaded. */
export function RequestFormPage() {
  const { t } = useTranslation();
  const ledger = useLedger();
  const navigate = useNavigate();
  const { id } = useParams();
  const loaded = useObservable(
    useMemo(() => {
      if (id) return from(ledger.requests.get(id).then((doc): Loaded | null => (doc ? { id, values: requestFormFromDoc(doc) } : null)));
      return of<Loaded>({ id: undefined, values: newRequestForm(todayIso()) });
    }, [ledger, id]),
  );
  if (loaded === undefined) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  if (loaded === null) {
    return <Result status="404" title={t('requests.detail.notFound')} extra={<Button onClick={() => void navigate(REQUESTS_PATH)}>{t('requests.form.backToList')}</Button>} />;
  }
  return <RequestForm key={id ?? 'new'} loaded={loaded} />;
}

/**
 * Fillable by keyboard alone: the name has focus, Tab walks the boxes in reading order, the field is found
 * by pinyin initials, dates are typed. The repository is the final judge; its refusals land on their boxes.
 */
function RequestForm({ loaded }: { loaded: Loaded }) {
  const { t } = useTranslation();
  const ledger = useLedger();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<RequestFormValues>();
  const [saving, setSaving] = useState(false);
  const guard = useUnsavedWorkGuard(() => !sameFormValues(loaded.values, form.getFieldsValue(true)));
  const fieldOptions = useServiceFields().options;
  const required = { required: true, whitespace: true, message: t('validation.required') };
  const backTo = loaded.id ? requestPath(loaded.id) : REQUESTS_PATH;

  async function save(values: RequestFormValues) {
    setSaving(true);
    try {
      const input = toRequestInput({ ...(form.getFieldsValue(true) as RequestFormValues), ...values });
      const saved = loaded.id ? await ledger.requests.update(loaded.id, input) : await ledger.requests.create(input);
      void message.success(t(loaded.id ? 'requests.form.updated' : 'requests.form.saved', { name: saved.residentName }));
      guard.allowLeaving();
      void navigate(loaded.id ? requestPath(saved.id) : REQUESTS_PATH);
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

  return (
    <>
      <PageHeader title={loaded.id ? t('requests.form.editTitle') : t('requests.form.newTitle')} testId="page-request-form" />
      <Card style={{ maxWidth: 960 }}>
        <Form<RequestFormValues>
          form={form}
          name="request"
          layout="vertical"
          initialValues={loaded.values}
          onFinish={(v) => void save(v)}
          scrollToFirstError={{ block: 'center' }}
          data-testid="request-form"
        >
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="residentName" label={t('requests.fields.residentName')} rules={[required]}>
                <Input autoFocus maxLength={RESIDENT_NAME_MAX} placeholder={t('requests.form.residentPlaceholder')} />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item name="villageGroup" label={t('requests.fields.villageGroup')}>
                <Input maxLength={VILLAGE_GROUP_MAX} placeholder={t('requests.form.groupPlaceholder')} />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              {/* Checked when the keeper leaves the box, as the save checks it; any typing takes a refusal away at once. */}
              <Form.Item
                name="phone"
                label={t('requests.fields.phone')}
                validateTrigger={['onChange', 'onBlur']}
                rules={[
                  {
                    validateTrigger: 'onBlur',
                    validator: (_, value: string | undefined) => {
                      const key = phoneProblemKey(value ?? '');
                      return key === null ? Promise.resolve() : Promise.reject(new Error(t(key)));
                    },
                  },
                ]}
              >
                <Input maxLength={30} inputMode="tel" placeholder={t('requests.form.phonePlaceholder')} />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="need" label={t('requests.fields.need')} rules={[required]}>
                <Input.TextArea maxLength={NEED_MAX} showCount autoSize={{ minRows: 2, maxRows: 6 }} placeholder={t('requests.form.needPlaceholder')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="field" label={t('requests.fields.field')} rules={[{ required: true, message: t('validation.required') }]}>
                <SearchSelect options={fieldOptions} placeholder={t('requests.form.fieldPlaceholder')} data-testid="request-field" />
              </Form.Item>
            </Col>
            <Col xs={12} md={5}>
              <Form.Item name="receivedDate" label={t('requests.fields.receivedDate')} rules={[required, typedDateRule(t)]}>
                <DateInput placeholder={t('requests.form.receivedPlaceholder')} />
              </Form.Item>
            </Col>
            <Col xs={12} md={5}>
              <Form.Item name="wantedDate" label={t('requests.fields.wantedDate')} rules={[typedDateRule(t)]}>
                <DateInput placeholder={t('requests.form.datePlaceholder')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="urgency" label={t('requests.fields.urgency')}>
                <Radio.Group options={REQUEST_URGENCIES.map((u) => ({ value: u, label: t(`requests.urgency.${u}`) }))} />
              </Form.Item>
            </Col>
          </Row>
          <Flex gap={8} justify="flex-end">
            <Button onClick={() => void navigate(backTo)} data-testid="cancel-button">
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
