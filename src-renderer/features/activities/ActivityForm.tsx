import { Alert, App, Button, Col, Flex, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLedger } from '../../app/LedgerContext';
import { DailyHoursExceededError, ValidationError } from '../../data/errors';
import type { ActivityDoc } from '../../domain/entities/activity';
import { spanHours } from '../../domain/hours';
import type { FieldIssue } from '../../domain/issues';
import { describeSaveError } from '../../ui/errorMessage';
import { showIssuesOnForm } from '../../ui/formIssues';
import { DateInput } from '../../ui/typedInputs/DateInput';
import { TimeInput } from '../../ui/typedInputs/TimeInput';
import { typedDateRule, typedTimeRule } from '../../ui/typedInputs/typedRules';
import { sameFormValues } from '../../ui/unsavedWork/sameValues';
import { useUnsavedWorkGuard } from '../../ui/unsavedWork/useUnsavedWorkGuard';
import { useCatalog } from '../../ui/useCatalog';
import { useVolunteersInNameOrder } from '../../ui/volunteersInNameOrder';
import { dailyOverflowLines } from './dailyOverflow';
import { fillFromEarlier, type FilledField } from './earlierEntries';
import { EarlierTextInput } from './EarlierTextInput';
import { overSpanLines, refusedHours } from './hoursChecks';
import { toActivityInput, type ActivityFormValues } from './formValues';
import { listPathForDate } from './listFilter';
import { followTimeSpan } from './participants';
import { ParticipantsField } from './ParticipantsField';
import { useEarlierEntries } from './useEarlierEntries';
import { useTeamsAndProjects } from './useTeamsAndProjects';
import { useServiceFields } from '../../ui/useServiceFields';
import { SearchSelect } from '../../ui/SearchSelect';

interface Props {
  /** Set when editing a saved activity; a new one (blank or copied) has none. */
  activityId?: string;
  initialValues: ActivityFormValues;
  /**
   * Run once the activity is saved, when the form was opened for something else (a resident's request it
   * serves); returns where to go next instead of the list. It reports its own failures: the activity is saved.
   */
  afterSave?: (saved: ActivityDoc) => Promise<string>;
}

const NOBODY: ReadonlySet<string> = new Set();
const SUMMARY_MAX = 5000;

/**
 * One activity, fillable by keyboard alone: the title has focus, Tab walks the fields in reading order,
 * dates and times can be typed (Enter there confirms the date or time), the title and place offer earlier
 * entries, Enter in the participant search adds the highlighted person, and Enter in a text field or
 * Ctrl+Enter anywhere saves. The repository is the final judge; its refusals land on the fields they
 * concern.
 */
