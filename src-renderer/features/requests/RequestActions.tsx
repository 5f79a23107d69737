import { App, Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLedger } from '../../app/LedgerContext';
import { ValidationError } from '../../data/errors';
import { actionsFrom, requestActionKey, type RequestActionType } from '../../domain/requests/requestStates';
import type { RequestDoc } from '../../records/request/shape';
import { describeSaveError } from '../../ui/errorMessage';
import { CloseDialog } from './CloseDialog';
import { DispatchDialog } from './DispatchDialog';
import { RateDialog } from './RateDialog';
import { ReasonDialog } from './ReasonDialog';

/** The steps that move a request on; the others (refuse, cancel, reassign) are plain buttons beside them. */
const FORWARD: ReadonlySet<RequestActionType> = new Set(['dispatch', 'accept', 'close', 'rate']);

/**
 * The buttons of the steps the request's state allows (actionsFrom), each opening its dialog; 接单 needs
 * nothing more and is taken at once.
 */
export function RequestActions({ request }: { request: RequestDoc }) {
  const { t } = useTranslation();
  const ledger = useLedger();
  const { message } = App.useApp();
  const [open, setOpen] = useState<RequestActionType | null>(null);
  const actions = actionsFrom(request.state);
  const close = () => setOpen(null);

  async function accept() {
    try {
      await ledger.requests.apply(request.id, { type: 'accept' });
      void message.success(t('requests.detail.actionDone', { action: 'accept' }));
    } catch (error) {
      const reason = error instanceof ValidationError ? error.issues.map((i) => t(i.key, i.params ?? {})).join(' ') : describeSaveError(error, t);
      void message.error(reason);
    }
  }

  if (actions.length === 0) return <Typography.Text type="secondary">{t('requests.detail.noActions')}</Typography.Text>;
  return (
    <>
      <Flex gap={8} wrap>
        {actions.map((action) => (
          <Button
            key={action}
            type={FORWARD.has(action) ? 'primary' : 'default'}
            danger={action === 'refuse'}
            onClick={() => (action === 'accept' ? void accept() : setOpen(action))}
            data-testid={`request-action-${action}`}
          >
            {t(requestActionKey(action))}
          </Button>
        ))}
      </Flex>
      {open === 'dispatch' ? <DispatchDialog requestId={request.id} onClose={close} /> : null}
      {open === 'refuse' || open === 'cancel' || open === 'reassign' ? <ReasonDialog requestId={request.id} action={open} onClose={close} /> : null}
      {open === 'close' ? <CloseDialog request={request} onClose={close} /> : null}
      {open === 'rate' ? <RateDialog requestId={request.id} onClose={close} /> : null}
    </>
  );
}
