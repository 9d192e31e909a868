import AxeBuilder from '@axe-core/playwright';
import type {Locator, Page} from '@playwright/test';
import sharp from 'sharp';
import {test, expect, url, expectNotFound, MISSING_PAGE, untilHydrated} from './fixtures';

// Accessibility, checked by axe-core (every WCAG 2.1 A/AA rule and the best
// practices) on the pages a reader meets first, in both colour schemes, on a
// 375 px phone and on a desktop; then by hand where axe cannot judge
// (keyboard use, focus rings, text on a gradient).

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

const VIEWPORTS = {
  '375 px': {width: 375, height: 800},
  desktop: {width: 1280, height: 900},
} as const;

const PAGES = [
  ['홈', ''],
  // every admonition type, <mark>, a source caption, a YAML block and an image
  ['글 읽는 법', 'docs/how-to-read'],
  // a long article: tables, many code blocks, diagrams
  ['긴 글', 'docs/workloads/deployment'],
  ['용어집', 'docs/glossary'],
  // a form: the textarea, buttons, the result list (after its first check)
  ['매니페스트 검사기', 'manifest-check'],
  // a chapter's print page: its articles, quizzes and answers as printed
  ['장별 인쇄', 'print/architecture'],
  ['404', MISSING_PAGE],
] as const;

