/**
 * A name in quotation marks inside a sentence: 已保存“四点半课堂”. A name that has its own quotation
 * marks (“百姓宣讲”理论进农家) would come out doubled (已保存““百姓宣讲”理论进农家”); as Chinese
 * punctuation rules have it, quotes inside quotes become single ones: 已保存“‘百姓宣讲’理论进农家”.
 * Messages write it `{{name, quoted}}`.
 */
export function quoteName(name: string): string {
  return `“${name.replace(/“/g, '‘').replace(/”/g, '’')}”`;
}

/** The i18next format name messages use. */
export const QUOTED_FORMAT = 'quoted';
