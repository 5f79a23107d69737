import type { ReactNode } from 'react';
import './print.css';

export type SheetOrientation = 'portrait' | 'landscape';

/**
 * A printable screen: `toolbar` (period pickers, the print button) shows on screen only; `children` is
 * the A4 sheet, the one thing that reaches the paper or the PDF.
 */
export function PrintScreen({ toolbar, children }: { toolbar: ReactNode; children: ReactNode }) {
  return (
    <div className="print-screen">
      <div className="print-hide">{toolbar}</div>
      {children}
    </div>
  );
}

/** One A4 sheet (portrait or landscape), white on screen like paper. */
export function PrintSheet({
  orientation = 'portrait',
  className,
  testId,
  children,
}: {
  orientation?: SheetOrientation;
  className?: string;
  testId?: string;
  children: ReactNode;
}) {
  const classes = ['print-sheet', `print-sheet--${orientation}`, className].filter(Boolean).join(' ');
  return (
    <div className={classes} data-testid={testId}>
      {children}
    </div>
  );
}
