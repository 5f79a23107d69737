import { Button, Col, Flex, Form, Input, Radio, Row, Select, type InputRef } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { VolunteerDoc } from '../../domain/entities/volunteer';
import { normalizeIdNumber } from '../../domain/idNumber';
import { DateInput } from '../../ui/typedInputs/DateInput';
import { typedDateRule } from '../../ui/typedInputs/typedRules';
import { sameFormValues } from '../../ui/unsavedWork/sameValues';
import { useUnsavedWorkGuard } from '../../ui/unsavedWork/useUnsavedWorkGuard';
import { useCatalog } from '../../ui/useCatalog';
import { DuplicateIdNotice } from './DuplicateIdNotice';
import { identityFromIdNumber, idNumberProblemKey, phoneProblemKey, type VolunteerFormValues } from './formValues';
import { useTeams } from './useVolunteerData';
import { useVolunteerSave } from './useVolunteerSave';

/** A resident ID number is complete at 18 characters: check it then, without waiting for the keeper to leave the field. */
const RESIDENT_ID_LENGTH = 18;
/** Skills are often pasted as a list: "义诊，理发、书法". */
const SKILL_SEPARATORS = [',', '，', '、', ';', '；'];

interface Props {
  initial: VolunteerFormValues;
  /** Set when editing; a new volunteer otherwise. */
  volunteerId?: string;
  /** `next`: the keeper wants to register another one straight away (new volunteers only). */
  onSaved: (saved: VolunteerDoc, next: boolean) => void;
  onCancel: () => void;
}

const isFuture = (date: Dayjs) => date.isAfter(dayjs(), 'day');

/** The calendar offers no day after today; a typed one is judged by the repository. */
const DATE_INPUT_PROPS = { disabledDate: isFuture };

