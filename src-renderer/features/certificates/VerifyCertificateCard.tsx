import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VerificationResult } from '../../data/certificates/repository';
import { maskIdNumber } from '../../domain/idNumber';
import { useObservable } from '../../ui/useObservable';
import { formatHours } from '../reports/format';
import { useCertificateRegister } from './useCertificateRegister';

interface VerifyValues {
  number: string;
  code: string;
}

const ALERT_TYPE = {
  valid: 'success',
  revoked: 'warning',
  registerAltered: 'error',
  codeMismatch: 'error',
  unknownNumber: 'error',
} as const;

/** 核验证明: a printed certificate's number and code against the register. */
export function VerifyCertificateCard() {
  const { t } = useTranslation();
  const register = useCertificateRegister();
  const [result, setResult] = useState<VerificationResult | null>(null);
  const [failed, setFailed] = useState(false);
  const [asked, setAsked] = useState<VerifyValues | null>(null);
  // A certificate revoked (or synced in) after the check changes the answer: check again on every change.
  const certificates = useObservable(useMemo(() => register.all$(), [register]));

  useEffect(() => {
    if (!asked) return;
    let current = true;
    register.verify(asked.number, asked.code).then(
      (answer) => {
        if (!current) return;
        setFailed(false);
        setResult(answer);
      },
      () => {
        if (!current) return;
        setResult(null);
        setFailed(true);
      },
    );
    return () => {
      current = false;
    };
  }, [asked, certificates, register]);

  const found = result && 'certificate' in result ? result.certificate : null;
  const sharedWith = result && 'sharedWith' in result ? result.sharedWith : 0;
  return (
    <Card size="small" title={t('certificates.verify.title')} style={{ marginBottom: 16 }}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('certificates.verify.help')}
      </Typography.Paragraph>
      <Form<VerifyValues> name="verify" layout="inline" onFinish={(v) => setAsked({ ...v })}
        onValuesChange={() => {
          setAsked(null);
          setResult(null);
        }}>
        <Form.Item name="number" label={t('certificates.verify.number')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
          <Input style={{ width: 240 }} placeholder={t('certificates.verify.numberPlaceholder')} data-testid="verify-number" />
        </Form.Item>
        <Form.Item name="code" label={t('certificates.verify.code')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
          <Input style={{ width: 200 }} placeholder={t('certificates.verify.codePlaceholder')} data-testid="verify-code" />
        </Form.Item>
        <Button type="primary" htmlType="submit" data-testid="verify-submit">
          {t('certificates.verify.submit')}
        </Button>
      </Form>
      {failed ? <Alert type="error" showIcon style={{ marginTop: 12 }} title={t('certificates.verify.failed')} /> : null}
      {result ? (
        <Alert
          type={ALERT_TYPE[result.status]}
          showIcon
          style={{ marginTop: 12 }}
          data-testid="verify-result"
          data-status={result.status}
          title={t(`certificates.verify.result.${result.status}`, found ? { date: found.revokedAt, reason: found.revokedReason } : {})}
          description={
            found ? (
              <Space direction="vertical" size={0}>
                <span>{t('certificates.verify.compare')}</span>
                <span>
                  {t('certificates.verify.details', {
                    name: found.volunteerName,
                    idNumber: maskIdNumber(found.idNumber),
                    from: found.periodFrom,
                    to: found.periodTo,
                    hours: formatHours(found.hours),
                    issuedDate: found.issuedDate,
                  })}
                </span>
                {sharedWith > 0 ? (
                  <span data-testid="verify-shared-number">{t('certificates.verify.sharedNumber', { count: sharedWith })}</span>
                ) : null}
              </Space>
            ) : undefined
          }
        />
      ) : null}
    </Card>
  );
}
