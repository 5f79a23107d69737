import { Form, Input, Rate } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLedger } from '../../app/LedgerContext';
import { MAX_RATING } from '../../domain/requests/requestFlow';
import { REMARK_MAX } from '../../records/request/shape';
import { StepDialog } from './StepDialog';

interface RateValues {
  rating: number;
  remark: string;
}

/** 评价: the resident's 1–5 stars (no star chosen is refused on the stars) and their remark. */
export function RateDialog({ requestId, onClose }: { requestId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const ledger = useLedger();
  return (
    <StepDialog<RateValues>
      action="rate"
      title={t('requests.rate.title')}
      hint={t('requests.rate.hint')}
      initialValues={{ rating: 0, remark: '' }}
      run={(v) => ledger.requests.apply(requestId, { type: 'rate', rating: v.rating, remark: v.remark })}
      onClose={onClose}
    >
      <Form.Item name="rating" label={t('requests.fields.rating')} required>
        <Rate count={MAX_RATING} autoFocus keyboard data-testid="step-rating" />
      </Form.Item>
      <Form.Item name="remark" label={t('requests.fields.remark')}>
        <Input.TextArea maxLength={REMARK_MAX} autoSize={{ minRows: 2, maxRows: 4 }} placeholder={t('requests.rate.remarkPlaceholder')} data-testid="step-remark" />
      </Form.Item>
    </StepDialog>
  );
}
