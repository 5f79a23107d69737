import { App, Button, Col, Form, InputNumber, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLedger } from '../../app/LedgerContext';
import { DateInput } from '../../ui/typedInputs/DateInput';
import { TimeInput } from '../../ui/typedInputs/TimeInput';
import { typedDateRule, typedTimeRule } from '../../ui/typedInputs/typedRules';
import { saveErrorText } from './saveIssues';

interface RunValues {
  from: string;
  to: string;
  startTime: string;
  endTime: string;
  needed: number | null;
}

const RUN_FIELDS: ReadonlyArray<keyof RunValues> = ['from', 'to', 'startTime', 'endTime', 'needed'];

/**
 * 添加班次: one shift, or one a day over a date range at the same times (a 30-day post in one go). Dates and
 * times are checked alike, when the keeper leaves the box; the save's refusals land on their boxes and go
 * once the box is changed or the run is added.
 */
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
      // The run is in: no refusal of an earlier try stays beside the boxes. The values stay, for the next run.
      form.setFields(RUN_FIELDS.map((name) => ({ name, errors: [] })));
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
      <Row gutter={12} align="top">
        <Col span={4}>
          <Form.Item name="from" label={t('duty.run.from')} rules={[typedDateRule(t)]}>
            <DateInput data-testid="run-from" />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item name="to" label={t('duty.run.to')} rules={[typedDateRule(t)]}>
            <DateInput data-testid="run-to" />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item name="startTime" label={t('duty.run.startTime')} rules={[typedTimeRule(t)]}>
            <TimeInput data-testid="run-start" />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item name="endTime" label={t('duty.run.endTime')} rules={[typedTimeRule(t)]}>
            <TimeInput data-testid="run-end" />
          </Form.Item>
        </Col>
        <Col span={3}>
          <Form.Item name="needed" label={t('duty.run.needed')}>
            <InputNumber min={1} max={500} precision={0} style={{ width: '100%' }} data-testid="run-needed" />
          </Form.Item>
        </Col>
        <Col span={5}>
          {/* An empty label keeps the button on the boxes' line, whatever messages show under them. */}
          <Form.Item label=" " colon={false}>
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
