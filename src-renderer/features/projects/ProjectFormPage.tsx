import { App, Button, Card, Col, Flex, Form, Input, Radio, Result, Row, Select, Spin } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { from, of } from 'rxjs';
import { useLedger } from '../../app/LedgerContext';
import { ValidationError } from '../../data/errors';
import { PROJECT_STATUSES } from '../../domain/catalog';
import type { ProjectDoc } from '../../domain/entities/project';
import { describeSaveError } from '../../ui/errorMessage';
import { showIssuesOnForm } from '../../ui/formIssues';
import { PageHeader } from '../../ui/PageHeader';
import { DateInput } from '../../ui/typedInputs/DateInput';
import { typedDateRule } from '../../ui/typedInputs/typedRules';
import { sameFormValues } from '../../ui/unsavedWork/sameValues';
import { LEAVE_WITHOUT_ASKING, useUnsavedWorkGuard } from '../../ui/unsavedWork/useUnsavedWorkGuard';
import { useCatalog } from '../../ui/useCatalog';
import { useObservable } from '../../ui/useObservable';
import { optionsWithCurrent } from '../teams/fieldOptions';
import { DeleteProjectButton } from './DeleteProjectButton';
import { newProjectForm, projectFormFromDoc, toProjectInput, type ProjectFormValues } from './projectForm';
import { useServiceFields } from '../../ui/useServiceFields';
import { SearchSelect } from '../../ui/SearchSelect';

/** /projects/new and /projects/:id/edit; the form mounts once the record has loaded. */
export function ProjectFormPage() {
  const { t } = useTranslation();
  const ledger = useLedger();
  const navigate = useNavigate();
  const { id } = useParams();
  const loaded = useObservable(useMemo(() => (id ? from(ledger.projects.get(id)) : of(undefined)), [ledger, id]));
  if (id && loaded === undefined) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  if (id && loaded === null) {
    return (
      <Result
        status="404"
        title={t('common.notFound')}
        extra={<Button onClick={() => void navigate('/projects')}>{t('projects.form.backToList')}</Button>}
      />
    );
  }
  return <ProjectForm key={id ?? 'new'} project={loaded ?? undefined} />;
}

function ProjectForm({ project }: { project: ProjectDoc | undefined }) {
  const { t } = useTranslation();
  const ledger = useLedger();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const catalog = useCatalog();
  const [form] = Form.useForm<ProjectFormValues>();
  const [saving, setSaving] = useState(false);
  const initialValues = useMemo(() => (project ? projectFormFromDoc(project) : newProjectForm(dayjs())), [project]);
  const guard = useUnsavedWorkGuard(() => !sameFormValues(initialValues, form.getFieldsValue(true)));
  const field = Form.useWatch('field', form);
  const teams = useObservable(useMemo(() => ledger.teams.all$(), [ledger]));
  const serviceFields = useServiceFields();
  const fieldOptions = useMemo(() => optionsWithCurrent(serviceFields.options, field), [serviceFields, field]);
  const ownerTeamId = Form.useWatch('ownerTeamId', form);
  const teamOptions = useMemo(() => {
    const options = (teams ?? []).map((team) => ({ value: team.id, label: team.name }));
    // A team deleted since keeps its id on the project; say so instead of showing the raw id.
    if (teams && ownerTeamId && !options.some((o) => o.value === ownerTeamId)) {
      options.push({ value: ownerTeamId, label: t('projects.form.deletedTeam') });
    }
    return options;
  }, [teams, ownerTeamId, t]);

  async function save(values: ProjectFormValues) {
    setSaving(true);
    try {
      const input = toProjectInput(values);
      const saved = project ? await ledger.projects.update(project.id, input) : await ledger.projects.create(input);
      void message.success(t('projects.form.saved', { name: saved.name }));
      guard.allowLeaving();
      void navigate('/projects');
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

  const required = { required: true, message: t('validation.required') };
  return (
    <>
      <PageHeader
        title={project ? t('projects.form.editTitle') : t('projects.form.newTitle')}
        testId="page-project-form"
        extra={project ? <DeleteProjectButton id={project.id} name={project.name} onDeleted={() => void navigate('/projects', LEAVE_WITHOUT_ASKING)} /> : null}
      />
      <Card style={{ maxWidth: 960 }}>
        <Form<ProjectFormValues> form={form} name="project" layout="vertical" initialValues={initialValues} onFinish={(v) => void save(v)} scrollToFirstError={{ block: 'center' }}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="name" label={t('projects.fields.name')} rules={[{ ...required, whitespace: true }]}>
                <Input autoFocus maxLength={80} placeholder={t('projects.form.namePlaceholder')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="field" label={t('projects.fields.field')} rules={[required]}>
                <SearchSelect options={fieldOptions} placeholder={t('projects.form.fieldPlaceholder')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              {/* The domain keeps '' for "no team"; the Select wants undefined to show its placeholder. */}
              <Form.Item
                name="ownerTeamId"
                label={t('projects.fields.ownerTeam')}
                getValueProps={(value: string | undefined) => ({ value: value || undefined })}
                normalize={(value: string | undefined) => value ?? ''}
              >
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  allowClear
                  loading={teams === undefined}
                  options={teamOptions}
                  placeholder={t('projects.form.teamPlaceholder')}
                  notFoundContent={t('projects.form.noTeams')}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="startDate" label={t('projects.fields.startDate')} rules={[required, typedDateRule(t)]}>
                <DateInput placeholder={t('projects.form.datePlaceholder')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="endDate" label={t('projects.fields.endDate')} extra={t('projects.form.endDateHelp')} rules={[typedDateRule(t)]}>
                <DateInput placeholder={t('projects.form.datePlaceholder')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="status" label={t('projects.fields.status')} rules={[required]}>
                <Radio.Group
                  optionType="button"
                  options={PROJECT_STATUSES.map((s) => ({ value: s, label: catalog.projectStatus.label(s) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="brand" label={t('projects.fields.brand')} extra={t('projects.form.brandHelp')}>
                <Input maxLength={200} placeholder={t('projects.form.brandPlaceholder')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="awards" label={t('projects.fields.awards')}>
                <Input maxLength={500} placeholder={t('projects.form.awardsPlaceholder')} />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="description" label={t('projects.fields.description')}>
                <Input.TextArea maxLength={2000} autoSize={{ minRows: 3, maxRows: 8 }} placeholder={t('projects.form.descriptionPlaceholder')} />
              </Form.Item>
            </Col>
          </Row>
          <Flex gap={8} justify="flex-end">
            <Button onClick={() => void navigate('/projects')}>{t('common.actions.cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={saving} data-testid="save-button">
              {t('common.actions.save')}
            </Button>
          </Flex>
        </Form>
      </Card>
    </>
  );
}
