/**
 * A message as data: a catalog key and its values, sent alongside the English text.
 *
 * src/data runs in the loading worker and in the build's data check, where no catalog is
 * loaded, so it names its messages by key and the main thread translates them where they are
 * shown (src/i18n/describeProblem.ts). The English text stays the fallback for any message
 * without a key.
 */
export type MessageValues = Record<string, string | number>;

export interface MessageRef {
  key: string;
  values?: MessageValues;
}

export const ref = (key: string, values?: MessageValues): MessageRef => (values ? { key, values } : { key });
