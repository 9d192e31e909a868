/** The family name of the site's cut of Pretendard, first in `--ifm-font-family-base` (src/css/custom.css). */
export const FAMILY = 'Pretendard Site';
