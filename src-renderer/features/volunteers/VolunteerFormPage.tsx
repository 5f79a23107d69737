import { Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { todayIso } from '../../domain/dates';
import type { VolunteerDoc } from '../../domain/entities/volunteer';
import { PageHeader } from '../../ui/PageHeader';
import { formValuesFromVolunteer, newVolunteerFormValues } from './formValues';
import { volunteerPath, VOLUNTEERS_PATH } from './paths';
import { useVolunteer } from './useVolunteerData';
import { VolunteerForm } from './VolunteerForm';
import { VolunteerNotFound } from './VolunteerNotFound';

export function VolunteerCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [initial] = useState(() => newVolunteerFormValues(todayIso()));
  return (
    <>
      <PageHeader title={t('volunteers.form.createTitle')} testId="page-volunteer-form" />
      <VolunteerForm
        initial={initial}
        onSaved={(saved: VolunteerDoc, next) => {
          if (!next) void navigate(volunteerPath(saved.id), { replace: true });
        }}
        onCancel={() => void navigate(VOLUNTEERS_PATH)}
      />
    </>
  );
}

export function VolunteerEditPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useParams().id ?? '';
  const volunteer = useVolunteer(id);
  if (volunteer === undefined) return <Spin />;
  if (volunteer === null) return <VolunteerNotFound />;
  return (
    <>
      <PageHeader title={t('volunteers.form.editTitle', { name: volunteer.name })} testId="page-volunteer-form" />
      {/* antd reads initialValues once: the form keeps what it opened with while the record updates behind it. */}
      <VolunteerForm
        key={id}
        volunteerId={id}
        initial={formValuesFromVolunteer(volunteer)}
        onSaved={() => void navigate(volunteerPath(id), { replace: true })}
        onCancel={() => void navigate(volunteerPath(id))}
      />
    </>
  );
}
