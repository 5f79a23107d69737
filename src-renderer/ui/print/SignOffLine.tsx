import { useTranslation } from 'react-i18next';

/** 填表人 / 审核人 / 日期, left blank for pen and signature under a printed ledger or report. */
export function SignOffLine() {
  const { t } = useTranslation();
  const labels = [t('reports.print.preparedBy'), t('reports.print.reviewedBy'), t('reports.print.date')];
  return (
    <div className="print-signoff" data-testid="sign-off">
      {labels.map((label) => (
        <span key={label}>
          {label}
          <span className="print-signoff__blank" />
        </span>
      ))}
    </div>
  );
}
