import {readFileSync} from 'node:fs';
import type {Locator, Page} from '@playwright/test';
import {test, expect, url, baseUrl, switchToDarkMode, hasNoHorizontalScroll, reachIsland, untilHydrated} from './fixtures';

// Reader features: glossary tooltips, learning progress, image zoom and
// manifest downloads. Every address goes through url(), so the suite also
// passes with BASE_URL=/k8s-intro/.

const POD = 'docs/workloads/pod';
const GUIDE = 'docs/how-to-read';
const POD_DEFINITION = '쿠버네티스에서 만들고 관리할 수 있는 가장 작은 배포 단위';

/** The `<Term id="pod">파드(Pod)</Term>` in the pod article. */
const podTerm = (page: Page) => page.locator('article').getByRole('button', {name: '파드(Pod)', exact: true});
const tooltipOf = async (term: Locator) => term.page().locator(`[id="${await term.getAttribute('aria-describedby')}"]`);

test.describe('용어 툴팁', () => {
  test('opens on hover with the term, English name, definition and a glossary link; Escape closes it', async ({page}, testInfo) => {
    await page.goto(url(POD));
    await untilHydrated(page);
    const term = podTerm(page);
    const tooltip = await tooltipOf(term);
    await expect(tooltip).toBeHidden();
    await expect(tooltip).toHaveAttribute('role', 'tooltip');
    await expect(term).toHaveAccessibleDescription(new RegExp(POD_DEFINITION));

    await term.hover();
    await expect(tooltip).toBeVisible();
    await expect(tooltip.locator('strong')).toHaveText('파드');
    await expect(tooltip.locator('[lang="en"]')).toHaveText('Pod');
    await expect(tooltip).toContainText(POD_DEFINITION);
    await expect(tooltip.getByRole('link', {name: '용어집에서 보기'})).toHaveAttribute('href', url('docs/glossary#pod'));
    await page.screenshot({path: testInfo.outputPath('tooltip-light.png')});

    await page.keyboard.press('Escape');
    await expect(tooltip).toBeHidden();
    // Moving away and back opens it again.
    await page.mouse.move(0, 0);
    await term.hover();
    await expect(tooltip).toBeVisible();
    await page.mouse.move(0, 0);
    await expect(tooltip).toBeHidden();
  });

  test('opens on keyboard focus, lets Tab reach its link, and closes when focus leaves', async ({page}) => {
    await page.goto(url(POD));
    await untilHydrated(page);
    const term = podTerm(page);
    const tooltip = await tooltipOf(term);
    // Start from the section heading, then Tab as a keyboard user would.
    await page.getByRole('heading', {name: '파드란 무엇인가'}).click();
    for (let presses = 0; presses < 6 && !(await term.evaluate((element) => element === document.activeElement)); presses++) {
      await page.keyboard.press('Tab');
    }
    await expect(term).toBeFocused();
    await expect(tooltip).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(tooltip.getByRole('link', {name: '용어집에서 보기'})).toBeFocused();
    await expect(tooltip).toBeVisible();
    await page.keyboard.press('Shift+Tab');
    await expect(term).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(tooltip).toBeHidden();
    await expect(term).toBeFocused();
  });

  test('leads to the entry on the glossary page', async ({page}) => {
    await page.goto(url(POD));
    // A hover before hydration opens nothing (the tooltip's listeners come with React).
    await untilHydrated(page);
    const term = podTerm(page);
    await term.hover();
    await (await tooltipOf(term)).getByRole('link', {name: '용어집에서 보기'}).click();
    await expect(page).toHaveURL(new RegExp(`${url('docs/glossary')}#pod$`));
    const entry = page.locator('h3#pod');
    await expect(entry).toContainText('파드 (Pod)');
    await expect(entry).toBeInViewport();
  });

  test('every term on a page resolves to an entry that exists on the glossary page', async ({page}) => {
    await page.goto(url('docs/networking/service'));
    const links = await page.locator('article [role="tooltip"] a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!));
    expect(links.length).toBeGreaterThanOrEqual(3);
    await page.goto(url('docs/glossary'));
    for (const href of new Set(links)) {
      expect(href.startsWith(url('docs/glossary#'))).toBe(true);
      await expect(page.locator(`[id="${href.split('#')[1]}"]`), href).toHaveCount(1);
    }
  });

  test('looks right in dark mode', async ({page}, testInfo) => {
    await page.goto(url(POD));
    await untilHydrated(page);
    await switchToDarkMode(page);
    const term = podTerm(page);
    await term.hover();
    const tooltip = await tooltipOf(term);
    await expect(tooltip).toBeVisible();
    const [background, color] = await tooltip.evaluate((element) => [getComputedStyle(element).backgroundColor, getComputedStyle(element).color]);
    const lightness = (rgb: string) => rgb.match(/\d+/g)!.slice(0, 3).reduce((sum, value) => sum + Number(value), 0) / 3;
    expect(lightness(background)).toBeLessThan(80);
    expect(lightness(color)).toBeGreaterThan(180);
    await page.screenshot({path: testInfo.outputPath('tooltip-dark.png')});
  });
});

test.describe('용어 툴팁 (휴대폰)', () => {
  test.use({viewport: {width: 375, height: 740}, hasTouch: true, isMobile: true});

  test('opens on tap, stays inside a 375 px screen, and closes on a second tap or a tap elsewhere', async ({page}, testInfo) => {
    await page.goto(url(POD));
    await untilHydrated(page);
    const term = podTerm(page);
    const tooltip = await tooltipOf(term);
    await term.scrollIntoViewIfNeeded();
    await term.tap();
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText(POD_DEFINITION);
    const box = (await tooltip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    expect(await hasNoHorizontalScroll(page)).toBe(true);
    await page.screenshot({path: testInfo.outputPath('tooltip-375.png')});

    await term.tap();
    await expect(tooltip).toBeHidden();
    await term.tap();
    await expect(tooltip).toBeVisible();
    await page.getByRole('heading', {name: '파드와 노드의 관계'}).tap();
    await expect(tooltip).toBeHidden();
  });

  test('a term near the right edge shifts its box back into the screen', async ({page}) => {
    await page.goto(url('docs/networking/service'));
    await untilHydrated(page);
    for (const term of await page.locator('article button[aria-describedby]').all()) {
      await term.scrollIntoViewIfNeeded();
      await term.tap();
      const tooltip = await tooltipOf(term);
      await expect(tooltip).toBeVisible();
      const box = (await tooltip.boundingBox())!;
      expect(box.x, await term.innerText()).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, await term.innerText()).toBeLessThanOrEqual(375);
      await term.tap();
      await expect(tooltip).toBeHidden();
    }
  });
});

test.describe('학습 진도', () => {
  /** Articles in course order, as the home page lists them. */
  async function courseLinks(page: Page): Promise<{href: string; title: string}[]> {
    await page.goto(url());
    return page
      .locator('section[aria-labelledby="course-path"] ul a')
      .evaluateAll((anchors) => anchors.map((anchor) => ({href: anchor.getAttribute('href')!, title: anchor.textContent!.trim()})));
  }

  const completeButton = (page: Page) => page.getByRole('button', {name: '완료', exact: true});
  const activeSidebarLink = (page: Page) => page.locator('.theme-doc-sidebar-menu a[aria-current="page"]');

  test('marking an article 완료 checks it in the sidebar and survives a reload', async ({page}) => {
    await page.goto(url(GUIDE));
    const button = completeButton(page);
    await reachIsland(button);
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    await expect(activeSidebarLink(page).getByRole('img', {name: '완료'})).toHaveCount(0);

    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await expect(activeSidebarLink(page).getByRole('img', {name: '완료'})).toBeVisible();
    await expect(activeSidebarLink(page)).toHaveAccessibleName(/완료$/);

    await page.reload();
    await reachIsland(completeButton(page));
    await expect(completeButton(page)).toHaveAttribute('aria-pressed', 'true');
    await expect(activeSidebarLink(page).getByRole('img', {name: '완료'})).toBeVisible();

    // Stored per deployment, under this site's baseUrl.
    const stored = await page.evaluate((key) => localStorage.getItem(key), `k8s-ipmun:progress:${baseUrl}`);
    expect(JSON.parse(stored!).done).toEqual(['how-to-read']);

    await completeButton(page).click();
    await expect(completeButton(page)).toHaveAttribute('aria-pressed', 'false');
    await expect(activeSidebarLink(page).getByRole('img', {name: '완료'})).toHaveCount(0);
  });

  test('an article open in another tab checks what this one marks 완료', async ({page, context}) => {
    // A first visit: no progress stored, so the sidebar has not loaded the progress code.
    const other = await context.newPage();
    await other.goto(url(POD));
    await expect(other.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
    await page.bringToFront();
    await page.goto(url(GUIDE));
    await reachIsland(completeButton(page));
    await completeButton(page).click();
    await expect(completeButton(page)).toHaveAttribute('aria-pressed', 'true');
    await expect(other.locator(`.theme-doc-sidebar-menu a[href="${url(GUIDE)}"]`).getByRole('img', {name: '완료'})).toBeVisible();
    await other.close();
  });

  test('the home page shows progress and continues at the first unfinished article', async ({page}, testInfo) => {
    const links = await courseLinks(page);
    expect(links.length).toBeGreaterThanOrEqual(4);
    const progressbar = page.getByRole('progressbar');
    await expect(progressbar).toHaveAttribute('aria-valuenow', '0');
    await expect(page.getByRole('link', {name: /이어서 학습하기/})).toHaveCount(0);

    // Finish the 1st and 3rd articles: the 2nd is where to go on.
    for (const index of [0, 2]) {
      await page.goto(links[index]!.href);
      await reachIsland(completeButton(page));
      await completeButton(page).click();
      await expect(completeButton(page)).toHaveAttribute('aria-pressed', 'true');
    }
    // The sidebar (with the chapter open) checks both.
    await expect(page.locator('.theme-doc-sidebar-menu').getByRole('img', {name: '완료'}).first()).toBeVisible();

    await page.goto(url());
    await expect(page.getByText(`${links.length}개 중 2개 완료`)).toBeVisible();
    await expect(progressbar).toHaveAttribute('aria-valuenow', '2');
    await expect(progressbar).toHaveAttribute('aria-valuemax', String(links.length));
    const resume = page.getByRole('link', {name: /이어서 학습하기/});
    await expect(resume).toHaveAttribute('href', links[1]!.href);
    await expect(resume).toContainText(links[1]!.title);
    await page.screenshot({path: testInfo.outputPath('home-progress.png')});
    await resume.click();
    await expect(page).toHaveURL(new RegExp(`${links[1]!.href}$`));
    await expect(completeButton(page)).toHaveAttribute('aria-pressed', 'false');
  });

  test('fits a 375 px phone', async ({page}, testInfo) => {
    await page.setViewportSize({width: 375, height: 800});
    await page.goto(url(GUIDE));
    await reachIsland(completeButton(page));
    await completeButton(page).click();
    await page.goto(url());
    await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '1');
    expect(await hasNoHorizontalScroll(page)).toBe(true);
    await page.screenshot({path: testInfo.outputPath('home-progress-375.png'), fullPage: false});
  });
});

test.describe('그림 확대', () => {
  const image = (page: Page) => page.locator('article img[alt^="kind 클러스터"]');

  test('a click zooms an article image; Escape and a second click close it', async ({page}, testInfo) => {
    await page.goto(url(GUIDE));
    await untilHydrated(page);
    await image(page).scrollIntoViewIfNeeded();
    await image(page).click();
    const zoomed = page.locator('.medium-zoom-image--opened');
    await expect(zoomed).toBeVisible();
    const overlay = page.locator('.medium-zoom-overlay');
    await expect(overlay).toHaveCSS('background-color', 'rgba(255, 255, 255, 0.96)');
    await page.screenshot({path: testInfo.outputPath('zoom-light.png')});
    await page.keyboard.press('Escape');
    await expect(zoomed).toHaveCount(0);

    await image(page).click();
    await expect(zoomed).toBeVisible();
    await zoomed.click();
    await expect(zoomed).toHaveCount(0);

    // The logo is not an article image.
    await expect(page.locator('.navbar__logo img')).not.toHaveClass(/medium-zoom-image/);
  });

  test('medium-zoom is fetched only when a reader first points at an image', async ({page}) => {
    await page.goto(url(GUIDE));
    await page.waitForLoadState('networkidle');
    // medium-zoom injects its stylesheet and marks the images once it has loaded.
    const loaded = () => page.evaluate(() => [...document.querySelectorAll('style')].some((style) => style.textContent?.includes('.medium-zoom-overlay')));
    expect(await loaded()).toBe(false);
    await expect(page.locator('.medium-zoom-image')).toHaveCount(0);
    await expect(image(page)).toHaveAttribute('tabindex', '0');
    await image(page).hover();
    await expect(image(page)).toHaveClass(/medium-zoom-image/);
    expect(await loaded()).toBe(true);
  });

  test('opens from the keyboard and uses a dark backdrop in dark mode', async ({page}) => {
    await page.goto(url(GUIDE));
    await untilHydrated(page);
    await switchToDarkMode(page);
    await image(page).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.medium-zoom-image--opened')).toBeVisible();
    const background = await page.locator('.medium-zoom-overlay').evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(background).toBe('rgba(16, 18, 24, 0.94)');
    await page.keyboard.press('Escape');
    await expect(page.locator('.medium-zoom-image--opened')).toHaveCount(0);
  });
});

test.describe('매니페스트 내려받기', () => {
  test('a titled YAML block downloads as that file with the block’s code', async ({page}) => {
    await page.goto(url(GUIDE));
    const block = page.locator('.theme-code-block').filter({has: page.locator('[class*="codeBlockTitle"]', {hasText: 'hello-pod.yaml'})});
    await reachIsland(block);
    await block.hover();
    const button = block.getByRole('button', {name: 'hello-pod.yaml 다운로드'});
    await expect(button).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe('hello-pod.yaml');
    const content = readFileSync((await download.path())!, 'utf8');
    expect(content).toBe(
      [
        'apiVersion: v1',
        'kind: Pod',
        'metadata:',
        '  name: hello',
        'spec:',
        '  containers:',
        '    - name: web',
        '      image: nginx:1.27',
        '      ports:',
        '        - containerPort: 80',
        '',
      ].join('\n'),
    );
  });

  test('blocks without a file name have no download button', async ({page}) => {
    await page.goto(url(GUIDE));
    await untilHydrated(page);
    const commands = page.locator('.theme-code-block').filter({hasText: 'kubectl apply -f hello-pod.yaml'});
    await commands.hover();
    await expect(commands.getByRole('button', {name: /복사|Copy/})).toHaveCount(1);
    await expect(commands.getByRole('button', {name: /다운로드/})).toHaveCount(0);
  });
});
