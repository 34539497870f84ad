import type { DayNumber } from '../dates';
import type { Locale } from '../i18n';

const MS_PER_DAY = 86_400_000;
const JA_WEEKDAYS = ['日', '月', '火', '水', '木', '金', '土'];
const EN_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A date as each language writes it in a business message: 12月3日(水) and Wed, Dec 3. The year
 * is added only when it is not this year, as people do. Written by hand rather than with Intl
 * because Intl's Japanese output differs between runtimes (（水） vs (水)), and a message must not
 * change with the machine it is written on.
 */
export function formatMessageDate(day: DayNumber, locale: Locale, today: DayNumber): string {
  const date = new Date(day * MS_PER_DAY);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const dom = date.getUTCDate();
  const wd = date.getUTCDay();
  const showYear = year !== new Date(today * MS_PER_DAY).getUTCFullYear();
  if (locale === 'ja') {
    return `${showYear ? `${year}年` : ''}${month + 1}月${dom}日(${JA_WEEKDAYS[wd] ?? ''})`;
  }
  return `${EN_WEEKDAYS[wd] ?? ''}, ${EN_MONTHS[month] ?? ''} ${dom}${showYear ? `, ${year}` : ''}`;
}

/** Several dates in one sentence: 11月11日(水)、11月13日(金) / Wed, Nov 11 and Fri, Nov 13. */
export function formatDateList(days: readonly DayNumber[], locale: Locale, today: DayNumber): string {
  const parts = days.map((d) => formatMessageDate(d, locale, today));
  if (locale === 'ja') {
    return parts.join('、');
  }
  if (parts.length <= 2) {
    return parts.join(' and ');
  }
  return `${parts.slice(0, -1).join('; ')}; and ${parts[parts.length - 1] ?? ''}`;
}
