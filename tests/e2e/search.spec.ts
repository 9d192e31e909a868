import type {Page} from '@playwright/test';
import {test, expect, url, hasNoHorizontalScroll, switchToDarkMode, untilHydrated} from './fixtures';

// The search box on the built site (src/theme/SearchBar, index by src/plugins/search).
// [query, the article expected among the first three results]
const QUERIES: [string, string][] = [
  // particles the articles' words do not carry in this form
  ['쿠버네티스를', 'docs/getting-started/what-is-kubernetes'],
  ['파드는', 'docs/workloads/pod'],
  ['서비스에서', 'docs/networking/service'],
  ['디플로이먼트를', 'docs/workloads/deployment'],
  ['시크릿을', 'docs/config-storage/secret'],
  ['네임스페이스를', 'docs/operations/namespace'],
  ['데몬셋이', 'docs/workloads/daemonset'],
  // English and Korean names (glossary synonyms)
  ['Pod', 'docs/workloads/pod'],
  ['Deployment', 'docs/workloads/deployment'],
  ['ConfigMap', 'docs/config-storage/configmap'],
  ['컨피그맵', 'docs/config-storage/configmap'],
  ['StatefulSet', 'docs/workloads/statefulset'],
  ['Ingress', 'docs/networking/ingress'],
  ['스토리지클래스', 'docs/config-storage/storageclass'],
  // several words
  ['롤링 업데이트', 'docs/workloads/deployment'],
  ['파드 삭제', 'docs/workloads/pod'],
  ['레이블 셀렉터', 'docs/workloads/labels-selectors'],
  // commands, abbreviations and error names
  ['kubectl logs', 'docs/operations/logging-monitoring'],
  ['PVC', 'docs/config-storage/persistent-volumes'],
  ['HPA', 'docs/operations/autoscaling'],
  ['RBAC', 'docs/operations/rbac'],
  ['CrashLoopBackOff', 'docs/operations/troubleshooting'],
  ['ImagePullBackOff', 'docs/operations/troubleshooting'],
];

// Beginners' questions in plain Korean: [question, article, the heading of a section that answers it].
// The section must be among the first three results (the page alone when no heading is given).
const QUESTIONS: [string, string, (string | RegExp)?][] = [
  ['설정값을 환경 변수로 넣고 싶어요', 'docs/config-storage/configmap'],
  ['노드에 파드가 안 올라가요', 'docs/operations/troubleshooting', /Pending|원인 \d/],
  ['롤백하는 방법', 'docs/workloads/deployment', '되돌리기'],
  ['이미지를 못 받아요', 'docs/operations/troubleshooting', 'ImagePullBackOff'],
  ['배포를 이전 버전으로 되돌리고 싶어요', 'docs/workloads/deployment', '되돌리기'],
  ['파드가 계속 재시작돼요', 'docs/operations/troubleshooting', 'CrashLoopBackOff'],
  ['컨테이너가 자꾸 죽어요 왜 그런가요', 'docs/operations/troubleshooting', 'CrashLoopBackOff'],
  ['메모리가 모자라서 죽어요', 'docs/operations/resources', 'OOMKilled'],
  ['비밀번호를 안전하게 넣는 방법', 'docs/config-storage/secret'],
  ['파드를 어떻게 지우나요', 'docs/workloads/pod'],
  ['도메인으로 외부에서 접속하려면', 'docs/networking/ingress'],
  ['내 컴퓨터에서 서비스에 접속하고 싶어요', 'docs/networking/service', 'port-forward'],
  ['데이터가 사라져요', 'docs/config-storage/persistent-volumes'],
  ['트래픽에 따라 파드 수를 자동으로 늘리고 싶어요', 'docs/operations/autoscaling'],
  ['권한이 없어요 forbidden', 'docs/operations/rbac'],
  ['로그는 어떻게 보나요', 'docs/operations/logging-monitoring'],
  ['내 컴퓨터에 클러스터 만드는 방법', 'docs/setup/local-cluster'],
  ['특정 노드에만 파드를 배치하고 싶어요', 'docs/operations/scheduling'],
  ['무중단 배포는 어떻게 하나요', 'docs/workloads/deployment', '롤링 업데이트'],
  ['헬스 체크 설정 방법', 'docs/operations/probes'],
  ['팀별로 환경을 나누고 싶어요', 'docs/operations/namespace'],
  ['정해진 시간마다 작업을 실행하려면', 'docs/workloads/job-cronjob'],
  ['모든 노드에 파드를 하나씩 띄우고 싶어요', 'docs/workloads/daemonset'],
  ['kubectl 설치는 어떻게 하나요', 'docs/setup/lab-environment'],
  ['도커 데스크톱 없이 실습하는 방법', 'docs/setup/lab-environment'],
  ['CPU 사용량을 제한하고 싶어요', 'docs/operations/resources'],
  ['파드 개수를 늘리는 방법', 'docs/workloads/deployment'],
  ['이미지 풀 오류가 나요', 'docs/operations/troubleshooting', 'ImagePullBackOff'],
  ['파드가 Pending에서 안 넘어가요', 'docs/operations/troubleshooting', /Pending|원인 \d/],
  ['컨텍스트 바꾸는 방법', 'docs/setup/kubectl-setup'],
  ['헬름 차트 설치하는 법', 'docs/ecosystem/helm'],
  ['업데이트를 취소하고 예전 버전으로', 'docs/workloads/deployment', '되돌리기'],
  ['서비스 엔드포인트가 비어 있어요', 'docs/operations/troubleshooting', '엔드포인트'],
  ['배포 되돌리는 법', 'docs/workloads/deployment', '되돌리기'],
  ['이미지 받기 실패', 'docs/operations/troubleshooting', 'ImagePullBackOff'],
  ['메모리 제한 거는 법', 'docs/operations/resources'],
  ['파드가 계속 죽었다 살아나요', 'docs/operations/troubleshooting', 'CrashLoopBackOff'],
  ['설정 파일을 파드에 넣고 싶어요', 'docs/config-storage/configmap'],
  ['디스크를 파드에 붙이는 방법', 'docs/config-storage/persistent-volumes'],
];

