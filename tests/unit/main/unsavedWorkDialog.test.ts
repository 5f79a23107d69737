import type { MessageBoxSyncOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { askBeforeDroppingWork, pickUnsavedWorkLabels, UNSAVED_WORK_LABELS } from '../../../src-main/unsavedWorkDialog';

/** Closes the window while the page holds unsaved work, answering the question with `button`. */
function closeAnswering(button: number): { asked: MessageBoxSyncOptions[]; windowCloses: boolean } {
  const asked: MessageBoxSyncOptions[] = [];
  let windowCloses = false;
  const handler = askBeforeDroppingWork((options) => {
    asked.push(options);
    return button;
  }, UNSAVED_WORK_LABELS['zh-CN']);
  handler({ preventDefault: () => (windowCloses = true) });
  return { asked, windowCloses };
}

describe('closing the desktop window with unsaved work', () => {
  it('asks 放弃未保存的修改？ with 继续编辑 as the default and the answer to Escape', () => {
    const { asked } = closeAnswering(0);
    expect(asked).toHaveLength(1);
    const question = asked[0];
    expect(question?.message).toBe('放弃未保存的修改？');
    expect(question?.buttons?.[question.defaultId ?? -1]).toBe('继续编辑');
    expect(question?.buttons?.[question.cancelId ?? -1]).toBe('继续编辑');
  });

  it('keeps the window open on 继续编辑 and lets it close only on 放弃修改', () => {
    expect(closeAnswering(0).windowCloses).toBe(false);
    const discard = closeAnswering(1);
    expect(discard.asked[0]?.buttons?.[1]).toBe('放弃修改');
    expect(discard.windowCloses).toBe(true);
  });

  it('speaks Chinese by default and English on an English system', () => {
    expect(pickUnsavedWorkLabels('zh-CN').keepEditing).toBe('继续编辑');
    expect(pickUnsavedWorkLabels('').keepEditing).toBe('继续编辑');
    expect(pickUnsavedWorkLabels('en-GB').keepEditing).toBe('Keep editing');
  });
});
