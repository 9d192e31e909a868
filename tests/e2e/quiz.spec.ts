import AxeBuilder from '@axe-core/playwright';
import type {Page} from '@playwright/test';
import {test, expect, url, baseUrl, switchToDarkMode, hasNoHorizontalScroll, reachIsland, untilHydrated} from './fixtures';

// Knowledge checks (확인 문제) on the built site: src/plugins/quiz turns
// `:::quiz` into src/components/Quiz. The pod article's first quiz has three
// choices, the second correct; the service article's third has two correct.

const POD = 'docs/workloads/pod';
const SERVICE = 'docs/networking/service';
const FIRST_QUESTION = '한 파드 안의 두 컨테이너가 서로 통신하려면 어떻게 하나요?';
const WRONG_EXPLANATION = '파드 하나에 IP 하나가 배정되고 모든 컨테이너가 함께 씁니다.';
const RIGHT_EXPLANATION = '같은 파드의 컨테이너는 네트워크 공간을 공유하므로';

const quiz = (page: Page, question: string | RegExp) => page.locator('[data-quiz]').filter({has: page.getByRole('group', {name: question})});

test.describe('확인 문제', () => {
  test('answered wrong then right by keyboard: each result and explanation is announced, and progress shows on the home page', async ({page}, testInfo) => {
    await page.goto(url(POD));
    const first = quiz(page, FIRST_QUESTION);
    await reachIsland(first);
    const status = first.getByRole('status');
    const radios = first.getByRole('radio');
    await expect(radios).toHaveCount(3);
    await expect(status).toBeEmpty();

    // Tab into the group from the section heading, as a keyboard user would.
    await page.getByRole('heading', {name: '확인 문제', level: 2}).click();
    for (let presses = 0; presses < 6 && !(await radios.first().evaluate((element) => element === document.activeElement)); presses++) {
      await page.keyboard.press('Tab');
    }
    await expect(radios.first()).toBeFocused();
    await page.keyboard.press('Space');
    await expect(radios.first()).toBeChecked();
    await expect(status).toHaveAttribute('aria-live', 'polite');
    await expect(status).toContainText('틀렸습니다');
    await expect(status).toContainText(WRONG_EXPLANATION);

    await page.keyboard.press('ArrowDown');
    await expect(radios.nth(1)).toBeChecked();
    await expect(radios.nth(1)).toBeFocused();
    await expect(status).toContainText('정답입니다');
    await expect(status).toContainText(RIGHT_EXPLANATION);
    await expect(status).not.toContainText(WRONG_EXPLANATION);

    const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), `k8s-ipmun:progress:${baseUrl}`);
    expect(stored.answers).toEqual({'workloads/pod#1': true});
    // The sidebar's chapter line counts it.
    await expect(page.locator('.theme-doc-sidebar-menu')).toContainText(/글 0\/\d+ 완료 · 확인 문제 1\/\d+ 맞힘/);

    await page.goto(url());
    const chapter = page.locator('li').filter({has: page.getByRole('heading', {name: '워크로드', level: 3})});
    await expect(chapter).toContainText(/글 0\/7 완료 · 확인 문제 1\/\d+ 맞힘/);
    await chapter.screenshot({path: testInfo.outputPath('home-chapter-progress.png')});
  });

  test('with several correct choices the reader picks all of them and presses 확인', async ({page}) => {
    await page.goto(url(SERVICE));
    const multiple = quiz(page, /접속할 때 쓸 수 있는 이름을 모두 고르세요/);
    await reachIsland(multiple);
    const status = multiple.getByRole('status');
    await expect(multiple.getByRole('checkbox')).toHaveCount(3);
    await multiple.getByRole('checkbox', {name: 'postgres.db', exact: true}).check();
    await multiple.getByRole('button', {name: '확인'}).click();
    await expect(status).toContainText('맞는 보기가 1개 더 있습니다');
    await multiple.getByRole('checkbox', {name: 'postgres.db.svc.cluster.local'}).check();
    await multiple.getByRole('button', {name: '확인'}).press('Enter');
    await expect(status).toContainText('정답입니다');
  });

  test('fits 375 px in dark mode', async ({page}, testInfo) => {
    await page.goto(url(POD));
    await switchToDarkMode(page); // the toggle is in the navbar until the viewport narrows
    await page.setViewportSize({width: 375, height: 800});
    const first = quiz(page, FIRST_QUESTION);
    await reachIsland(first);
    await first.getByRole('radio').first().check();
    await expect(first.getByRole('status')).toContainText('틀렸습니다');
    expect(await hasNoHorizontalScroll(page)).toBe(true);
    await first.screenshot({path: testInfo.outputPath('quiz-375-dark.png')});
  });
});

