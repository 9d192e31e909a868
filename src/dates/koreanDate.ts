/**
 * `2026-12-03T16:46:14Z` → "2026년 12월 3일" (in UTC): what
 * `Intl.DateTimeFormat('ko', {year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC'})`
 * writes, without building one. The first Korean DateTimeFormat a page makes
 * loads the browser's Korean calendar data: 55 ms of hydration on a slow phone
 * (4× CPU), in every article's footer, for one date.
 */
export function koreanDate(date: Date): string {
  return `${date.getUTCFullYear()}년 ${date.getUTCMonth() + 1}월 ${date.getUTCDate()}일`;
}
