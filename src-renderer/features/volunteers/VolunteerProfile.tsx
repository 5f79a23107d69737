import { Card, Descriptions, Tag } from 'antd';
import type { DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../domain/dates';
import type { VolunteerDoc } from '../../domain/entities/volunteer';
import { useCatalog } from '../../ui/useCatalog';
import { ageOn } from './age';
import { useTeamNames } from './useVolunteerData';

/** The person's own page: full ID number and phone are shown here, and only here. */
export function VolunteerProfile({ volunteer: v }: { volunteer: VolunteerDoc }) {
  const { t } = useTranslation();
  const catalog = useCatalog();
  const teamNames = useTeamNames();
  const age = ageOn(v.birthDate, todayIso());
  const none = t('common.none');
  const teams = v.teamIds.flatMap((id) => teamNames.get(id) ?? []);

  const items: DescriptionsProps['items'] = [
    { key: 'gender', label: t('volunteers.fields.gender'), children: catalog.gender.label(v.gender) },
    {
      key: 'birthDate',
      label: t('volunteers.fields.birthDate'),
      children: v.birthDate === '' ? none : `${v.birthDate}${age === null ? '' : `（${t('volunteers.ageValue', { age })}）`}`,
    },
    { key: 'idType', label: t('volunteers.fields.idType'), children: catalog.idType.label(v.idType) },
    {
      key: 'idNumber',
      label: t('volunteers.fields.idNumber'),
      children: <span data-testid="volunteer-id-number">{v.idNumber}</span>,
    },
    { key: 'phone', label: t('volunteers.fields.phone'), children: v.phone === '' ? none : v.phone },
    { key: 'politicalStatus', label: t('volunteers.fields.politicalStatus'), children: catalog.political.label(v.politicalStatus) },
    { key: 'joinDate', label: t('volunteers.fields.joinDate'), children: v.joinDate },
    { key: 'volunteerNo', label: t('volunteers.fields.volunteerNo'), children: v.volunteerNo === '' ? none : v.volunteerNo },
    { key: 'teams', label: t('volunteers.fields.teamIds'), span: 2, children: teams.length === 0 ? none : teams.join('、') },
    {
      key: 'skills',
      label: t('volunteers.fields.skills'),
      span: 2,
      children: v.skills.length === 0 ? none : v.skills.map((skill) => <Tag key={skill}>{skill}</Tag>),
    },
    { key: 'notes', label: t('volunteers.fields.notes'), span: 2, children: v.notes === '' ? none : v.notes },
  ];

  return (
    <Card title={t('volunteers.detail.profile')} size="small">
      <Descriptions column={2} size="small" items={items} styles={{ label: { width: 96 } }} />
    </Card>
  );
}
