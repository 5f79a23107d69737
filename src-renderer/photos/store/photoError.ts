/**
 * A photo operation that failed for a reason the keeper is told in a sentence: `messageKey` is an i18n key
 * (photos.errors.*) and `params` its values. The screens show `t(messageKey, params)`.
 */
export class PhotoError extends Error {
  constructor(
    readonly messageKey: string,
    readonly params: Record<string, string | number> = {},
    options?: { cause?: unknown },
  ) {
    super(`${messageKey} ${JSON.stringify(params)}`, options);
    this.name = 'PhotoError';
  }
}
