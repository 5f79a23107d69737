import { App, Button, Card, Checkbox, Col, Flex, Form, Input, Row, Switch, Typography, type FormRule } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ValidationError } from '../../data/errors';
import { FIVE_HAVES } from '../../domain/catalog';
import type { StationInput } from '../../domain/entities/station';
import { checkPhone } from '../../domain/phone';
import { describeSaveError } from '../../ui/errorMessage';
import { showIssuesOnForm } from '../../ui/formIssues';
import { useCatalog } from '../../ui/useCatalog';
import { selfCheckFieldPath, toStationInput, type StationFormDraft, type StationFormValues } from './stationForm';
import { isProvisionalCode, newProvisionalCode } from '../../domain/provisionalCode';

const STATION_CODE = /^[A-Za-z0-9_-]+$/;

interface StationProfileFormProps {
  initialValues: StationFormValues;
  /** After set-up the code is every record's stationId, so it is shown but cannot be edited. */
  codeLocked: boolean;
  submitLabel: string;
  onSave: (input: StationInput) => Promise<unknown>;
  onSaved?: () => void;
  /** The first-run page starts typing in it; Settings opens on its cards at the top instead. */
  autoFocus?: boolean;
}

/** The station profile, used by the first-run set-up and by Settings. */
export function StationProfileForm({ initialValues, codeLocked, submitLabel, onSave, onSaved, autoFocus = true }: StationProfileFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const catalog = useCatalog();
  const [form] = Form.useForm<StationFormValues>();
  const [saving, setSaving] = useState(false);

  const required: FormRule = { required: true, whitespace: true, message: t('validation.required') };
  const phoneRule: FormRule = {
    validator: (_rule, value: string | undefined) =>
      !value?.trim() || checkPhone(value).ok ? Promise.resolve() : Promise.reject(new Error(t('validation.phone.invalid'))),
  };

  async function save(values: StationFormDraft) {
    setSaving(true);
    try {
      const input = toStationInput(values);
      // No code from the city yet: a provisional one, replaced when the city's set-up file is imported.
      if (!codeLocked && input.code === '') input.code = newProvisionalCode();
      await onSave(input);
      void message.success(t('setup.saved'));
      onSaved?.();
    } catch (error) {
      if (error instanceof ValidationError) {
        const unplaced = showIssuesOnForm(form, error.issues, t);
        // 五有 notes sit two levels deep; the shared helper only places top-level fields.
        form.setFields(
          error.issues.flatMap((i) => {
            const name = selfCheckFieldPath(i.field);
            return name ? [{ name, errors: [t(i.key, i.params ?? {})] }] : [];
          }),
        );
        void message.error(unplaced.length > 0 ? unplaced.map((i) => t(i.key, i.params ?? {})).join(' ') : t('common.formHasErrors'));
      } else {
        void message.error(t('common.saveFailed', { reason: describeSaveError(error, t) }));
      }
    } finally {
      setSaving(false);
    }
  }

  return (
    <Form<StationFormValues>
      form={form}
      name="station"
      layout="vertical"
      initialValues={initialValues}
      onFinish={(values) => void save(values)}
      scrollToFirstError={{ block: 'center' }}
    >
      <Card size="small" title={t('setup.sections.station')} style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col xs={24} md={10}>
            <Form.Item name="name" label={t('setup.fields.name')} rules={[required]}>
              <Input autoFocus={autoFocus} maxLength={60} placeholder={t('setup.placeholders.name')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={9}>
            <Form.Item
              name="code"
              label={t('setup.fields.code')}
              extra={codeLocked ? t(isProvisionalCode(initialValues.code) ? 'setup.help.codeProvisional' : 'setup.help.codeLocked') : t('setup.help.code')}
              rules={codeLocked ? [] : [{ pattern: STATION_CODE, message: t('validation.station.code') }]}
            >
              <Input maxLength={40} readOnly={codeLocked} variant={codeLocked ? 'filled' : 'outlined'} placeholder={t('setup.placeholders.code')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={5}>
            <Form.Item name="demonstration" label={t('setup.fields.demonstration')} valuePropName="checked" extra={t('setup.help.demonstration')}>
              <Switch checkedChildren={t('setup.yes')} unCheckedChildren={t('setup.no')} />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card size="small" title={t('setup.sections.hierarchy')} style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="city" label={t('setup.fields.city')}>
              <Input maxLength={40} placeholder={t('setup.placeholders.city')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="county" label={t('setup.fields.county')} rules={[required]}>
              <Input maxLength={40} placeholder={t('setup.placeholders.county')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8} />
          <Col xs={24} md={12}>
            <Form.Item name="center" label={t('setup.fields.center')} rules={[required]}>
              <Input maxLength={60} placeholder={t('setup.placeholders.center')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="institute" label={t('setup.fields.institute')} rules={[required]}>
              <Input maxLength={60} placeholder={t('setup.placeholders.institute')} />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card size="small" title={t('setup.sections.contact')} style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col xs={24} md={6}>
            <Form.Item name="contactName" label={t('setup.fields.contactName')} rules={[required]}>
              <Input maxLength={30} placeholder={t('setup.placeholders.contactName')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="contactPhone" label={t('setup.fields.contactPhone')} rules={[required, phoneRule]}>
              <Input maxLength={30} inputMode="tel" placeholder={t('setup.placeholders.contactPhone')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="address" label={t('setup.fields.address')} rules={[required]}>
              <Input maxLength={120} placeholder={t('setup.placeholders.address')} />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card size="small" title={t('setup.sections.services')} style={{ marginBottom: 16 }}>
        <Form.Item name="services" label={t('setup.fields.services')}>
          <Checkbox.Group options={catalog.services.options} />
        </Form.Item>
        <Form.Item name="otherServices" label={t('setup.fields.otherServices')} style={{ marginBottom: 0 }}>
          <Input maxLength={200} placeholder={t('setup.placeholders.otherServices')} />
        </Form.Item>
      </Card>

      <Card size="small" title={t('setup.sections.selfCheck')} style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">{t('setup.selfCheck.intro')}</Typography.Paragraph>
        {FIVE_HAVES.map((key) => (
          <Row key={key} gutter={16} align="middle">
            <Col flex="96px">
              <Typography.Text strong>{catalog.fiveHaves.label(key)}</Typography.Text>
            </Col>
            <Col flex="96px">
              <Form.Item name={['selfCheck', key, 'ok']} valuePropName="checked" style={{ marginBottom: 8 }}>
                <Checkbox>{t('setup.selfCheck.ok')}</Checkbox>
              </Form.Item>
            </Col>
            <Col flex="auto">
              <Form.Item name={['selfCheck', key, 'note']} style={{ marginBottom: 8 }}>
                <Input
                  maxLength={300}
                  aria-label={t('setup.selfCheck.noteLabel', { item: catalog.fiveHaves.label(key) })}
                  placeholder={t(`setup.selfCheck.notePlaceholders.${key}`)}
                />
              </Form.Item>
            </Col>
          </Row>
        ))}
      </Card>

      <Flex justify="flex-end">
        <Button type="primary" htmlType="submit" size="large" loading={saving} data-testid="save-button">
          {submitLabel}
        </Button>
      </Flex>
    </Form>
  );
}
