import type { Lang } from '../core/messages';

/**
 * The user's language: Japanese unless their Google locale is another
 * language. Session.getActiveUserLocale needs no authorization, so this works
 * in onOpen under AuthMode.NONE and in custom functions; if it ever throws, Japanese.
 */
export function userLang(): Lang {
  try {
    const locale = Session.getActiveUserLocale();
    return locale && !locale.toLowerCase().startsWith('ja') ? 'en' : 'ja';
  } catch (_error) {
    return 'ja';
  }
}
