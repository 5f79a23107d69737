import { Button, Empty } from 'antd';
import type { ReactNode } from 'react';

/** Empty lists say what to do first, with the button that does it. */
export function EmptyState({ description, actionLabel, onAction }: { description: ReactNode; actionLabel?: string; onAction?: () => void }) {
  return (
    <Empty description={description}>
      {actionLabel && onAction ? (
        <Button type="primary" onClick={onAction}>
          {actionLabel}
        </Button>
      ) : null}
    </Empty>
  );
}
