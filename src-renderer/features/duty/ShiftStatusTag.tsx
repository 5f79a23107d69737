import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ShiftDoc } from '../../records/shift/shape';
import { shiftStatus, STATUS_COLORS } from './shiftStatus';
import type { ClockReading } from './useClock';

export function ShiftStatusTag({ shift, clock }: { shift: ShiftDoc; clock: ClockReading }) {
  const { t } = useTranslation();
  const status = shiftStatus(shift, clock);
  return (
    <Tag color={STATUS_COLORS[status]} data-testid={`shift-status-${status}`}>
      {t(`duty.status.${status}`)}
    </Tag>
  );
}
