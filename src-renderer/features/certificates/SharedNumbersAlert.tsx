import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';

/** Beyond this many, the alert's title says 等 instead of listing every number. */
const NUMBERS_LISTED = 5;

interface SharedNumbersAlertProps {
  /** Numbers that still name two or more valid certificates. */
  numbers: readonly string[];
  onlyShared: boolean;
  onToggle: () => void;
}

/** Above the register: some numbers were given out twice (two PCs offline), and how to put it right. */
export function SharedNumbersAlert({ numbers, onlyShared, onToggle }: SharedNumbersAlertProps) {
  const { t } = useTranslation();
  const separator = t('certificates.issue.listSeparator');
  const listed = numbers.slice(0, NUMBERS_LISTED).join(separator);
  const shownNumbers = numbers.length > NUMBERS_LISTED ? t('certificates.issue.titlesMore', { titles: listed }) : listed;
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="shared-numbers-alert"
      title={t('certificates.register.sharedNumber.alertTitle', { count: numbers.length, numbers: shownNumbers })}
      description={t('certificates.register.sharedNumber.alertHelp')}
      action={
        <Button size="small" onClick={onToggle} data-testid="shared-numbers-filter">
          {t(onlyShared ? 'certificates.register.sharedNumber.showAll' : 'certificates.register.sharedNumber.showOnly')}
        </Button>
      }
    />
  );
}