/** axe's findings, one line each, so a failure says what and where. */
async function axeViolations(page: Page, configure: (builder: AxeBuilder) => AxeBuilder = (builder) => builder): Promise<string[]> {
  const results = await configure(new AxeBuilder({page}).withTags(AXE_TAGS)).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} — ${node.failureSummary?.split('\n').slice(1).join(' ').trim()}`),
  );
}

/** Loads a page in the given colour scheme and waits until the app has taken over. */
async function open(page: Page, path: string, scheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({colorScheme: scheme});
  await page.goto(url(path));
  await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
  await untilHydrated(page);
}

for (const scheme of ['light', 'dark'] as const) {
  for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
    test.describe(`접근성 검사 (axe): ${scheme}, ${viewportName}`, () => {
      test.use({viewport});

      for (const [name, path] of PAGES) {
        test(`${name} has no axe violations`, async ({page, problems}) => {
          test.setTimeout(120_000); // axe on a long page takes a while on two shared cores
          await open(page, path, scheme);
          expect(await axeViolations(page)).toEqual([]);
          if (name === '404') expectNotFound(problems);
        });
      }

      test('search results for "파드" have no axe violations', async ({page}) => {
        test.setTimeout(120_000);
        await open(page, '', scheme);
        const dialog = page.getByRole('dialog', {name: '사이트 검색'});
        await expect(async () => {
          if ((await dialog.count()) === 0) await page.getByRole('button', {name: '검색'}).click();
          await expect(dialog.getByRole('combobox')).toBeFocused({timeout: 1_000});
        }).toPass();
        await dialog.getByRole('combobox').fill('파드');
        await expect(dialog.getByRole('option').first()).toBeVisible({timeout: 15_000});
        expect(await axeViolations(page)).toEqual([]);
      });
    });
  }
}

/** Runs axe's colour-contrast rule on exactly these elements: it must judge them (no "incomplete") and pass. */
async function expectContrast(page: Page, selectors: string[]): Promise<void> {
  for (const selector of selectors) {
    await expect(page.locator(selector).first(), selector).toBeAttached();
    const results = await new AxeBuilder({page}).include(selector).withRules(['color-contrast']).analyze();
    const describe = (nodes: typeof results.violations) => nodes.flatMap((rule) => rule.nodes.map((node) => `${node.target.join(' ')}: ${node.any[0]?.message}`));
    expect(describe(results.violations), `${selector} contrast`).toEqual([]);
    expect(describe(results.incomplete), `${selector}: axe could not judge`).toEqual([]);
    expect(results.passes.flatMap((rule) => rule.nodes).length, `${selector} was checked`).toBeGreaterThan(0);
  }
}

test.describe('명암 대비', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`admonitions of every type, <mark>, links, the source caption and code (${scheme})`, async ({page}) => {
      test.setTimeout(240_000); // one axe run per element kind
      await open(page, 'docs/how-to-read', scheme);
      await expectContrast(page, [
        ...['note', 'info', 'tip', 'warning', 'caution', 'danger', 'error'].map((type) => `.theme-admonition-${type}`),
        'article mark',
        'article .markdown p a',
        '.source-caption',
        '.theme-code-block',
        '.theme-doc-breadcrumbs',
        '.table-of-contents',
      ]);
    });

    test(`code in every highlighted language (${scheme})`, async ({page}) => {
      test.setTimeout(120_000);
      // The long article has shell, YAML and output blocks with highlighted lines, but no comments.
      await open(page, 'docs/workloads/deployment', scheme);
      await expectContrast(page, ['.theme-code-block']);
      // Comments are the dimmest tokens; the YAML article's blocks are full of them.
      // expectContrast fails if the page has none, so losing them cannot skip the check.
      await open(page, 'docs/getting-started/yaml-basics', scheme);
      await expectContrast(page, ['.theme-code-block .token.comment']);
    });

    test(`the home page hero, whose gradient axe cannot read (${scheme})`, async ({page}) => {
      test.setTimeout(120_000);
      await open(page, '', scheme);
      const hero = page.locator('main header').first();
      for (const text of await hero.locator('p, h1, span').all()) {
        if (!(await text.isVisible()) || !(await text.innerText()).trim()) continue;
        expect(await contrastOnScreen(page, text), await text.innerText()).toBeGreaterThanOrEqual(4.5);
      }
      await expectContrast(page, ['section[aria-labelledby="course-path"]']);
    });
  }
});

type RGB = [number, number, number];

function luminance([r, g, b]: RGB): number {
  const channel = (value: number) => {
    const v = value / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/**
 * The contrast of a text against what is really painted behind it: the text is
 * made transparent, its box photographed, and the worst pixel of the
 * background measured against the text colour.
 */
async function contrastOnScreen(page: Page, text: Locator): Promise<number> {
  await text.scrollIntoViewIfNeeded();
  const colour = await text.evaluate((element) => getComputedStyle(element).color);
  const rgb = colour.match(/[\d.]+/g)!.slice(0, 3).map(Number) as RGB;
  // Hide the text and everything inside it (a nested <span> has its own colour).
  const hide = await page.addStyleTag({content: '[data-contrast-probe], [data-contrast-probe] * { color: transparent !important; text-decoration-color: transparent !important; }'});
  await text.evaluate((element) => element.setAttribute('data-contrast-probe', ''));
  const shot = await text.screenshot({animations: 'disabled'});
  await text.evaluate((element) => element.removeAttribute('data-contrast-probe'));
  await hide.evaluate((style) => (style as Element).remove());
  const {data, info} = await sharp(shot).removeAlpha().raw().toBuffer({resolveWithObject: true});
  const textLuminance = luminance(rgb);
  let worst = Infinity;
  for (let offset = 0; offset < info.width * info.height * 3; offset += 3) {
    const background = luminance([data[offset]!, data[offset + 1]!, data[offset + 2]!]);
    const [light, dark] = textLuminance > background ? [textLuminance, background] : [background, textLuminance];
    worst = Math.min(worst, (light + 0.05) / (dark + 0.05));
  }
  return worst;
}

test.describe('키보드', () => {
  for (const [name, path, landing] of [
    ['홈', '', 'main h1'],
    ['글', 'docs/how-to-read', 'main article'],
  ] as const) {
    test(`the first Tab shows "본문으로 건너뛰기", which skips the navigation (${name})`, async ({page}) => {
      await open(page, path, 'light');
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', {name: '본문으로 건너뛰기'});
      await expect(skip).toBeFocused();
      await expect(skip).toBeInViewport();
      await page.keyboard.press('Enter');
      // Focus is now at the start of the content: the next Tab stays inside <main>, past the navbar and sidebar.
      await page.keyboard.press('Tab');
      const inMain = await page.evaluate(() => !!document.activeElement?.closest('main'));
      expect(inMain).toBe(true);
      // The content start is on screen.
      await expect(page.locator(landing).first()).toBeInViewport();
    });
  }

  test('every element reached with Tab shows a focus ring', async ({page}) => {
    for (const [path, scheme, width] of [
      ['docs/how-to-read', 'light', 1280],
      ['docs/how-to-read', 'dark', 375],
      ['', 'dark', 1280],
    ] as const) {
      await page.setViewportSize({width, height: 800});
      await open(page, path, scheme);
      const missing = new Set<string>();
      for (let step = 0; step < 40; step++) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const element = document.activeElement as HTMLElement | null;
          if (!element || element === document.body) return null;
          const style = getComputedStyle(element);
          const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1) || style.boxShadow !== 'none';
          const label = `${element.tagName.toLowerCase()} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 30)}"`;
          return {ring, label};
        });
        if (focus && !focus.ring) missing.add(focus.label);
      }
      expect([...missing], `${path || '홈'} ${scheme} ${width}px`).toEqual([]);
    }
  });

  test('search opens, lists and closes from the keyboard', async ({page}) => {
    await open(page, 'docs/how-to-read', 'light');
    const button = page.getByRole('button', {name: '검색'});
    await button.focus();
    const dialog = page.getByRole('dialog', {name: '사이트 검색'});
    await expect(async () => {
      if ((await dialog.count()) === 0) await page.keyboard.press('Enter');
      await expect(dialog.getByRole('combobox')).toBeFocused({timeout: 1_000});
    }).toPass();
    await page.keyboard.type('파드');
    await expect(dialog.getByRole('option').first()).toBeVisible({timeout: 15_000});
    await page.keyboard.press('ArrowDown');
    await expect(dialog.getByRole('combobox')).toHaveAttribute('aria-activedescendant', /.+/);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(button).toBeFocused();
  });

  test('the phone menu opens, moves and follows links from the keyboard', async ({page}) => {
    await page.setViewportSize({width: 375, height: 800});
    await open(page, 'docs/how-to-read', 'light');
    const toggle = page.getByRole('button', {name: '사이드바 펼치거나 접기'});
    await toggle.focus();
    await page.keyboard.press('Enter');
    const menu = page.locator('.navbar-sidebar');
    await expect(menu).toBeVisible();
    // Tab reaches the course's chapters; Enter opens one and follows its first article.
    const chapter = menu.getByRole('button', {name: '워크로드'});
    for (let step = 0; step < 30 && !(await chapter.evaluate((element) => element === document.activeElement)); step++) {
      await page.keyboard.press('Tab');
    }
    await expect(chapter).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(chapter).toHaveAttribute('aria-expanded', 'true');
    const article = menu.getByRole('link', {name: '파드', exact: true});
    await expect(article).toBeVisible();
    await article.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/docs\/workloads\/pod$/);
  });

  test('the desktop sidebar opens a chapter with Enter', async ({page}) => {
    await open(page, 'docs/how-to-read', 'light');
    const chapter = page.locator('.theme-doc-sidebar-menu').getByRole('button', {name: '네트워크'});
    await chapter.focus();
    await expect(chapter).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Enter');
    await expect(chapter).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('.theme-doc-sidebar-menu').getByRole('link', {name: '서비스', exact: true})).toBeVisible();
  });
});
