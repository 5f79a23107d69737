import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { translators } from '../../support/translators';
import { DESKTOP_ERROR_CODES } from '../../../src-renderer/platform/desktop';
import { describeDesktopError, describeSaveError } from '../../../src-renderer/ui/errorMessage';

let zh: TFunction;
let en: TFunction;
beforeAll(async () => {
  ({ zh, en } = await translators());
});

/** As Electron hands a main-process error to the page. */
const fromMain = (code: string) => new Error(`Error invoking remote method 'save-credentials': DesktopError: ${code}: technical detail`);

describe('desktop errors in the keeper’s language', () => {
  it.each(DESKTOP_ERROR_CODES)('%s has a Chinese and an English sentence, never the code', (code) => {
    for (const t of [zh, en]) {
      const text = describeDesktopError(fromMain(code), t);
      expect(text).not.toBeNull();
      expect(text).not.toContain(code);
      expect(text).not.toContain('common.desktopErrors');
    }
  });

  it('says what to do when the saved password cannot be read, and is not fooled by other errors', () => {
    expect(describeDesktopError(fromMain('credentials-unreadable'), zh)).toContain('重新导入');
    expect(describeDesktopError(new Error('Failed to fetch'), zh)).toBeNull();
    expect(describeSaveError(fromMain('encryption-unavailable'), zh)).toContain('密码没有保存');
  });
});
