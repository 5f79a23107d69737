import { App, Button, Col, Form, InputNumber, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLedger } from '../../app/LedgerContext';
import { DateInput } from '../../ui/typedInputs/DateInput';
import { TimeInput } from '../../ui/typedInputs/TimeInput';
import { saveErrorText } from './saveIssues';

interface RunValues {
  from: string;
  to: string;
  startTime: string;
  endTime: string;
  needed: number | null;
}

/** 添加班次: one shift, or one a day over a date range at the same times (a 30-day post in one go). */
export function ShiftRunForm({ postId, defaultDate }: { postId: string; defaultDate: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const ledger = useLedger();
  const [form] = Form.useForm<RunValues>();
  const [saving, setSaving] = useState(false);

  const add = async (values: RunValues) => {
    setSaving(true);
    try {
      const created = await ledger.shifts.createRun({ postId, ...values, to: values.to || values.from, needed: values.needed ?? 0 });
      void message.success(t('duty.post.created', { count: created.length }));
    } catch (error) {
      const text = saveErrorText(error, form, t);
      if (text) void message.error(text);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<RunValues>
      form={form}
      name="shiftRun"
      layout="vertical"
      initialValues={{ from: defaultDate, to: defaultDate, startTime: '07:00', endTime: '09:00', needed: 2 }}
      onFinish={(values) => void add(values)}
      data-testid="shift-run-form"
    >
      <Row gutter={12} align="bottom">
        <Col span={4}>
          <Form.Item name="from" label={t('duty.run.from')}>
            <DateInput data-testid="run-from" />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item name="to" label={t('duty.run.to')}>
            <DateInput data-testid="run-to" />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item name="startTime" label={t('duty.run.startTime')}>
            <TimeInput data-testid="run-start" />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item name="endTime" label={t('duty.run.endTime')}>
            <TimeInput data-testid="run-end" />
          </Form.Item>
        </Col>
        <Col span={3}>
          <Form.Item name="needed" label={t('duty.run.needed')}>
            <InputNumber min={1} max={500} precision={0} style={{ width: '100%' }} data-testid="run-needed" />
          </Form.Item>
        </Col>
        <Col span={5}>
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={saving} data-testid="run-submit">
              {t('duty.run.submit')}
            </Button>
          </Form.Item>
        </Col>
      </Row>
      <Typography.Text type="secondary">{t('duty.run.hint')}</Typography.Text>
    </Form>
  );
}
