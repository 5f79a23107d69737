import { App, Form, Modal, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ValidationError } from '../../data/errors';
import { requestActionKey, type RequestActionType } from '../../domain/requests/requestStates';
import type { RequestDoc } from '../../records/request/shape';
import { describeSaveError } from '../../ui/errorMessage';
import { showIssuesOnForm } from '../../ui/formIssues';

interface Props<Values extends object> {
  action: RequestActionType;
  title: string;
  hint: string;
  initialValues: Values;
  /** Takes the step; a ValidationError's issues land on the dialog's boxes. */
  run: (values: Values) => Promise<RequestDoc>;
  onClose: () => void;
  /** Other buttons beside OK and Cancel (办结's 新建活动). */
  extraFooter?: ReactNode;
  children: ReactNode;
}

/**
 * One step of a request in a dialog: its boxes, OK to take it. The state machine judges (a reason left
 * blank, nobody chosen); its refusal is shown on the box it concerns and nothing is saved.
 */
export function StepDialog<Values extends object>({ action, title, hint, initialValues, run, onClose, extraFooter, children }: Props<Values>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);

  async function take() {
    setSaving(true);
    try {
      await run(form.getFieldsValue(true) as Values);
      void message.success(t('requests.detail.actionDone', { action }));
      onClose();
    } catch (error) {
      if (error instanceof ValidationError) {
        const unplaced = showIssuesOnForm(form, error.issues, t);
        if (unplaced.length > 0) void message.error(unplaced.map((i) => t(i.key, i.params ?? {})).join(' '));
      } else {
        void message.error(t('common.saveFailed', { reason: describeSaveError(error, t) }));
      }
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open
      title={title}
      okText={t(requestActionKey(action))}
      cancelText={t('common.actions.cancel')}
      confirmLoading={saving}
      onOk={() => void take()}
      onCancel={onClose}
      destroyOnHidden
      footer={(buttons) => (
        <>
          {extraFooter}
          {buttons}
        </>
      )}
      okButtonProps={{ 'data-testid': 'step-ok' }}
    >
      <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>
      <Form<Values> form={form} name={`step_${action}`} layout="vertical" initialValues={initialValues} onFinish={() => void take()} data-testid={`step-${action}`}>
        {children}
      </Form>
    </Modal>
  );
}
