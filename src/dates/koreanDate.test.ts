import {describe, expect, it} from 'vitest';
import {koreanDate} from './koreanDate';

describe('koreanDate', () => {
  it('writes what Intl writes for Korean, in UTC', () => {
    const intl = new Intl.DateTimeFormat('ko', {day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC'});
    for (const iso of ['2026-12-03T16:46:14Z', '2026-01-01T00:00:00Z', '2025-02-28T23:59:59Z', '2024-02-29T12:00:00Z', '1999-10-09T09:00:00+09:00']) {
      expect(koreanDate(new Date(iso)), iso).toBe(intl.format(new Date(iso)));
    }
  });
});
