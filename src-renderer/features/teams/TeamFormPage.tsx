import { App, Button, Card, Col, Flex, Form, Input, Result, Row, Spin } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { from, of } from 'rxjs';
import { useLedger } from '../../app/LedgerContext';
import { ValidationError } from '../../data/errors';
import type { Ledger } from '../../data/session';
import { describeSaveError } from '../../ui/errorMessage';
import { showIssuesOnForm } from '../../ui/formIssues';
import { PageHeader } from '../../ui/PageHeader';
import { sameFormValues } from '../../ui/unsavedWork/sameValues';
import { useUnsavedWorkGuard } from '../../ui/unsavedWork/useUnsavedWorkGuard';
import { useObservable } from '../../ui/useObservable';
import { useVolunteersInNameOrder } from '../../ui/volunteersInNameOrder';
import { VolunteerSelect } from '../../ui/VolunteerSelect';
import { DateInput } from '../../ui/typedInputs/DateInput';
import { typedDateRule } from '../../ui/typedInputs/typedRules';
import { optionsWithCurrent } from './fieldOptions';
import { memberChanges, membersWithLeader, newTeamForm, teamFormFromDoc, toTeamInput, type TeamFormValues } from './teamForm';
import { useServiceFields } from '../../ui/useServiceFields';
import { SearchSelect } from '../../ui/SearchSelect';

interface LoadedTeam {
  id: string | undefined;
  values: TeamFormValues;
  memberIds: string[];
}

async function loadTeam(ledger: Ledger, id: string): Promise<LoadedTeam | null> {
  const [team, members] = await Promise.all([ledger.teams.get(id), ledger.volunteers.membersOf(id)]);
  if (!team) return null;
  const memberIds = members.map((m) => m.id);
  return { id, values: teamFormFromDoc(team, memberIds), memberIds };
}

/** /teams/new and /teams/:id/edit. The form mounts once the record has loaded, so its initial values are right. */
export function TeamFormPage() {
  const { t } = useTranslation();
  const ledger = useLedger();
  const { id } = useParams();
  const loaded = useObservable(
    useMemo(() => (id ? from(loadTeam(ledger, id)) : of<LoadedTeam>({ id: undefined, values: newTeamForm(), memberIds: [] })), [ledger, id]),
  );
  const navigate = useNavigate();

  if (loaded === undefined) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  if (loaded === null) {
    return (
      <Result
        status="404"
        title={t('common.notFound')}
        extra={<Button onClick={() => void navigate('/teams')}>{t('teams.form.backToList')}</Button>}
      />
    );
  }
  return <TeamForm key={id ?? 'new'} loaded={loaded} />;
}

function TeamForm({ loaded }: { loaded: LoadedTeam }) {
  const { t } = useTranslation();
  const ledger = useLedger();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<TeamFormValues>();
  const [saving, setSaving] = useState(false);
  const guard = useUnsavedWorkGuard(() => !sameFormValues(loaded.values, form.getFieldsValue(true)));
  // After a create whose member step failed, the next save must update that team, not make a second one.
  const [teamId, setTeamId] = useState(loaded.id);
  const field = Form.useWatch('field', form);
  const leaderId = Form.useWatch('leaderId', form);
  const volunteers = useVolunteersInNameOrder();
  const serviceFields = useServiceFields();
  const fieldOptions = useMemo(() => optionsWithCurrent(serviceFields.options, field), [serviceFields, field]);

  async function save(values: TeamFormValues) {
    setSaving(true);
    try {
      const input = toTeamInput(values);
      const team = teamId ? await ledger.teams.update(teamId, input) : await ledger.teams.create(input);
      setTeamId(team.id);
      const wanted = membersWithLeader(values.memberIds, values.leaderId);
      await ledger.volunteers.setTeamMembers(team.id, wanted);
      const changes = memberChanges(loaded.memberIds, wanted);
      void message.success(t('teams.form.saved', { name: team.name, added: changes.added.length, removed: changes.removed.length }));
      guard.allowLeaving();
      void navigate(`/teams/${encodeURIComponent(team.id)}`);
    } catch (error) {
      if (error instanceof ValidationError) {
        showIssuesOnForm(form, error.issues, t);
        void message.error(t('common.formHasErrors'));
      } else {
        // The form stays as typed (the members the keeper chose are not lost); saving again updates the
        // team just created, which teamId now names.
        void message.error(t('common.saveFailed', { reason: describeSaveError(error, t) }));
      }
    } finally {
      setSaving(false);
    }
  }

  const title = loaded.id ? t('teams.form.editTitle') : t('teams.form.newTitle');
  return (
    <>
      <PageHeader title={title} testId="page-team-form" />
      <Card style={{ maxWidth: 960 }}>
        <Form<TeamFormValues> form={form} name="team" layout="vertical" initialValues={loaded.values} onFinish={(v) => void save(v)} scrollToFirstError={{ block: 'center' }}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="name" label={t('teams.fields.name')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
                <Input autoFocus maxLength={50} placeholder={t('teams.form.namePlaceholder')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="field" label={t('teams.fields.field')} rules={[{ required: true, message: t('validation.required') }]}>
                <SearchSelect options={fieldOptions} placeholder={t('teams.form.fieldPlaceholder')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="foundedDate" label={t('teams.fields.foundedDate')} rules={[typedDateRule(t)]}>
                <DateInput placeholder={t('teams.form.datePlaceholder')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="leaderId" label={t('teams.fields.leader')} extra={t('teams.form.leaderHelp')}>
                <VolunteerSelect volunteers={volunteers} placeholder={t('teams.form.leaderPlaceholder')} />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item
                name="memberIds"
                label={t('teams.fields.members')}
                extra={leaderId ? t('teams.form.membersHelpWithLeader') : t('teams.form.membersHelp')}
              >
                <VolunteerSelect mode="multiple" volunteers={volunteers} placeholder={t('teams.form.membersPlaceholder')} />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="description" label={t('teams.fields.description')}>
                <Input.TextArea maxLength={1000} autoSize={{ minRows: 3, maxRows: 8 }} placeholder={t('teams.form.descriptionPlaceholder')} />
              </Form.Item>
            </Col>
          </Row>
          <Flex gap={8} justify="flex-end">
            <Button onClick={() => void navigate(loaded.id ? `/teams/${encodeURIComponent(loaded.id)}` : '/teams')}>{t('common.actions.cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={saving} data-testid="save-button">
              {t('common.actions.save')}
            </Button>
          </Flex>
        </Form>
      </Card>
    </>
  );
}
