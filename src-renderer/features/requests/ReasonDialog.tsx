import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLedger } from '../../app/LedgerContext';
import { REASON_MAX } from '../../records/request/shape';
import { StepDialog } from './StepDialog';

export type ReasonAction = 'refuse' | 'cancel' | 'reassign';

const TEXTS: Readonly<Record<ReasonAction, { title: string; hint: string }>> = {
  refuse: { title: 'requests.reason.refuseTitle', hint: 'requests.reason.refuseHint' },
  cancel: { title: 'requests.reason.cancelTitle', hint: 'requests.reason.cancelHint' },
  reassign: { title: 'requests.reason.reassignTitle', hint: 'requests.reason.reassignHint' },
};

/**
 * 拒绝 and 取消 end the request and need a reason (the state machine refuses a blank one, shown on the box);
 * 改派 takes one if the keeper gives it.
 */
export function ReasonDialog({ requestId, action, onClose }: { requestId: string; action: ReasonAction; onClose: () => void }) {
  const { t } = useTranslation();
  const ledger = useLedger();
  const optional = action === 'reassign';
  return (
    <StepDialog<{ reason: string }>
      action={action}
      title={t(TEXTS[action].title)}
      hint={t(TEXTS[action].hint)}
      initialValues={{ reason: '' }}
      run={({ reason }) => ledger.requests.apply(requestId, { type: action, reason })}
      onClose={onClose}
    >
      <Form.Item name="reason" label={t('requests.fields.reason')} required={!optional}>
        <Input.TextArea
          autoFocus
          maxLength={REASON_MAX}
          autoSize={{ minRows: 2, maxRows: 4 }}
          placeholder={t(optional ? 'requests.reason.optionalPlaceholder' : 'requests.reason.placeholder')}
          data-testid="step-reason"
        />
      </Form.Item>
    </StepDialog>
  );
}
