import dayjs from 'dayjs';
import { Trans, useTranslation } from 'react-i18next';
import { formatVerificationCode } from '../../domain/certificates/verificationCode';
import type { CertificateDoc } from '../../domain/entities/certificate';
import { starLevelKey } from '../../domain/honours/starLevel';
import { PrintSheet } from '../../ui/print/PrintSheet';
import { useCatalog } from '../../ui/useCatalog';
import { formatHours } from '../reports/format';
import './certificate.css';

const DOCUMENT_LANGUAGE = 'zh-CN';

/**
 * The printed 志愿服务记录证明 (民政部《志愿服务记录与证明出具办法》): who served (with the full document number,
 * as an official document must), when, how long and doing what; who issues it, signs it and can be called;
 * a place for the stamp; the number and verification code at the foot. The document is always in Chinese.
 */
export function CertificateSheet({ certificate: c }: { certificate: CertificateDoc }) {
  const { t } = useTranslation();
  const catalog = useCatalog();
  const dateFormat = t('certificates.document.dateFormat');
  const date = (iso: string) => dayjs(iso).format(dateFormat);
  return (
    <PrintSheet className="certificate" testId="certificate-sheet">
      <div className="certificate__number">{t('certificates.document.number', { number: c.number })}</div>
      <h1>{t('certificates.document.title')}</h1>
      <p data-testid="certificate-body">
        <Trans
          i18nKey="certificates.document.body"
          values={{
            name: c.volunteerName,
            idType: catalog.idType.label(c.idType),
            idNumber: c.idNumber,
            volunteerNo: c.volunteerNo ? t('certificates.document.volunteerNo', { no: c.volunteerNo }) : '',
            from: date(c.periodFrom),
            to: date(c.periodTo),
            issuer: c.issuer,
            sessions: c.sessions,
            hours: formatHours(c.hours),
          }}
          components={{ u: <u /> }}
        />
      </p>
      {/* Only a star earned is stated: a certificate says what the volunteer has, not what they lack. */}
      {c.stars > 0 ? (
        <p data-testid="certificate-stars">
          <Trans
            i18nKey="certificates.document.stars"
            // The level in Chinese whatever the screen's language, as the rest of the document.
            values={{ date: date(c.issuedDate), level: t(starLevelKey(c.stars), { lng: DOCUMENT_LANGUAGE }) }}
            components={{ u: <u /> }}
          />
        </p>
      ) : null}
      <p>{t('certificates.document.content', { content: c.content })}</p>
      <p>{t('certificates.document.closing')}</p>
      <div className="certificate__sign">
        <div className="certificate__stamp" aria-hidden="true">
          {t('certificates.document.stamp')}
        </div>
        <div>{t('certificates.document.issuer', { issuer: c.issuer })}</div>
        <div>{t('certificates.document.personInCharge', { name: c.personInCharge })}</div>
        <div>{t('certificates.document.handler', { name: c.handler })}</div>
        <div>{t('certificates.document.contact', { contact: c.contact })}</div>
        <div>{date(c.issuedDate)}</div>
      </div>
      <div className="certificate__footer">
        <div className="certificate__footer-codes">
          <span data-testid="certificate-number">{t('certificates.document.footerNumber', { number: c.number })}</span>
          <span data-testid="certificate-code">{t('certificates.document.footerCode', { code: formatVerificationCode(c.verificationCode) })}</span>
        </div>
        <div>{t('certificates.document.footerHelp')}</div>
      </div>
      {c.revokedAt ? <div className="certificate__revoked">{t('certificates.document.revokedMark')}</div> : null}
    </PrintSheet>
  );
}
