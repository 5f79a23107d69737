import { FileProtectOutlined } from '@ant-design/icons';
import { Button, Col, Flex, Row, Spin } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../ui/PageHeader';
import { newCertificatePath } from '../certificates/paths';
import { VolunteerHonoursCard } from '../honours/VolunteerHonoursCard';
import { useVolunteerShifts } from '../duty/useVolunteerShifts';
import { volunteerHoursWithDuty } from './serviceHours';
import { useVolunteer, useVolunteerActivities } from './useVolunteerData';
import { VolunteerActions } from './VolunteerActions';
import { VolunteerActivitiesCard } from './VolunteerActivitiesCard';
import { VolunteerHoursCard } from './VolunteerHoursCard';
import { VolunteerNotFound } from './VolunteerNotFound';
import { VolunteerProfile } from './VolunteerProfile';
import { VolunteerStatusTag } from './VolunteerStatusTag';

export function VolunteerDetailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useParams().id ?? '';
  const volunteer = useVolunteer(id);
  const activities = useVolunteerActivities(id);
  const shifts = useVolunteerShifts(id);
  // Duty shifts count in the hours (and so in the stars); the sessions stay the activities'.
  const hours = useMemo(() => volunteerHoursWithDuty(activities ?? [], shifts ?? [], id), [activities, shifts, id]);
  const loadingHours = activities === undefined || shifts === undefined;

  if (volunteer === undefined) return <Spin />;
  if (volunteer === null) return <VolunteerNotFound />;
  return (
    <>
      <PageHeader
        testId="page-volunteer-detail"
        title={
          <Flex align="center" gap={8}>
            <span data-testid="volunteer-name">{volunteer.name}</span>
            <VolunteerStatusTag active={volunteer.active} />
          </Flex>
        }
        extra={
          <>
            <Button icon={<FileProtectOutlined />} data-testid="issue-certificate" onClick={() => void navigate(newCertificatePath(volunteer.id))}>
              {t('volunteers.detail.issueCertificate')}
            </Button>
            <VolunteerActions volunteer={volunteer} sessions={activities === undefined ? undefined : hours.sessions} />
          </>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          <VolunteerProfile volunteer={volunteer} />
        </Col>
        <Col xs={24} xl={9}>
          <Flex vertical gap={16}>
            <VolunteerHoursCard hours={hours} loading={loadingHours} />
            <VolunteerHonoursCard volunteerId={id} totalHours={loadingHours ? undefined : hours.hours} />
          </Flex>
        </Col>
        <Col span={24}>
          <VolunteerActivitiesCard volunteerId={id} activities={activities} />
        </Col>
      </Row>
    </>
  );
}
