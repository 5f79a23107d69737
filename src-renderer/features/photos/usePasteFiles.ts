import { useEffect, useRef } from 'react';

/**
 * Ctrl+V anywhere on the page hands pasted files (a screenshot, a picture copied from WeChat or a folder)
 * to `onFiles`. Text pastes are left alone, so typing in the form's boxes works as before.
 */
export function usePasteFiles(onFiles: (files: File[]) => void, enabled: boolean): void {
  const latest = useRef(onFiles);
  useEffect(() => {
    latest.current = onFiles;
  }, [onFiles]);
  useEffect(() => {
    if (!enabled) return undefined;
    const onPaste = (event: ClipboardEvent) => {
      const files = Array.from(event.clipboardData?.files ?? []);
      if (files.length === 0) return;
      event.preventDefault();
      latest.current(files);
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [enabled]);
}
