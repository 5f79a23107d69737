import { App } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker, type BlockerFunction } from 'react-router';
import { leavesScreen } from './sameValues';

const testId = (id: string) => ({ 'data-testid': id });

/**
 * Navigation options for leaving once the record itself is gone (deleted from its own form): there is
 * nothing left to keep, so the screen goes without the question.
 */
export const LEAVE_WITHOUT_ASKING = { state: { leaveWithoutAsking: true } } as const;

function isLeavingWithoutAsking(state: unknown): boolean {
  return typeof state === 'object' && state !== null && (state as { leaveWithoutAsking?: unknown }).leaveWithoutAsking === true;
}

export interface UnsavedWorkGuard {
  /**
   * Lets the screen go without asking: call it once the work is saved (or deliberately dropped), before
   * navigating away. The check runs when the keeper tries to leave, so a navigation right after needs this.
   */
  allowLeaving(): void;
}

/**
 * Holds the keeper back before unsaved work is dropped: 取消, a sidebar click, the browser's back button
 * (all navigations of the router), and closing or reloading the window (beforeunload; the desktop app
 * turns that into its own question). `hasUnsavedWork` is asked at that moment, so it reads the form as
 * it is then. The question's safe answer, 继续编辑, has the focus: Enter or Escape keeps the work.
 */
export function useUnsavedWorkGuard(hasUnsavedWork: () => boolean): UnsavedWorkGuard {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const check = useRef(hasUnsavedWork);
  useEffect(() => {
    check.current = hasUnsavedWork;
  });
  const leaving = useRef(false);
  const shouldBlock = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) =>
      !leaving.current && !isLeavingWithoutAsking(nextLocation.state) && leavesScreen(currentLocation, nextLocation) && check.current(),
    [],
  );
  const blocker = useBlocker(shouldBlock);

  useEffect(() => {
    if (blocker.state !== 'blocked') return undefined;
    const question = modal.confirm({
      title: t('common.unsavedWork.title'),
      content: t('common.unsavedWork.content'),
      okText: t('common.unsavedWork.discard'),
      okButtonProps: { danger: true, ...testId('unsaved-discard') },
      cancelText: t('common.unsavedWork.keepEditing'),
      cancelButtonProps: testId('unsaved-keep-editing'),
      autoFocusButton: 'cancel',
      onOk: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    });
    return () => question.destroy();
  }, [blocker, modal, t]);

  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (leaving.current || !check.current()) return;
      // preventDefault is what browsers and Electron read; Chromium before 119 also wants returnValue set.
      event.preventDefault();
      event.returnValue = true;
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);

  const [guard] = useState<UnsavedWorkGuard>(() => ({
    allowLeaving: () => {
      leaving.current = true;
    },
  }));
  return guard;
}
