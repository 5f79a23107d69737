import { DeleteOutlined, EditOutlined, StopOutlined, UndoOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLedger } from '../../app/LedgerContext';
import type { VolunteerDoc } from '../../domain/entities/volunteer';
import { describeSaveError } from '../../ui/errorMessage';
import { useUndoableDelete } from '../../ui/useUndoableDelete';
import { editVolunteerPath, VOLUNTEERS_PATH } from './paths';

/** Edit, deactivate or reactivate, and delete (with undo) for the volunteer's page. */
export function VolunteerActions({ volunteer: v, sessions }: { volunteer: VolunteerDoc; sessions: number | undefined }) {
  const { t } = useTranslation();
  const ledger = useLedger();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const remove = useUndoableDelete(ledger.volunteers);
  const [busy, setBusy] = useState(false);

  const setActive = async (active: boolean) => {
    setBusy(true);
    try {
      await ledger.volunteers.setActive(v.id, active);
      void message.success(t(active ? 'volunteers.detail.reactivated' : 'volunteers.detail.deactivated', { name: v.name }));
    } catch (error) {
      void message.error(describeSaveError(error, t));
    } finally {
      setBusy(false);
    }
  };

  const deleteVolunteer = async () => {
    // Leave first: the page would otherwise flash "not found" once the record is gone. The undo notice
    // lives with the app, not this page, so it stays on the list.
    void navigate(VOLUNTEERS_PATH);
    try {
      await remove(v.id, v.name);
    } catch (error) {
      void message.error(describeSaveError(error, t));
    }
  };

  const deleteQuestion =
    sessions !== undefined && sessions > 0
      ? t('volunteers.detail.confirmDeleteServed', { name: v.name, count: sessions })
      : t('common.confirmDelete', { name: v.name });

  return (
    <>
      <Button icon={<EditOutlined />} data-testid="edit-button" onClick={() => void navigate(editVolunteerPath(v.id))}>
        {t('common.actions.edit')}
      </Button>
      {v.active ? (
        <Popconfirm title={t('volunteers.detail.confirmDeactivate', { name: v.name })} onConfirm={() => void setActive(false)}>
          <Button icon={<StopOutlined />} loading={busy} data-testid="deactivate-button">
            {t('volunteers.detail.deactivate')}
          </Button>
        </Popconfirm>
      ) : (
        <Button icon={<UndoOutlined />} loading={busy} data-testid="reactivate-button" onClick={() => void setActive(true)}>
          {t('volunteers.detail.reactivate')}
        </Button>
      )}
      <Popconfirm
        title={deleteQuestion}
        okButtonProps={{ danger: true, 'data-testid': 'confirm-delete' }}
        onConfirm={() => void deleteVolunteer()}
        styles={{ root: { maxWidth: 360 } }}
      >
        <Button danger icon={<DeleteOutlined />} data-testid="delete-button">
          {t('common.actions.delete')}
        </Button>
      </Popconfirm>
    </>
  );
}