const dialog = (page: Page) => page.getByRole('dialog', {name: '사이트 검색'});
const searchBox = (page: Page) => dialog(page).getByRole('combobox', {name: '검색어'});
const options = (page: Page) => dialog(page).getByRole('option');
const status = (page: Page) => dialog(page).getByRole('status');

/** Opens search with `open` (a click or a shortcut), again if the page was not interactive yet. */
async function openSearch(page: Page, open = () => page.getByRole('button', {name: '검색'}).click()): Promise<void> {
  await expect(async () => {
    if ((await dialog(page).count()) === 0) await open();
    await expect(searchBox(page)).toBeFocused({timeout: 1_000});
  }).toPass();
}

/** Types a query and waits for its results; returns the result pages in order. */
async function search(page: Page, query: string): Promise<string[]> {
  await searchBox(page).fill(query);
  await expect(status(page)).toHaveAttribute('data-answered', query, {timeout: 15_000});
  await expect(status(page)).toHaveText(/^결과 (\d+개|없음)/);
  return options(page).evaluateAll((elements) => elements.map((element) => element.getAttribute('data-page-url') ?? ''));
}

test.describe('검색', () => {
  test.beforeEach(async ({page}) => {
    await page.goto(url());
    await untilHydrated(page);
  });

  test(`finds the expected article in the top 3 for ${QUERIES.length} queries`, async ({page}) => {
    test.setTimeout(180_000);
    await openSearch(page);
    for (const [query, expected] of QUERIES) {
      const pages = await search(page, query);
      expect.soft(pages.slice(0, 3), `"${query}" → ${expected}; got ${pages.join(', ')}`).toContain(url(expected));
    }
  });

  test(`answers ${QUESTIONS.length} plain Korean questions with their section in the top 3`, async ({page}) => {
    test.setTimeout(240_000);
    await openSearch(page);
    for (const [question, article, heading] of QUESTIONS) {
      await search(page, question);
      const top = await options(page).evaluateAll((elements) =>
        elements.slice(0, 3).map((element) => ({page: element.getAttribute('data-page-url') ?? '', text: element.textContent ?? ''})),
      );
      const found = top.some((hit) => hit.page === url(article) && (!heading || (typeof heading === 'string' ? hit.text.includes(heading) : heading.test(hit.text))));
      expect.soft(found, `"${question}" → ${article} ${heading ?? ''}; got ${top.map((hit) => `${hit.page} ${hit.text.slice(0, 40)}`).join(' | ')}`).toBe(true);
    }
  });

  test('suggests glossary terms, the glossary and the course path when nothing matches', async ({page}) => {
    await openSearch(page);
    expect(await search(page, '뷁롤백')).toEqual([]);
    const suggestions = dialog(page).getByRole('navigation', {name: '추천'});
    await expect(suggestions.getByRole('link', {name: /롤백/})).toHaveAttribute('href', new RegExp(`${url('docs/glossary')}#`));
    expect(await search(page, '뷁뷁')).toEqual([]);
    await expect(suggestions.getByRole('link', {name: '용어집 전체 보기'})).toBeVisible();
    await expect(suggestions.getByRole('link', {name: '장별 학습 경로'})).toBeVisible();
  });

  test('shows the title, the section heading and the matched words of each result', async ({page}) => {
    await openSearch(page);
    await search(page, 'CrashLoopBackOff');
    const first = options(page).first();
    await expect(first.locator('[class*="title_"]')).toHaveText('문제 해결');
    await expect(first.locator('[class*="section_"]')).toContainText('CrashLoopBackOff');
    await expect(first.locator('mark').first()).toHaveText(/CrashLoopBackOff/);
    await expect(first).toHaveAttribute('href', new RegExp(`^${url('docs/operations/troubleshooting')}#`));
  });

  test('says so in Korean when nothing matches', async ({page}) => {
    await openSearch(page);
    expect(await search(page, '뷁뷁')).toEqual([]);
    await expect(status(page)).toContainText('결과 없음');
    await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'false');
  });

  test('works from the keyboard: / opens, arrows choose, Enter opens, Esc closes', async ({page}) => {
    await openSearch(page, () => page.keyboard.press('/'));
    await page.keyboard.type('CrashLoopBackOff');
    await expect(status(page)).toHaveAttribute('data-answered', 'CrashLoopBackOff');
    await expect(status(page)).toHaveText(/^결과 \d+개/);
    const input = searchBox(page);
    await expect(input).toHaveAttribute('aria-expanded', 'true');
    const ids = await options(page).evaluateAll((elements) => elements.map((element) => element.id));
    expect(ids.length).toBeGreaterThan(1);
    await expect(input).toHaveAttribute('aria-activedescendant', ids[0]!);
    await page.keyboard.press('ArrowDown');
    await expect(input).toHaveAttribute('aria-activedescendant', ids[1]!);
    await expect(options(page).nth(1)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp'); // wraps around to the last
    await expect(input).toHaveAttribute('aria-activedescendant', ids.at(-1)!);
    await page.keyboard.press('ArrowDown'); // and back to the first
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${url('docs/operations/troubleshooting')}#`));
    await expect(dialog(page)).toHaveCount(0);
    await expect(page.locator('article h1')).toHaveText('문제 해결');
    const section = decodeURIComponent(new URL(page.url()).hash.slice(1));
    await expect(page.locator(`[id="${section}"]`), 'scrolled to the section found').toBeInViewport();

    await openSearch(page, () => page.keyboard.press('Control+k'));
    await expect(searchBox(page)).toHaveValue('CrashLoopBackOff'); // the last query stays
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toHaveCount(0);
    await expect(page.getByRole('button', {name: '검색'})).toBeFocused();
  });

  test('loads Pagefind only when search opens, from this site only', async ({page}) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.reload();
    await page.waitForLoadState('networkidle');
    expect(requests.filter((request) => request.includes('/pagefind/'))).toEqual([]);
    await openSearch(page);
    await search(page, '파드');
    const pagefind = requests.filter((request) => request.includes('/pagefind/'));
    expect(pagefind).toContain(`http://localhost:${new URL(page.url()).port}${url('pagefind/pagefind.js')}`);
    // the fixture fails the test on any off-site request
  });

  test('indexes the articles only: no navbar, sidebar, footer, home or 404 text', async ({page}) => {
    const indexed = await page.evaluate(async (bundle) => {
      const pagefind = await import(bundle);
      await pagefind.init();
      const all = await pagefind.search(null);
      return Promise.all(
        all.results.map(async (result: {data: () => Promise<{raw_url: string; content: string}>}) => {
          const data = await result.data();
          return {url: data.raw_url, content: data.content};
        }),
      );
    }, url('pagefind/pagefind.js'));
    expect(indexed.length).toBeGreaterThan(10);
    for (const {url: pageUrl, content} of indexed) {
      expect(pageUrl, 'only articles are indexed').toMatch(/^\/docs\//);
      expect(pageUrl).not.toMatch(/404|\/tags\//);
      for (const chrome of ['본문으로 건너뛰기', '기여자들이 직접 작성했습니다', '이 페이지 편집', '최종 수정']) {
        expect(content, `${pageUrl} contains "${chrome}"`).not.toContain(chrome);
      }
    }
    await openSearch(page);
    expect(await search(page, '기여자들이')).toEqual([]);
  });

  test('fills a 375 px phone screen and fits it', async ({page}) => {
    await page.setViewportSize({width: 375, height: 800});
    await page.reload();
    await openSearch(page);
    await search(page, '파드');
    const box = (await dialog(page).boundingBox())!;
    expect(box.x).toBe(0);
    expect(box.width).toBe(375);
    expect(box.height).toBe(800);
    await expect(dialog(page).getByRole('button', {name: '닫기'})).toBeVisible();
    expect(await dialog(page).evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    expect(await hasNoHorizontalScroll(page)).toBe(true);
    await dialog(page).getByRole('button', {name: '닫기'}).click();
    await expect(dialog(page)).toHaveCount(0);

    // A tap on a result opens its section (a Korean heading id).
    await openSearch(page);
    await search(page, '파드 지우기');
    await options(page).first().click();
    await expect(page).toHaveURL(new RegExp(`${url('docs/workloads/pod')}#`));
    const section = decodeURIComponent(new URL(page.url()).hash.slice(1));
    expect(section).toMatch(/[가-힣]/);
    await expect(page.locator(`[id="${section}"]`)).toBeInViewport();
  });

  test('is readable in dark mode', async ({page}) => {
    await openSearch(page);
    await search(page, '파드');
    const light = await dialog(page).evaluate((element) => getComputedStyle(element).backgroundColor);
    await page.keyboard.press('Escape');
    await switchToDarkMode(page);
    await openSearch(page);
    await search(page, '파드');
    const dark = await dialog(page).evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(dark).not.toBe(light);
    const title = options(page).first().locator('[class*="title_"]');
    const colors = await title.evaluate((element) => [getComputedStyle(element).color, getComputedStyle(element.closest('dialog')!).backgroundColor]);
    expect(colors[0]).not.toBe(colors[1]);
  });
});
