import { Button, Card, Steps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FIRST_STEPS, type FirstStep } from './homeFigures';

const STEP_PATHS: Record<FirstStep, string> = {
  volunteers: '/volunteers/new',
  teams: '/teams/new',
  activities: '/activities/new',
};

/** The three things a new station does first, each with the button that does it. */
export function FirstStepsCard({ done, next }: { done: Record<FirstStep, boolean>; next: FirstStep }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Card size="small" title={t('home.firstSteps.title')} style={{ marginBottom: 16 }} data-testid="home-first-steps">
      <Typography.Paragraph type="secondary">{t('home.firstSteps.intro')}</Typography.Paragraph>
      <Steps
        current={FIRST_STEPS.indexOf(next)}
        items={FIRST_STEPS.map((step) => ({
          status: done[step] ? 'finish' : step === next ? 'process' : 'wait',
          title: t(`home.firstSteps.${step}.title`),
          content: (
            <>
              <div style={{ marginBottom: 8 }}>{t(`home.firstSteps.${step}.description`)}</div>
              {done[step] ? (
                <Typography.Text type="success">{t('home.firstSteps.done')}</Typography.Text>
              ) : (
                <Button
                  type={step === next ? 'primary' : 'default'}
                  size="small"
                  onClick={() => void navigate(STEP_PATHS[step])}
                  data-testid={`home-step-${step}`}
                >
                  {t(`home.firstSteps.${step}.action`)}
                </Button>
              )}
            </>
          ),
        }))}
      />
    </Card>
  );
}
