import { PlusOutlined } from '@ant-design/icons';
import { Button, Form, Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLedger } from '../../app/LedgerContext';
import { isIsoDate } from '../../domain/dates';
import type { RequestDoc } from '../../records/request/shape';
import { DATE_YEARS } from '../../records/fieldRule';
import { useObservable } from '../../ui/useObservable';
import { optionMatches, searchableOption } from '../activities/selectSearch';
import { newActivityForRequestPath } from './paths';
import { StepDialog } from './StepDialog';

/**
 * 办结: the activity that served the request, among those on or after the day it was asked (newest first);
 * 新建活动 opens the activity form prefilled from the request instead, and saving it closes the request.
 */
export function CloseDialog({ request, onClose }: { request: RequestDoc; onClose: () => void }) {
  const { t } = useTranslation();
  const ledger = useLedger();
  const navigate = useNavigate();
  const from = isIsoDate(request.receivedDate) ? request.receivedDate : `${DATE_YEARS.min}-01-01`;
  const activities = useObservable(useMemo(() => ledger.activities.query$({ from, to: `${DATE_YEARS.max}-12-31` }), [ledger, from]));
  const options = useMemo(
    () => (activities ?? []).map((a) => searchableOption(a.id, t('requests.close.activityOption', { date: a.date, title: a.title }))),
    [activities, t],
  );
  return (
    <StepDialog<{ activityId: string | undefined }>
      action="close"
      title={t('requests.close.title')}
      hint={t('requests.close.hint')}
      initialValues={{ activityId: undefined }}
      run={(v) => ledger.requests.close(request.id, v.activityId ?? '')}
      onClose={onClose}
      extraFooter={
        <Button icon={<PlusOutlined />} onClick={() => void navigate(newActivityForRequestPath(request.id))} data-testid="close-new-activity">
          {t('requests.close.createActivity')}
        </Button>
      }
    >
      <Form.Item name="activityId" label={t('requests.fields.activityId')} required>
        <Select
          autoFocus
          allowClear
          loading={activities === undefined}
          options={options}
          showSearch={{ filterOption: optionMatches }}
          placeholder={t('requests.close.activityPlaceholder')}
          data-testid="close-activity"
        />
      </Form.Item>
    </StepDialog>
  );
}
