import { DeleteOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeSaveError } from './errorMessage';
import { useUndoableDelete, type Deletable } from './useUndoableDelete';

export interface UndoableDeleteButtonProps<Doc> {
  repository: Deletable<Doc>;
  id: string;
  name: string;
  /** What the keeper keeps after the delete, said in the confirmation. */
  description: string;
  onDeleted?: () => void;
  size?: 'small';
}

/** 删除 behind a confirmation; the notice that follows offers 撤销. */
export function UndoableDeleteButton<Doc>({ repository, id, name, description, onDeleted, size }: UndoableDeleteButtonProps<Doc>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const remove = useUndoableDelete(repository);
  return (
    <Popconfirm
      title={t('common.confirmDelete', { name })}
      description={description}
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
