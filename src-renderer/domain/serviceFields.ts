/**
 * The service fields a keeper picks from: the app's own (names and search words from i18n) and those the
 * city publishes in its catalogue (kind 'field'), so the city adds a field without a new app version.
 */
export interface ServiceFieldChoice {
  value: string;
  label: string;
  /** Other words people search by (广场舞 for 文化文艺). */
  aliases: readonly string[];
}

/** A catalogue entry as the city publishes a field: its code, its name, and search words in its body. */
export interface PublishedField {
  code: string;
  name: string;
  body: string;
  order: number;
}

/** Search words written as the city or a translator writes them: commas, 、, ；, spaces or new lines between. */
export function aliasesOf(text: string): string[] {
  return [...new Set(text.split(/[,，、;；\s]+/u).map((word) => word.trim()).filter((word) => word !== ''))];
}

/**
 * The app's fields in their order, then the city's new ones in the city's order. A field the city also
 * publishes keeps the app's name (records and reports say it that way) and gains the city's search words.
 */
export function serviceFieldChoices(builtin: readonly ServiceFieldChoice[], published: readonly PublishedField[]): ServiceFieldChoice[] {
  const byCode = new Map(builtin.map((choice) => [choice.value, { ...choice, aliases: [...choice.aliases] }]));
  const added: ServiceFieldChoice[] = [];
  for (const field of [...published].sort((a, b) => a.order - b.order)) {
    const code = field.code.trim();
    if (code === '') continue;
    const known = byCode.get(code);
    if (known) {
      known.aliases = [...new Set([...known.aliases, ...aliasesOf(field.body)])];
      continue;
    }
    const name = field.name.trim() || code;
    const choice = { value: code, label: name, aliases: aliasesOf(field.body) };
    byCode.set(code, choice);
    added.push(choice);
  }
  return [...builtin.map((choice) => byCode.get(choice.value) ?? choice), ...added];
}
