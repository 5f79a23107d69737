import { App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../domain/dates';
import { REVOKE_REASON_MAX, type CertificateDoc } from '../../domain/entities/certificate';
import { useCertificateRegister } from './useCertificateRegister';

/** Asks why a certificate is revoked; the register keeps it, marked void, with the reason. */
export function RevokeCertificateDialog({ certificate, onClose }: { certificate: CertificateDoc; onClose: () => void }) {
  const { t } = useTranslation();
  const register = useCertificateRegister();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ revokedReason: string }>();
  const [busy, setBusy] = useState(false);

  async function revoke({ revokedReason }: { revokedReason: string }) {
    setBusy(true);
    try {
      await register.revoke(certificate.id, revokedReason, todayIso());
      void message.success(t('certificates.register.revoked', { number: certificate.number }));
      onClose();
    } catch {
      void message.error(t('certificates.register.revokeFailed'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      title={t('certificates.register.revokeTitle', { number: certificate.number })}
      okText={t('certificates.register.revokeConfirm')}
      okButtonProps={{ danger: true, loading: busy }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('certificates.register.revokeHelp')}</Typography.Paragraph>
      <Form form={form} name="revoke" layout="vertical" onFinish={(v) => void revoke(v)}>
        <Form.Item
          name="revokedReason"
          label={t('certificates.register.revokeReason')}
          rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
        >
          <Input autoFocus maxLength={REVOKE_REASON_MAX} placeholder={t('certificates.register.revokeReasonPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