test.describe('확인 문제 code on demand', () => {
  test('a quiz is in the page as it arrives, and its code comes only when the reader nears it', async ({page, request}) => {
    // In place in the server's HTML, not streamed to the end behind an inline script.
    const html = await (await request.get(url(POD))).text();
    expect(html).not.toMatch(/<template id="?B:|\$RC\(/);
    expect(html).toMatch(/<div class="?island_\w+"? data-island="?waiting"?><div class="?quiz_/);

    await page.setViewportSize({width: 1280, height: 720});
    const scripts: string[] = [];
    page.on('request', (sent) => sent.resourceType() === 'script' && scripts.push(sent.url()));
    await page.goto(url(POD));
    await untilHydrated(page);
    await page.waitForLoadState('networkidle');
    const last = page.locator('[data-quiz]').last();
    const island = last.locator('xpath=ancestor::*[@data-island][1]');
    await expect(island).toHaveAttribute('data-island', 'waiting');
    const firstLoad = scripts.length;

    // A keyboard reader reaches it first: focus stays on the choice as React takes the quiz over.
    const choice = last.getByRole('radio').nth(1);
    await choice.focus();
    await expect(island).toHaveAttribute('data-island', 'hydrated');
    expect(scripts.length).toBeGreaterThan(firstLoad);
    await expect(choice).toBeFocused();
    await page.keyboard.press('Space');
    await expect(choice).toBeChecked();
    await expect(last.getByRole('status')).not.toBeEmpty();
  });

  test('after a client navigation the quizzes are there at once', async ({page}) => {
    await page.goto(url('docs/workloads/replicaset'));
    await untilHydrated(page);
    await page.locator(`.theme-doc-sidebar-menu a[href$="/${POD}"]`).click();
    const first = quiz(page, FIRST_QUESTION);
    await expect(first.locator('xpath=ancestor::*[@data-island][1]')).toHaveAttribute('data-island', 'hydrated');
    await first.getByRole('radio').nth(1).check();
    await expect(first.getByRole('status')).toContainText('정답입니다');
  });
});

test.describe('확인 문제 accessibility (axe)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`answered right and wrong, in ${scheme}, the quizzes have no axe violations`, async ({page}) => {
      test.setTimeout(120_000);
      await page.emulateMedia({colorScheme: scheme});
      await page.goto(url(POD));
      await untilHydrated(page);
      const [first, second] = [quiz(page, FIRST_QUESTION), page.locator('[data-quiz]').nth(1)];
      await reachIsland(first);
      await reachIsland(second);
      await first.getByRole('radio').first().check();
      await second.getByRole('radio').nth(1).check();
      await expect(first.getByRole('status')).toContainText('틀렸습니다');
      await expect(second.getByRole('status')).toContainText('정답입니다');
      await first.locator('details summary').click();
      const results = await new AxeBuilder({page}).include('[data-quiz]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      expect(results.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`))).toEqual([]);
    });
  }
});

test.describe('확인 문제 without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  test('shows the question and choices, with every answer and explanation folded in <details>', async ({page}) => {
    await page.goto(url(POD));
    const first = quiz(page, FIRST_QUESTION);
    await expect(first.getByRole('radio')).toHaveCount(3);
    await expect(first.getByText('서비스를 만들어야만 통신할 수 있습니다.').first()).toBeVisible();
    const answers = first.locator('details');
    await expect(answers).not.toHaveAttribute('open', '');
    await expect(answers.getByText(RIGHT_EXPLANATION, {exact: false})).toBeHidden();
    await answers.locator('summary').click();
    await expect(answers.getByText(RIGHT_EXPLANATION, {exact: false})).toBeVisible();
    await expect(answers.getByText(WRONG_EXPLANATION, {exact: false})).toBeVisible();
    await expect(answers.locator('li').nth(1)).toContainText('정답');
  });
});