export function ActivityForm({ activityId, initialValues, afterSave }: Props) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const ledger = useLedger();
  const navigate = useNavigate();
  const catalog = useCatalog();
  const lookups = useTeamsAndProjects();
  const [form] = Form.useForm<ActivityFormValues>();
  const volunteers = useVolunteersInNameOrder();
  const [overflowIds, setOverflowIds] = useState<ReadonlySet<string>>(NOBODY);
  const [saving, setSaving] = useState(false);
  // Ten participants with their hours are half an hour's work: leaving asks first (see useUnsavedWorkGuard).
  const guard = useUnsavedWorkGuard(() => !sameFormValues(initialValues, form.getFieldsValue(true)));

  const startTime = Form.useWatch('startTime', form) ?? initialValues.startTime;
  const endTime = Form.useWatch('endTime', form) ?? initialValues.endTime;
  const span = spanHours(startTime, endTime);

  const fieldOptions = useServiceFields().options;
  const required = [{ required: true, whitespace: true, message: t('validation.required') }];
  const earlier = useEarlierEntries();
  const [filledFrom, setFilledFrom] = useState<{ title: string; date: string; fields: FilledField[] } | null>(null);

  /** A title picked from earlier activities fills what that activity had, where the form is still empty. */
  const pickTitle = (title: string) => {
    const last = earlier?.latestByTitle.get(title);
    if (!last) return;
    const usable = (field: FilledField, value: string): boolean => {
      if (field === 'projectId') return lookups.projects.some((p) => p.id === value);
      if (field === 'teamId') return lookups.teams.some((team) => team.id === value);
      if (field === 'field') return fieldOptions.some((o) => o.value === value);
      return true;
    };
    const { patch, filled } = fillFromEarlier(form.getFieldsValue(), last, usable);
    if (filled.length === 0) return;
    form.setFieldsValue(patch);
    const all = form.getFieldsValue();
    form.setFieldValue('participants', followTimeSpan(all.participants, all.startTime, all.endTime));
    setFilledFrom({ title, date: last.date, fields: filled });
  };

  /**
   * Ctrl+Enter saves from any box, the write-up included. Caught before the box sees it, so it only
   * saves: it never also takes the person or suggestion an open list happens to highlight.
   */
  const onKeyDownCapture = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    event.stopPropagation();
    form.submit();
  };

  const clearParticipantErrors = () => {
    setOverflowIds(NOBODY);
    form.setFields([{ name: 'participants', errors: [] }]);
  };

  const onValuesChange = (changed: Partial<ActivityFormValues>, all: ActivityFormValues) => {
    if ('startTime' in changed || 'endTime' in changed) {
      form.setFieldValue('participants', followTimeSpan(all.participants, all.startTime, all.endTime));
    }
    if ('participants' in changed || 'date' in changed) clearParticipantErrors();
    if (changed.projectId) {
      // A project usually fixes the field and the team that runs it: fill them if still empty.
      const project = lookups.projects.find((p) => p.id === changed.projectId);
      if (project && !all.field) form.setFieldValue('field', project.field);
      if (project?.ownerTeamId && !all.teamId) form.setFieldValue('teamId', project.ownerTeamId);
    }
  };

  const showOverflow = (error: DailyHoursExceededError) => {
    const names = new Map((volunteers ?? []).map((v) => [v.id, v.name]));
    const lines = dailyOverflowLines(error.overflows, (id) => names.get(id), t('activities.participants.unknownVolunteer'), t);
    setOverflowIds(new Set(error.overflows.map((o) => o.volunteerId)));
    form.setFields([{ name: 'participants', errors: lines }]);
    form.scrollToField('participants');
    void message.error(t('activities.form.overflowNotSaved'));
  };

  const showIssues = (issues: readonly FieldIssue[]) => {
    const unplaced = showIssuesOnForm(form, issues, t);
    const first = issues[0]?.field.split('.')[0];
    if (first && unplaced.length < issues.length) form.scrollToField(first);
    const extra = unplaced.map((i) => t(i.key, i.params ?? {}));
    void message.error([t('common.formHasErrors'), ...extra].join(' '));
  };

  const nameOf = (id: string): string => volunteers?.find((v) => v.id === id)?.name ?? t('activities.participants.unknownVolunteer');

  /** Hours that cannot be right are refused by name; more than the activity lasted is saved only once confirmed. */
  const checkHoursThenSave = (values: ActivityFormValues) => {
    const refused = refusedHours(values.participants, nameOf, t);
    if (refused.lines.length > 0) {
      setOverflowIds(refused.ids);
      form.setFields([{ name: 'participants', errors: refused.lines }]);
      form.scrollToField('participants');
      void message.error(t('common.formHasErrors'));
      return;
    }
    const longer = overSpanLines(values.participants, values, nameOf, t);
    if (longer.length === 0) {
      void save(values);
      return;
    }
    void modal.confirm({
      title: t('validation.typedHours.overSpanTitle'),
      content: (
        <div data-testid="over-span-confirm">
          {longer.map((line) => (
            <div key={line}>{line}</div>
          ))}
          <div style={{ marginTop: 8 }}>{t('validation.typedHours.overSpanHint')}</div>
        </div>
      ),
      okText: t('validation.typedHours.overSpanOk'),
      cancelText: t('validation.typedHours.overSpanCancel'),
      onOk: () => save(values),
    });
  };

  const save = async (values: ActivityFormValues) => {
    setSaving(true);
    try {
      const input = toActivityInput(values);
      const saved = activityId ? await ledger.activities.update(activityId, input) : await ledger.activities.create(input);
      void message.success(t('activities.form.saved', { title: saved.title }));
      guard.allowLeaving();
      void navigate(afterSave ? await afterSave(saved) : listPathForDate(saved.date));
    } catch (error) {
      setSaving(false);
      if (error instanceof DailyHoursExceededError) showOverflow(error);
      else if (error instanceof ValidationError) showIssues(error.issues);
      else void message.error(t('common.saveFailed', { reason: describeSaveError(error, t) }));
    }
  };

  return (
    <Form<ActivityFormValues>
      form={form}
      name="activity"
      layout="vertical"
      initialValues={initialValues}
      onValuesChange={onValuesChange}
      onFinish={checkHoursThenSave}
      onFinishFailed={({ errorFields }) => {
        const first = errorFields[0];
        if (first) form.scrollToField(first.name);
      }}
      requiredMark
      onKeyDownCapture={onKeyDownCapture}
      data-testid="activity-form"
    >
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="title" label={t('activities.fields.title')} rules={required}>
            <EarlierTextInput autoFocus maxLength={100} placeholder={t('activities.form.titlePlaceholder')} options={earlier?.titles} onPick={pickTitle} />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item name="date" label={t('activities.fields.date')} rules={[...required, typedDateRule(t)]}>
            <DateInput placeholder={t('activities.form.datePlaceholder')} />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item name="startTime" label={t('activities.fields.startTime')} rules={[...required, typedTimeRule(t)]} tooltip={t('activities.form.timeHint')}>
            <TimeInput placeholder={t('activities.form.timePlaceholder')} />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item name="endTime" label={t('activities.fields.endTime')} rules={[...required, typedTimeRule(t)]} tooltip={t('activities.form.timeHint')}>
            <TimeInput placeholder={t('activities.form.timePlaceholder')} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={6}>
          <Form.Item name="place" label={t('activities.fields.place')} rules={required}>
            <EarlierTextInput maxLength={100} placeholder={t('activities.form.placePlaceholder')} options={earlier?.places} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="field" label={t('activities.fields.field')} rules={required}>
            <SearchSelect options={fieldOptions} placeholder={t('activities.form.fieldPlaceholder')} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="projectId" label={t('activities.fields.projectId')}>
            <SearchSelect options={lookups.projectOptions} allowClear placeholder={t('activities.form.optional')} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="teamId" label={t('activities.fields.teamId')}>
            <SearchSelect options={lookups.teamOptions} allowClear placeholder={t('activities.form.optional')} />
          </Form.Item>
        </Col>
      </Row>
      {filledFrom ? (
        <Alert
          type="info"
          showIcon
          closable
          onClose={() => setFilledFrom(null)}
          style={{ marginBottom: 16 }}
          data-testid="filled-from-earlier"
          title={t('activities.form.filledFromEarlier', {
            title: filledFrom.title,
            date: filledFrom.date,
            fields: filledFrom.fields.map((f) => t(`activities.fields.${f}`)).join(t('activities.form.listSeparator')),
          })}
        />
      ) : null}
      {/* Right after the essentials, so the keyboard reaches it without passing the optional boxes. */}
      <Form.Item name="participants" label={t('activities.fields.participants')}>
        <ParticipantsField volunteers={volunteers} teamOptions={lookups.teamOptions} span={span} overflowIds={overflowIds} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="theme" label={t('activities.fields.theme')}>
            <Input maxLength={100} placeholder={t('activities.form.themePlaceholder')} />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item name="servedCount" label={t('activities.fields.servedCount')}>
            {/* No min or precision: antd would quietly turn -3 into 0 and 2.5 into 3; the save refuses them by name. */}
            <InputNumber<number> style={{ width: '100%' }} suffix={t('common.peopleUnit')} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="servedGroups" label={t('activities.fields.servedGroups')}>
            <Select
              mode="multiple"
              options={catalog.servedGroups.options}
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('activities.form.servedGroupsPlaceholder')}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="summary" label={t('activities.fields.summary')}>
        <Input.TextArea rows={3} maxLength={SUMMARY_MAX} showCount placeholder={t('activities.form.summaryPlaceholder')} />
      </Form.Item>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={saving} data-testid="save-button">
          {t('common.actions.save')}
        </Button>
        <Button onClick={() => void navigate(activityId ? listPathForDate(initialValues.date) : '/activities')}>{t('common.actions.cancel')}</Button>
        <Typography.Text type="secondary" style={{ alignSelf: 'center' }}>
          {t('activities.form.saveShortcut')}
        </Typography.Text>
      </Flex>
    </Form>
  );
}
