import { App, Form, Input, Modal, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLedger } from '../../app/LedgerContext';
import type { DutyPostDoc, DutyPostInput } from '../../records/dutyPost/shape';
import { useServiceFields } from '../../ui/useServiceFields';
import { saveErrorText } from './saveIssues';
import { SearchSelect } from '../../ui/SearchSelect';

/** Adds a post, or edits `post`; closes on save. */
export function PostFormModal({ post, open, onClose }: { post: DutyPostDoc | null; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const ledger = useLedger();
  const fields = useServiceFields();
  const [form] = Form.useForm<DutyPostInput>();
  const [saving, setSaving] = useState(false);

  const save = async () => {
    const values = await form.validateFields();
    setSaving(true);
    try {
      const saved = post ? await ledger.dutyPosts.update(post.id, values) : await ledger.dutyPosts.create(values);
      void message.success(t('duty.posts.saved', { name: saved.name }));
      onClose();
    } catch (error) {
      const text = saveErrorText(error, form, t);
      if (text) void message.error(text);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={post ? t('duty.posts.edit') : t('duty.posts.add')}
      okText={t('duty.posts.save')}
      cancelText={t('duty.posts.cancel')}
      confirmLoading={saving}
      onOk={() => void save()}
      onCancel={onClose}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'post-save' }}
    >
      <Form<DutyPostInput>
        form={form}
        layout="vertical"
        name="dutyPost"
        preserve={false}
        initialValues={post ?? { name: '', place: '', field: '', notes: '', active: true }}
        onFinish={() => void save()}
      >
        <Form.Item name="name" label={t('duty.fields.name')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
          <Input autoFocus maxLength={80} placeholder={t('duty.posts.namePlaceholder')} data-testid="post-name" />
        </Form.Item>
        <Form.Item name="place" label={t('duty.fields.place')}>
          <Input maxLength={100} placeholder={t('duty.posts.placePlaceholder')} data-testid="post-place" />
        </Form.Item>
        <Form.Item name="field" label={t('duty.fields.field')}>
          <SearchSelect allowClear options={fields.options} placeholder={t('duty.posts.fieldPlaceholder')} data-testid="post-field" />
        </Form.Item>
        <Form.Item name="notes" label={t('duty.fields.notes')}>
          <Input.TextArea maxLength={500} rows={2} />
        </Form.Item>
        <Form.Item name="active" label={t('duty.fields.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
