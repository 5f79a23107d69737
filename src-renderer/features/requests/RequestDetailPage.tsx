import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Descriptions, Flex, Popconfirm, Rate, Result, Row, Spin } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useLedger } from '../../app/LedgerContext';
import { todayIso } from '../../domain/dates';
import { isOverdue, MAX_RATING } from '../../domain/requests/requestFlow';
import { describeSaveError } from '../../ui/errorMessage';
import { PageHeader } from '../../ui/PageHeader';
import { PhotoStrip } from '../photos/PhotoStrip';
import { useObservable } from '../../ui/useObservable';
import { useServiceFields } from '../../ui/useServiceFields';
import { useUndoableDelete } from '../../ui/useUndoableDelete';
import { editRequestPath, REQUESTS_PATH } from './paths';
import { RequestActions } from './RequestActions';
import { RequestHistory } from './RequestHistory';
import { OverdueTag, RequestStateTag, SourceTag, UrgencyTag } from './RequestStateTag';
import { useActivityTitles } from './useActivityTitles';
import { useNameLookup } from './useNameLookup';

/**
 * /requests/:id: what was asked and by whom (the full phone only here, never in lists), where it stands,
 * the buttons of the steps its state allows, and every step it took.
 */
export function RequestDetailPage() {
  const { t } = useTranslation();
  const ledger = useLedger();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const request = useObservable(useMemo(() => ledger.requests.one$(id), [ledger, id]));
  const names = useNameLookup();
  const fields = useServiceFields();
  const activityIds = useMemo(() => [request?.activityId ?? '', ...(request?.history ?? []).map((h) => h.activityId ?? '')], [request]);
  const activityTitle = useActivityTitles(activityIds);
  const removeWithUndo = useUndoableDelete(ledger.requests);
  const today = useMemo(() => todayIso(), []);

  if (request === undefined || names === undefined) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  if (request === null) {
    return <Result status="404" title={t('requests.detail.notFound')} extra={<Button onClick={() => void navigate(REQUESTS_PATH)}>{t('requests.form.backToList')}</Button>} />;
  }

  const assignees = [request.teamId ? names.team(request.teamId) : '', ...request.volunteerIds.map((v) => names.volunteer(v))].filter((s) => s !== '');
  const header = (
    <PageHeader
      title={t('requests.detail.title')}
      testId="page-request"
      extra={
        <>
          <Button icon={<EditOutlined />} onClick={() => void navigate(editRequestPath(request.id))} data-testid="edit-request">
            {t('requests.detail.edit')}
          </Button>
          <Popconfirm
            title={t('requests.detail.deleteConfirm', { name: request.residentName })}
            okText={t('common.actions.delete')}
            okButtonProps={{ danger: true }}
            onConfirm={() =>
              void removeWithUndo(request.id, request.residentName).then(
                () => navigate(REQUESTS_PATH),
                (error: unknown) => message.error(describeSaveError(error, t)),
              )
            }
          >
            <Button danger icon={<DeleteOutlined />} data-testid="delete-request">
              {t('requests.detail.delete')}
            </Button>
          </Popconfirm>
        </>
      }
    />
  );

  return (
    <>
      {header}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <Card size="small">
            <Descriptions column={2} size="small" data-testid="request-details">
              <Descriptions.Item label={t('requests.fields.residentName')}>{request.residentName}</Descriptions.Item>
              <Descriptions.Item label={t('requests.fields.villageGroup')}>{request.villageGroup}</Descriptions.Item>
              <Descriptions.Item label={t('requests.fields.phone')}>{request.phone}</Descriptions.Item>
              <Descriptions.Item label={t('requests.fields.field')}>{fields.label(request.field)}</Descriptions.Item>
              <Descriptions.Item label={t('requests.fields.need')} span={2}>
                <Flex gap={4} align="center">
                  <UrgencyTag urgency={request.urgency} />
                  <span data-testid="request-need">{request.need}</span>
                </Flex>
              </Descriptions.Item>
              <Descriptions.Item label={t('requests.fields.receivedDate')}>{request.receivedDate}</Descriptions.Item>
              <Descriptions.Item label={t('requests.fields.wantedDate')}>
                <Flex gap={4} align="center">
                  {request.wantedDate}
                  {isOverdue(request, today) ? <OverdueTag /> : null}
                </Flex>
              </Descriptions.Item>
              <Descriptions.Item label={t('requests.fields.state')}>
                <Flex gap={4} align="center">
                  <RequestStateTag state={request.state} />
                  <SourceTag request={request} />
                </Flex>
              </Descriptions.Item>
              <Descriptions.Item label={t('requests.fields.assignee')}>
                <span data-testid="request-assignee">{assignees.join('、')}</span>
              </Descriptions.Item>
              {request.activityId !== '' ? (
                <Descriptions.Item label={t('requests.fields.activityId')} span={2}>
                  <Flex gap={8} align="center">
                    <Link to={`/activities/${encodeURIComponent(request.activityId)}/edit`} data-testid="request-activity">
                      {activityTitle(request.activityId)}
                    </Link>
                    {request.doneDate}
                  </Flex>
                </Descriptions.Item>
              ) : null}
              {request.rating > 0 ? (
                <Descriptions.Item label={t('requests.fields.rating')} span={2}>
                  <Flex gap={8} align="center" data-testid="request-rating">
                    <Rate disabled count={MAX_RATING} value={request.rating} />
                    {request.ratingRemark}
                  </Flex>
                </Descriptions.Item>
              ) : null}
              {request.endReason !== '' ? (
                <Descriptions.Item label={t('requests.fields.endReason')} span={2}>
                  {request.endReason}
                </Descriptions.Item>
              ) : null}
            </Descriptions>
            <div style={{ marginTop: 16 }}>
              <RequestActions request={request} />
            </div>
          </Card>
          <div style={{ marginTop: 16 }}>
            <PhotoStrip owner={{ type: 'request', id: request.id }} />
          </div>
        </Col>
        <Col xs={24} lg={9}>
          <Card size="small" title={t('requests.detail.history')}>
            <RequestHistory request={request} names={names} activityTitle={activityTitle} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
