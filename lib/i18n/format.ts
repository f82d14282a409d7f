/** Values that fill a message's placeholders, by name. */
export type MessageValues = Readonly<Record<string, string | number>>;

/**
 * A message with its "{name}" placeholders filled. A placeholder without a value is an error in our
 * code, not in the reader's input, so it throws rather than showing "{name}" on the page.
 */
export function format(message: string, values: MessageValues = {}): string {
  return message.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`No value for {${key}} in "${message}"`);
    return String(value);
  });
}

/** The names of a message's placeholders, in order of first use. */
export function placeholders(message: string): string[] {
  return [...new Set(Array.from(message.matchAll(/\{(\w+)\}/g), (m) => m[1]!))];
}
