import { en } from './en.ts';
import { ja } from './ja.ts';
import type { Locale, Messages } from './messages.ts';

export * from './messages.ts';
export * from './format.ts';

export function messagesFor(locale: Locale): Messages {
  return locale === 'ja' ? ja : en;
}

