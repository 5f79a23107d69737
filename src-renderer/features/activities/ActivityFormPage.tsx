import { CopyOutlined, DeleteOutlined } from '@ant-design/icons';
import { Alert, App, Button, Popconfirm, Result, Spin } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { defer } from 'rxjs';
import { useLedger } from '../../app/LedgerContext';
import type { Ledger } from '../../data/session';
import { todayIso } from '../../domain/dates';
import { describeSaveError } from '../../ui/errorMessage';
import { PageHeader } from '../../ui/PageHeader';
import { useObservable } from '../../ui/useObservable';
import { LEAVE_WITHOUT_ASKING } from '../../ui/unsavedWork/useUnsavedWorkGuard';
import { useUndoableDelete } from '../../ui/useUndoableDelete';
import { PhotoStrip } from '../photos/PhotoStrip';
import { ActivityPrintButtons } from '../reports/ActivityPrintActions';
import { activityValuesFromRequest } from '../requests/activityFromRequest';
import { FROM_REQUEST_PARAM } from '../requests/paths';
import { FromRequestNotice, useCloseRequestOnSave } from '../requests/useCloseRequestOnSave';
import type { RequestDoc } from '../../records/request/shape';
import { ActivityForm } from './ActivityForm';
import { blankFormValues, copyOfActivity, formValuesFromActivity, type ActivityFormValues } from './formValues';
import { listPathForDate } from './listFilter';

type Loaded =
  | { kind: 'new'; values: ActivityFormValues; copiedFrom: string | null; nothingToCopy: boolean; forRequest?: RequestDoc }
  | { kind: 'edit'; values: ActivityFormValues; title: string }
  | { kind: 'missing' };

async function load(ledger: Ledger, id: string | undefined, copyLast: boolean, requestId: string | null): Promise<Loaded> {
  const today = todayIso();
  if (id !== undefined) {
    const activity = await ledger.activities.get(id);
    return activity ? { kind: 'edit', values: formValuesFromActivity(activity), title: activity.title } : { kind: 'missing' };
  }
  // Opened from a resident's request (办结 → 新建活动): prefilled from it, and saving closes it.
  const forRequest = requestId ? await ledger.requests.get(requestId) : null;
  if (forRequest) return { kind: 'new', values: activityValuesFromRequest(forRequest, blankFormValues(today)), copiedFrom: null, nothingToCopy: false, forRequest };
  if (!copyLast) return { kind: 'new', values: blankFormValues(today), copiedFrom: null, nothingToCopy: false };
  const last = await ledger.activities.latest();
  return last
    ? { kind: 'new', values: copyOfActivity(last, today), copiedFrom: last.title, nothingToCopy: false }
    : { kind: 'new', values: blankFormValues(today), copiedFrom: null, nothingToCopy: true };
}

/**
 * /activities/new (optionally ?copy=last, or ?request=<id> for the request it serves) and /activities/:id/edit. Keyed by the navigation, so asking
 * for a copy again, or for a new form from a new form, starts over even on the same address.
 */
export function ActivityFormPage() {
  const location = useLocation();
  return <ActivityFormScreen key={location.key} />;
}

function ActivityFormScreen() {
  const { t } = useTranslation();
  const ledger = useLedger();
  const navigate = useNavigate();
  const { id } = useParams();
  const [searchParams] = useSearchParams();
  const copyLast = searchParams.get('copy') === 'last';
  const requestId = searchParams.get(FROM_REQUEST_PARAM);
  const loaded = useObservable(useMemo(() => defer(() => load(ledger, id, copyLast, requestId)), [ledger, id, copyLast, requestId]));
  const forRequest = loaded?.kind === 'new' ? loaded.forRequest : undefined;
  const afterSave = useCloseRequestOnSave(forRequest);
  const removeWithUndo = useUndoableDelete(ledger.activities);
  const { message } = App.useApp();

  if (loaded === undefined) return <Spin style={{ display: 'block', marginTop: 48 }} />;
  if (loaded.kind === 'missing') {
    return (
      <Result
        status="404"
        title={t('activities.form.notFound')}
        extra={
          <Button type="primary" onClick={() => void navigate('/activities')}>
            {t('activities.form.backToList')}
          </Button>
        }
      />
    );
  }

  const header =
    loaded.kind === 'edit' ? (
      <PageHeader
        title={t('activities.form.editTitle')}
        testId="page-activity-form"
        extra={
          <>
            {id === undefined ? null : <ActivityPrintButtons activityId={id} />}
            <Popconfirm
              title={t('common.confirmDelete', { name: loaded.title })}
              okText={t('common.actions.delete')}
              okButtonProps={{ danger: true }}
              onConfirm={() => {
                if (id === undefined) return;
                void removeWithUndo(id, loaded.title).then(
                  () => navigate(listPathForDate(loaded.values.date), LEAVE_WITHOUT_ASKING),
                  (error: unknown) => message.error(describeSaveError(error, t)),
                );
              }}
            >
              <Button danger icon={<DeleteOutlined />} data-testid="delete-activity">
                {t('activities.form.delete')}
              </Button>
            </Popconfirm>
          </>
        }
      />
    ) : (
      <PageHeader
        title={t('activities.form.newTitle')}
        testId="page-activity-form"
        extra={
          <Button
            icon={<CopyOutlined />}
            onClick={() => void navigate('/activities/new?copy=last', { replace: copyLast })}
            data-testid="copy-last-activity"
          >
            {t('activities.form.copyLast')}
          </Button>
        }
      />
    );

  return (
    <>
      {header}
      {loaded.kind === 'new' && loaded.copiedFrom !== null ? (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('activities.form.copied', { title: loaded.copiedFrom })} data-testid="copied-notice" />
      ) : null}
      {forRequest ? <FromRequestNotice request={forRequest} /> : null}
      {loaded.kind === 'new' && loaded.nothingToCopy ? (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('activities.form.nothingToCopy')} />
      ) : null}
      <ActivityForm activityId={loaded.kind === 'edit' ? id : undefined} initialValues={loaded.values} afterSave={afterSave} />
      <PhotoStrip owner={loaded.kind === 'edit' && id !== undefined ? { type: 'activity', id } : null} />
    </>
  );
}
