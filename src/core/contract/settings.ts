/**
 * The 設定 sheet: key / value rows. Missing keys take the spec's defaults.
 */
import { type CellValue, cellText, isBlank } from '../base/cells';
import { type FiscalYear, parseFiscalYear } from '../base/fiscalYear';
import type { Rounding } from '../base/ratio';
import { ADDRESS_SEPARATOR, cleanText, closestName, matchKey, normalizeText } from '../base/text';

/** The six perspectives of the seed plan (平塚市行財政改革計画 2020-2023, 2(2)). */
export const DEFAULT_PERSPECTIVES = [
  '民間活力の活用',
  '施設の総合的管理',
  '行政の効率化',
  '収入確保策の推進',
  '身近で利用しやすい行政サービスの推進',
  'ICTの活用推進',
];

/** The money units a plan may count in (設定 金額単位); amounts are summed in it and headers name it. */
export type MoneyUnit = '円' | '千円' | '万円' | '百万円';

export const MONEY_UNITS: Record<MoneyUnit, { en: string }> = {
  円: { en: 'yen' },
  千円: { en: 'thousand yen' },
  万円: { en: 'ten thousand yen' },
  百万円: { en: 'million yen' },
};

/** A unit named in text (千円, thousand yen), or null. */
export function parseMoneyUnit(text: string): MoneyUnit | null {
  const key = matchKey(text);
  for (const unit of Object.keys(MONEY_UNITS) as MoneyUnit[]) {
    if (key === matchKey(unit) || key === matchKey(MONEY_UNITS[unit].en)) return unit;
  }
  return null;
}

/**
 * 達成率の分母: what every achievement share is divided by. 評価済み (`evaluated`, the seed's rule): the
 * targets judged so far; 全事項 (`all`): every target of the plan's period, a blank result counted as
 * 未評価. Labels meaning 未確定 stand outside either.
 */
export type AchievementDenominator = 'evaluated' | 'all';

export const ACHIEVEMENT_DENOMINATORS: Record<AchievementDenominator, { ja: string; en: string; variants: string[] }> = {
  evaluated: { ja: '評価済み', en: 'evaluated', variants: ['評価済', '評価済の事項', '評価済みの事項', 'evaluated targets'] },
  all: { ja: '全事項', en: 'all', variants: ['全て', 'すべて', '全部', '全事項数', 'all targets', 'every target'] },
};

/** A denominator named in text (全事項, all), or null. */
export function parseAchievementDenominator(text: string): AchievementDenominator | null {
  const key = matchKey(text);
  for (const code of Object.keys(ACHIEVEMENT_DENOMINATORS) as AchievementDenominator[]) {
    const names = ACHIEVEMENT_DENOMINATORS[code];
    if ([code, names.ja, names.en, ...names.variants].some((name) => matchKey(name) === key)) return code;
  }
  return null;
}

/** The allowed values of 達成率の分母, for messages. */
export const DENOMINATOR_ALLOWED = {
  ja: '使える値: 評価済み / 全事項。',
  en: 'Allowed: 評価済み (evaluated: the targets judged so far) / 全事項 (all: every target of the plan period).',
};

/** What a 達成率の分母 that cannot be read falls back to, for the message. */
export const DENOMINATOR_FALLBACK = {
  ja: '既定の「評価済み」（評価を終えた事項で割る）で集計しました。',
  en: 'The default 評価済み (evaluated: the targets with a result) was used.',
};

export interface Settings {
  planName?: string;
  startYear?: FiscalYear;
  endYear?: FiscalYear;
  rounding: Rounding;
  decimals: number;
  perspectives: string[];
  recipients: string[];
  moneyUnit: MoneyUnit;
  /** 達成率の分母 (default 評価済み). */
  achievementDenominator: AchievementDenominator;
  /** 照会の督促日数: the days before the round's deadline the first reminder goes (default 7; issue #27). */
  roundReminderDays: number;
}

/** The default of 照会の督促日数, and the most days it may say (a reminder two months ahead is no reminder). */
export const DEFAULT_ROUND_REMINDER_DAYS = 7;
export const MAX_ROUND_REMINDER_DAYS = 60;

export function defaultSettings(): Settings {
  return {
    rounding: 'truncate',
    decimals: 1,
    perspectives: [...DEFAULT_PERSPECTIVES],
    recipients: [],
    moneyUnit: '千円',
    achievementDenominator: 'evaluated',
    roundReminderDays: DEFAULT_ROUND_REMINDER_DAYS,
  };
}

export type SettingKey =
  | 'planName'
  | 'startYear'
  | 'endYear'
  | 'rounding'
  | 'decimals'
  | 'perspectives'
  | 'recipients'
  | 'moneyUnit'
  | 'achievementDenominator'
  | 'roundReminderDays';

export const SETTING_KEYS: { key: SettingKey; ja: string; en: string }[] = [
  { key: 'planName', ja: '計画名', en: 'Plan name' },
  { key: 'startYear', ja: '計画開始年度', en: 'Plan start' },
  { key: 'endYear', ja: '計画終了年度', en: 'Plan end' },
  { key: 'rounding', ja: '端数処理', en: 'Rounding' },
  { key: 'decimals', ja: '小数桁数', en: 'Decimals' },
  { key: 'perspectives', ja: '取組の視点', en: 'Perspectives' },
  { key: 'recipients', ja: '送信先', en: 'Digest recipients' },
  { key: 'moneyUnit', ja: '金額単位', en: 'Money unit' },
  { key: 'achievementDenominator', ja: '達成率の分母', en: 'Achievement denominator' },
  { key: 'roundReminderDays', ja: '照会の督促日数', en: 'Round reminder days' },
];

