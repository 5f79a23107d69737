import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Result, Spin } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { of } from 'rxjs';
import { findSharedNumbers } from '../../domain/certificates/duplicateNumbers';
import { PageHeader } from '../../ui/PageHeader';
import { PrintButton } from '../../ui/print/PrintButton';
import { usePrintOnOpen } from '../../ui/print/printOnOpen';
import { PrintScreen } from '../../ui/print/PrintSheet';
import { useObservable } from '../../ui/useObservable';
import { CertificateSheet } from './CertificateSheet';
import { CERTIFICATES_PATH } from './paths';
import { SharedNumberAlert } from './SharedNumberNote';
import { useCertificateRegister } from './useCertificateRegister';

/** /certificates/:id: one issued certificate as it prints (A4 portrait), to print again at any time. */
export function CertificatePrintPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const register = useCertificateRegister();
  const navigate = useNavigate();
  const certificate = useObservable(useMemo(() => register.get$(id), [register, id]));
  const number = certificate?.number ?? '';
  const sameNumber = useObservable(useMemo(() => (number ? register.withNumber$(number) : of([])), [register, number]));
  const shared = useMemo(() => findSharedNumbers(sameNumber ?? []).get(id), [sameNumber, id]);
  const fileName = certificate ? t('certificates.document.fileName', { name: certificate.volunteerName, number: certificate.number }) : '';
  usePrintOnOpen(Boolean(certificate), { suggestedName: fileName });
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate(CERTIFICATES_PATH)}>
      {t('certificates.document.back')}
    </Button>
  );

  if (certificate === undefined) return <Spin style={{ display: 'block', marginTop: 80 }} />;
  if (certificate === null) return <Result status="404" title={t('certificates.document.notFound')} extra={back} />;

  const toolbar = (
    <>
      <PageHeader
        title={t('certificates.document.title')}
        testId="page-certificate-print"
        extra={
          <>
            {back}
            <PrintButton suggestedName={fileName} />
          </>
        }
      />
      {certificate.revokedAt ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('certificates.verify.result.revoked', { date: certificate.revokedAt, reason: certificate.revokedReason })}
        />
      ) : null}
      {shared ? <SharedNumberAlert shared={shared} /> : null}
    </>
  );
  return (
    <PrintScreen toolbar={toolbar}>
      <CertificateSheet certificate={certificate} />
    </PrintScreen>
  );
}
