import { ClockCircleOutlined } from '@ant-design/icons';
import { Button, Col, Form, Row, Select } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../ui/typedInputs/DateInput';
import { TimeInput } from '../../ui/typedInputs/TimeInput';

interface Props {
  date: string;
  onDate: (date: string) => void;
  shiftId: string | null;
  shiftOptions: { value: string; label: string }[];
  onShift: (shiftId: string) => void;
  time: string;
  timeOk: boolean;
  /** The keeper typed a time (现在 then goes back to the PC's clock). */
  timeTyped: boolean;
  onTime: (time: string | null) => void;
}

/**
 * The desk's day, shift and time. Its own memoised component: a sign redraws the people, not these
 * inputs (the date's calendar panel alone cost more than the row that changed).
 */
export const DeskForm = memo(function DeskForm({ date, onDate, shiftId, shiftOptions, onShift, time, timeOk, timeTyped, onTime }: Props) {
  const { t } = useTranslation();
  return (
    <Form layout="vertical">
      <Row gutter={12}>
        <Col span={4}>
          <Form.Item label={t('duty.signIn.date')}>
            <DateInput value={date} onChange={onDate} data-testid="desk-date" />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item label={t('duty.signIn.shift')}>
            <Select value={shiftId} onChange={onShift} options={shiftOptions} data-testid="desk-shift" />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item label={t('duty.signIn.time')} validateStatus={timeOk ? '' : 'error'}>
            <TimeInput value={time} onChange={onTime} data-testid="desk-time" />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item label=" ">
            <Button icon={<ClockCircleOutlined />} disabled={!timeTyped} onClick={() => onTime(null)} data-testid="desk-time-now">
              {t('duty.signIn.now')}
            </Button>
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
});