export function VolunteerForm({ initial, volunteerId, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const catalog = useCatalog();
  const teams = useTeams();
  const [form] = Form.useForm<VolunteerFormValues>();
  const nameInput = useRef<InputRef>(null);
  const nextAfterSave = useRef(false);
  const { save, saving, duplicate, clearDuplicate } = useVolunteerSave(form, volunteerId);
  // What the form held when it opened, or when the last person was saved and the next one begun.
  const baseline = useRef<unknown>(initial);
  const guard = useUnsavedWorkGuard(() => !sameFormValues(baseline.current, form.getFieldsValue(true)));

  const required = { required: true, message: t('validation.required') };

  const onValuesChange = (changed: Partial<VolunteerFormValues>, all: VolunteerFormValues) => {
    if (!('idNumber' in changed) && !('idType' in changed)) return;
    clearDuplicate();
    const identity = identityFromIdNumber(all.idType, all.idNumber ?? '');
    if (identity) {
      // The ID number is the authority: birth date and gender follow it (the repository checks them against it).
      form.setFields([
        { name: 'birthDate', value: identity.birthDate, errors: [] },
        { name: 'gender', value: identity.gender, errors: [] },
      ]);
    }
    const complete = normalizeIdNumber(all.idNumber ?? '').length >= RESIDENT_ID_LENGTH;
    if ('idType' in changed || complete) form.validateFields(['idNumber']).catch(() => undefined);
  };

  const onFinish = async (values: VolunteerFormValues) => {
    const next = nextAfterSave.current && !volunteerId;
    const saved = await save(values);
    if (!saved) return;
    if (next) {
      // Registering a whole team at once: keep its team and join date for the next person.
      form.resetFields();
      form.setFieldsValue({ teamIds: values.teamIds, joinDate: values.joinDate });
      baseline.current = form.getFieldsValue(true);
      nameInput.current?.focus();
    } else {
      guard.allowLeaving();
    }
    onSaved(saved, next);
  };

  return (
    <Form<VolunteerFormValues>
      form={form}
      name="volunteer"
      layout="horizontal"
      labelCol={{ flex: '96px' }}
      labelWrap
      initialValues={initial}
      onValuesChange={onValuesChange}
      onFinish={(values) => void onFinish(values)}
      scrollToFirstError
      style={{ maxWidth: 1000 }}
    >
      <Row gutter={24}>
        <Col span={12}>
          <Form.Item name="name" label={t('volunteers.fields.name')} rules={[required]}>
            <Input ref={nameInput} autoFocus maxLength={30} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="idType" label={t('volunteers.fields.idType')} rules={[required]}>
            <Select options={catalog.idType.options} showSearch={{ optionFilterProp: 'label' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="idNumber"
            label={t('volunteers.fields.idNumber')}
            validateTrigger={['onChange', 'onBlur']}
            rules={[
              required,
              ({ getFieldValue }) => ({
                validateTrigger: 'onBlur',
                validator: (_, value: string | undefined) => {
                  const key = idNumberProblemKey(getFieldValue('idType') as VolunteerFormValues['idType'], value ?? '');
                  return key === null ? Promise.resolve() : Promise.reject(new Error(t(key)));
                },
              }),
            ]}
            {...(duplicate ? { validateStatus: 'error' as const, help: <DuplicateIdNotice duplicate={duplicate} /> } : {})}
          >
            <Input maxLength={30} autoComplete="off" placeholder={t('volunteers.form.idNumberPlaceholder')} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="gender" label={t('volunteers.fields.gender')} rules={[required]}>
            <Radio.Group options={catalog.gender.options} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="birthDate" label={t('volunteers.fields.birthDate')} rules={[typedDateRule(t)]}>
            <DateInput {...DATE_INPUT_PROPS} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="phone"
            label={t('volunteers.fields.phone')}
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
            <Input maxLength={30} autoComplete="off" placeholder={t('volunteers.form.phonePlaceholder')} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="politicalStatus" label={t('volunteers.fields.politicalStatus')} rules={[required]}>
            <Select
              options={catalog.political.options}
              placeholder={t('volunteers.form.select')}
              showSearch={{ optionFilterProp: 'label' }}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="joinDate" label={t('volunteers.fields.joinDate')} rules={[required, typedDateRule(t)]}>
            <DateInput {...DATE_INPUT_PROPS} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="teamIds" label={t('volunteers.fields.teamIds')}>
            <Select
              mode="multiple"
              loading={teams === undefined}
              options={(teams ?? []).map((team) => ({ value: team.id, label: team.name }))}
              placeholder={t('volunteers.form.teamsPlaceholder')}
              notFoundContent={t('volunteers.form.noTeams')}
              showSearch={{ optionFilterProp: 'label' }}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="skills" label={t('volunteers.fields.skills')}>
            <Select
              mode="tags"
              options={catalog.skillOptions}
              tokenSeparators={SKILL_SEPARATORS}
              placeholder={t('volunteers.form.skillsPlaceholder')}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="volunteerNo" label={t('volunteers.fields.volunteerNo')}>
            <Input maxLength={40} autoComplete="off" placeholder={t('volunteers.form.volunteerNoPlaceholder')} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="notes" label={t('volunteers.fields.notes')}>
            <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 4 }} />
          </Form.Item>
        </Col>
      </Row>
      <Flex gap={8} style={{ paddingLeft: 96 }}>
        <Button
          type="primary"
          htmlType="submit"
          loading={saving}
          data-testid="save-button"
          onClick={() => {
            nextAfterSave.current = false;
          }}
        >
          {t('common.actions.save')}
        </Button>
        {volunteerId ? null : (
          <Button
            htmlType="submit"
            disabled={saving}
            data-testid="save-and-next-button"
            onClick={() => {
              nextAfterSave.current = true;
            }}
          >
            {t('volunteers.form.saveAndNext')}
          </Button>
        )}
        <Button onClick={onCancel}>{t('common.actions.cancel')}</Button>
      </Flex>
    </Form>
  );
}
