import { DeleteOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLedger } from '../../app/LedgerContext';
import { describeSaveError } from '../../ui/errorMessage';
import { useUndoableDelete } from '../../ui/useUndoableDelete';

/**
 * Deleting a team leaves its volunteers alone: their records and hours stay, and undo brings the team
 * back with the same members because their team ids were never touched.
 */
export function DeleteTeamButton({ id, name, onDeleted, size }: { id: string; name: string; onDeleted?: () => void; size?: 'small' }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const ledger = useLedger();
  const remove = useUndoableDelete(ledger.teams);
  return (
    <Popconfirm
      title={t('common.confirmDelete', { name })}
      description={t('teams.delete.membersKept')}
      okText={t('common.actions.delete')}
      cancelText={t('common.actions.cancel')}
      okButtonProps={{ danger: true }}
      onConfirm={() =>
        void remove(id, name).then(
          () => onDeleted?.(),
          (error: unknown) => void message.error(describeSaveError(error, t)),
        )
      }
    >
      <Button danger size={size} icon={<DeleteOutlined />} data-testid="delete-button">
        {t('common.actions.delete')}
      </Button>
    </Popconfirm>
  );
}