export function findSettingKey(value: string): SettingKey | undefined {
  const key = matchKey(value);
  return SETTING_KEYS.find((entry) => matchKey(entry.ja) === key || matchKey(entry.en) === key)?.key;
}

/**
 * ok, with `readAs` where the value of a fixed list was typed otherwise than its name (全 事項, all, 切捨て): accepted,
 * normalised, and said as a warning (workbook.md "Bad input"). Refused, with the closest allowed name where there is one.
 */
export type SettingOutcome = { ok: true; readAs?: string } | { ok: false; allowedJa: string; allowedEn: string; suggestion?: string };

/** A fixed list's value as read: readAs unless typed exactly as its name. */
function fixed(value: CellValue, name: string): SettingOutcome {
  const typed = typeof value === 'string' ? value : cellText(value);
  return typed === name ? { ok: true } : { ok: true, readAs: name };
}

/** A refusal naming the closest of `names` to what was typed (全項目 → 全事項), where one is close. */
function refused(text: string, names: readonly string[], allowedJa: string, allowedEn: string): SettingOutcome {
  const suggestion = closestName(text, names);
  return suggestion === undefined ? { ok: false, allowedJa, allowedEn } : { ok: false, allowedJa, allowedEn, suggestion };
}

const ROUNDING_NAMES: Record<Rounding, string> = { truncate: '切り捨て', halfUp: '四捨五入' };

const TRUNCATE = new Set(['切り捨て', '切捨て', '切捨', 'truncate', 'floor', 'down'].map(matchKey));
const HALF_UP = new Set(['四捨五入', 'round', 'halfup', 'half up', 'round half up'].map(matchKey));

/** Applies one settings row to `settings`; says what is allowed when the value is unusable. */
export function applySetting(settings: Settings, key: SettingKey, value: CellValue): SettingOutcome {
  const text = typeof value === 'string' ? normalizeText(value) : cellText(value);
  switch (key) {
    case 'planName':
      settings.planName = cleanText(cellText(value));
      return { ok: true };
    case 'startYear':
    case 'endYear': {
      const year = parseFiscalYear(value);
      if (year === null) return { ok: false, allowedJa: '例: 令和2年度、2020。', allowedEn: 'Example: 令和2年度, 2020.' };
      settings[key] = year;
      return { ok: true };
    }
    case 'rounding': {
      const k = matchKey(text);
      if (TRUNCATE.has(k)) settings.rounding = 'truncate';
      else if (HALF_UP.has(k)) settings.rounding = 'halfUp';
      else return refused(text, Object.values(ROUNDING_NAMES), '使える値: 切り捨て / 四捨五入。', 'Allowed: 切り捨て (truncate) / 四捨五入 (half up).');
      return fixed(value, ROUNDING_NAMES[settings.rounding]);
    }
    case 'decimals': {
      // Number('') is 0: a blank is no count. A number cell is read through its text, which gives the same number
      // (String round-trips every double) except -0, a formula's result, which reads as 0 as everywhere else.
      const n = text === '' ? Number.NaN : Number(text);
      if (!Number.isInteger(n) || n < 0 || n > 4) return { ok: false, allowedJa: '0～4の整数。', allowedEn: 'An integer 0-4.' };
      settings.decimals = n;
      return { ok: true };
    }
    case 'perspectives': {
      const names = splitList(typeof value === 'string' ? value : text, /[\n\r]+/);
      if (names.length === 0) return { ok: false, allowedJa: '視点の名前を1行に1つ。', allowedEn: 'One perspective name per line.' };
      settings.perspectives = names;
      return { ok: true };
    }
    case 'moneyUnit': {
      const unit = parseMoneyUnit(text);
      if (unit === null)
        return refused(
          text,
          Object.keys(MONEY_UNITS),
          '使える値: 円 / 千円 / 万円 / 百万円。',
          'Allowed: 円 / 千円 / 万円 / 百万円 (yen, thousand, ten thousand, million yen).',
        );
      settings.moneyUnit = unit;
      return fixed(value, unit);
    }
    case 'recipients':
      settings.recipients = splitList(text, ADDRESS_SEPARATOR);
      return { ok: true };
    case 'achievementDenominator': {
      const denominator = parseAchievementDenominator(text);
      // Refused, the default stands: said, so the officer knows which rule the shares were divided by.
      if (denominator === null)
        return refused(
          text,
          Object.values(ACHIEVEMENT_DENOMINATORS).map((names) => names.ja),
          `${DENOMINATOR_ALLOWED.ja}${DENOMINATOR_FALLBACK.ja}`,
          `${DENOMINATOR_ALLOWED.en} ${DENOMINATOR_FALLBACK.en}`,
        );
      settings.achievementDenominator = denominator;
      return fixed(value, ACHIEVEMENT_DENOMINATORS[denominator].ja);
    }
    case 'roundReminderDays': {
      // As 小数桁数: a blank is no count; 7 or ７ or "7" (a number typed as text) all say seven days.
      const n = text === '' ? Number.NaN : Number(text);
      if (!Number.isInteger(n) || n < 0 || n > MAX_ROUND_REMINDER_DAYS)
        return {
          ok: false,
          allowedJa: `0～${MAX_ROUND_REMINDER_DAYS}の整数（締切の何日前に督促するか。0は締切日だけ）。`,
          allowedEn: `An integer 0-${MAX_ROUND_REMINDER_DAYS} (how many days before the deadline the first reminder goes; 0: on the deadline only).`,
        };
      settings.roundReminderDays = n;
      return { ok: true };
    }
  }
}

/** Splits a list cell, dropping blanks. */
export function splitList(value: string, separator: RegExp): string[] {
  return value
    .split(separator)
    .map((part) => normalizeText(part))
    .filter((part) => !isBlank(part));
}
