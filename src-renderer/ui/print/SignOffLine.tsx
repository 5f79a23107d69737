import { useTranslation } from 'react-i18next';

export interface SignOffLineProps {
  /** Who filled the sheet in: 填表人 under a ledger or report (the default), 记录人 under an activity's record. */
  firstLabelKey?: string;
  'data-testid'?: string;
}

/** 填表人 / 审核人 / 日期, left blank for pen and signature under a printed sheet: the app cannot know who signs. */
export function SignOffLine({ firstLabelKey = 'reports.print.preparedBy', 'data-testid': testId = 'sign-off' }: SignOffLineProps) {
  const { t } = useTranslation();
  const labels = [t(firstLabelKey), t('reports.print.reviewedBy'), t('reports.print.date')];
  return (
    <div className="print-signoff" data-testid={testId}>
      {labels.map((label) => (
        <span key={label}>
          {label}
          <span className="print-signoff__blank" />
        </span>
      ))}
    </div>
  );
}
