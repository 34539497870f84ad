import { pick, type Locale } from '../i18n';
import type { Platform, Stage } from '../schema';
import { PLATFORM_VOICES } from './platformWords';
import { situationOf, WORD_NAMES, type WordName } from './types';

export function isWordName(name: string): name is WordName {
  return (WORD_NAMES as readonly string[]).includes(name);
}

/**
 * A platform's own word for a message at one stage, or undefined where the platform has none
 * (no operator off a platform; nothing to say after a missed date once the work is delivered).
 */
export function platformWord(platform: Platform, name: WordName, stage: Stage, locale: Locale): string | undefined {
  const word = PLATFORM_VOICES[platform].words[name];
  if (word === undefined) {
    return undefined;
  }
  if (!('bySituation' in word)) {
    return pick(word, locale);
  }
  const situation = situationOf(stage);
  const localized = situation === undefined ? undefined : word.bySituation[situation];
  return localized === undefined ? undefined : pick(localized, locale);
}
