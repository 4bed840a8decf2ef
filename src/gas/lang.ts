import { type Lang, langOfLocale } from '../core/base/lang';

/**
 * The user's language: Japanese unless their Google locale is another
 * language. Session.getActiveUserLocale needs no authorization, so this works
 * in onOpen under AuthMode.NONE; custom functions may not call Session (it is
 * not on the guide's list) and take the spreadsheet's locale instead
 * (customFunctions.ts). If it ever throws, Japanese.
 */
export function userLang(): Lang {
  try {
    return langOfLocale(Session.getActiveUserLocale());
  } catch (_error) {
    return 'ja';
  }
}
