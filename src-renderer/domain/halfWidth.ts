const FULL_WIDTH_ASCII = /[\uFF01-\uFF5E]/g;
const FULL_WIDTH_OFFSET = 0xfee0;
const IDEOGRAPHIC_SPACE = /\u3000/g;

/**
 * Chinese input methods in full-width mode type "１３８" and "Ｘ"; people paste such numbers from Word and
 * WeChat too. Only the full-width ASCII block is mapped: NFKC would also turn "①" into "1" and hide typos.
 */
export function toHalfWidth(raw: string): string {
  return raw
    .replace(FULL_WIDTH_ASCII, (ch) => String.fromCharCode(ch.charCodeAt(0) - FULL_WIDTH_OFFSET))
    .replace(IDEOGRAPHIC_SPACE, ' ');
}
