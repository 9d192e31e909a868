import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type {Page} from '@playwright/test';
import {test, expect, url, baseUrl, hasNoHorizontalScroll, switchToDarkMode, untilHydrated} from './fixtures';
import {checkerReport} from '../manifestCheck/checkerReport';
import {INVALID_MANIFESTS} from '../manifestCheck/samples';

const PAGE = 'manifest-check';
// Its first block is a valid Deployment titled deployment.yaml.
const ARTICLE = 'docs/workloads/deployment';

const input = (page: Page) => page.getByLabel(/검사할 매니페스트/);
const verdict = (page: Page) => page.getByRole('status');

/** The listed results as the page words them: "줄 L, 칸 C: 메시지". */
async function listed(page: Page): Promise<string[]> {
  const items = page.getByRole('list', {name: '검사 결과'}).getByRole('listitem');
  return items.evaluateAll((elements) =>
    elements.map((item) => `${item.querySelector('button')!.textContent}${item.querySelector('span')!.textContent}`),
  );
}

async function paste(page: Page, yaml: string): Promise<void> {
  // Text typed before hydration is replaced by the page's own state.
  await untilHydrated(page);
  await input(page).fill(yaml);
  await page.getByRole('button', {name: '검사', exact: true}).click();
}

test.describe('매니페스트 검사기', () => {
  test('is in the navbar and accepts its sample', async ({page}) => {
    await page.goto(url());
    await page.locator('.navbar').getByRole('link', {name: '매니페스트 검사기'}).click();
    await expect(page).toHaveURL(new RegExp(`${baseUrl}${PAGE}$`));
    await expect(page.getByRole('heading', {level: 1, name: '매니페스트 검사기'})).toBeVisible();
    await expect(input(page)).toHaveValue(/kind: Deployment/);
    await expect(verdict(page)).toHaveText('올바른 매니페스트입니다.');
  });

  for (const [name, yaml] of Object.entries(INVALID_MANIFESTS)) {
    test(`says what npm run check says: ${name}`, async ({page}) => {
      const expected = await checkerReport(yaml);
      expect(expected.length).toBeGreaterThan(0);
      await page.goto(url(PAGE));
      await paste(page, yaml);
      await expect(verdict(page)).toContainText('오류');
      await expect.poll(() => listed(page)).toEqual(expected);
    });
  }

  test('names the classes of mistake a beginner makes, in Korean', async ({page}) => {
    await page.goto(url(PAGE));
    const expectations: [string, RegExp][] = [
      [INVALID_MANIFESTS['tab indent'], /^줄 4, 칸 1: YAML 문법 오류입니다: 들여쓰기에 탭을 쓸 수 없습니다/],
      [INVALID_MANIFESTS['unknown field, missing container name'], /^줄 6, 칸 3: 알 수 없는 필드 spec\.restartPolcy 입니다\. 철자를 확인하세요 \(혹시 restartPolicy\?\)/],
      [INVALID_MANIFESTS['removed API version'], /^줄 1, 칸 13: extensions\/v1beta1 의 Ingress 은\(는\) Kubernetes 1\.22에서 없어진 API 버전입니다\. apiVersion: networking\.k8s\.io\/v1/],
      [INVALID_MANIFESTS['selector mismatch, several documents'], /^줄 18, 칸 12: 셀렉터의 레이블 app: web 와\(과\) 파드 템플릿의 레이블 app: webapp 의 값이 다릅니다/],
    ];
    for (const [yaml, first] of expectations) {
      await paste(page, yaml);
      await expect.poll(async () => (await listed(page))[0] ?? '').toMatch(first);
    }
    await expect.poll(() => listed(page)).toHaveLength(1);
    await paste(page, INVALID_MANIFESTS['unknown field, missing container name']);
    await expect.poll(() => listed(page)).toContain('줄 8, 칸 7: spec.containers[0] 에 꼭 있어야 하는 필드 name 이(가) 없습니다. name: 를 추가하세요.');
  });

  test('takes the reader to the line of a result', async ({page}) => {
    await page.goto(url(PAGE));
    await paste(page, INVALID_MANIFESTS['unknown field, missing container name']);
    await page.getByRole('button', {name: '줄 6, 칸 3'}).click();
    await expect(input(page)).toBeFocused();
    const selected = await input(page).evaluate((element: HTMLTextAreaElement) => element.value.slice(element.selectionStart, element.selectionEnd));
    expect(selected).toBe('  restartPolcy: Always');
  });

  test('checks in the browser: no request leaves for anything but the site’s own scripts and fonts', async ({page}) => {
    await page.goto(url(PAGE));
    await expect(verdict(page)).toHaveText('올바른 매니페스트입니다.');
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    for (const yaml of Object.values(INVALID_MANIFESTS)) {
      await paste(page, yaml);
      await expect(verdict(page)).toContainText('오류');
    }
    const origin = new URL(page.url()).origin;
    // The fonts arrive once the page is idle (src/plugins/fontSubset/loadFonts.ts), possibly while checking.
    const scripts = requests.filter((request) => !request.startsWith(`${origin}${baseUrl}assets/fonts/`));
    for (const request of scripts) {
      expect(request.startsWith(`${origin}${baseUrl}assets/js/`), request).toBe(true);
      expect(request).not.toContain('yaml');
    }
    // other kinds' schemas arrive as their own chunks (Ingress needs none: its version is gone)
    expect(scripts.length).toBeGreaterThan(0);
  });

  test('stays responsive on hostile YAML (a billion laughs) and tells why', async ({page}) => {
    await page.goto(url(PAGE));
    const laughs = ['apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: lol}', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (const name of 'bcdefghi') laughs.push(`${name}: &${name} [${Array(9).fill(`*${String.fromCharCode(name.charCodeAt(0) - 1)}`).join(',')}]`);
    await paste(page, laughs.join('\n'));
    await expect.poll(async () => (await listed(page))[0] ?? '').toContain('YAML 별칭(*이름)이 너무 많이 펼쳐집니다');
    await paste(page, `<img src=x onerror="window.hacked=1">: 1\napiVersion: v1\nkind: <b>Pod</b>\n`);
    await expect.poll(async () => (await listed(page)).join('\n')).toContain('<b>Pod</b>');
    expect(await page.evaluate(() => (window as unknown as {hacked?: number}).hacked)).toBeUndefined();
    await expect(page.locator('li b')).toHaveCount(0);
  });

  test('opens a manifest from an article, prefilled and valid', async ({page}) => {
    await page.goto(url(ARTICLE));
    await untilHydrated(page);
    const block = page.locator('article div.language-yaml').filter({hasText: 'kind: Deployment'}).first();
    const source = fs.readFileSync(path.join(__dirname, '../../docs/04-workloads/deployment.md'), 'utf8');
    const code = /```yaml title="deployment\.yaml"[^\n]*\n([\s\S]*?)```/.exec(source)![1]!;
    await block.hover();
    await block.getByRole('link', {name: '검사기에서 열기'}).click();
    await expect(page).toHaveURL(new RegExp(`${baseUrl}${PAGE}#yaml=[A-Za-z0-9_-]+$`));
    await expect(input(page)).toHaveValue(code.replace(/\n$/, ''));
    await expect(verdict(page)).toHaveText('올바른 매니페스트입니다.');
    // output blocks and not-k8s YAML get no link
    await page.goto(url('docs/ecosystem/helm'));
    await untilHydrated(page);
    const chartFile = page.locator('article div.language-yaml').filter({hasText: 'apiVersion: v2'}).first();
    await chartFile.hover();
    await expect(chartFile.getByRole('button', {name: /복사|Copy/})).toBeVisible();
    await expect(chartFile.getByRole('link', {name: '검사기에서 열기'})).toHaveCount(0);
  });

  test('fits a 375 px phone and dark mode', async ({page}, testInfo) => {
    await page.setViewportSize({width: 375, height: 812});
    await page.goto(url(PAGE));
    await paste(page, INVALID_MANIFESTS['selector mismatch, several documents']);
    await expect(verdict(page)).toContainText('오류');
    expect(await hasNoHorizontalScroll(page)).toBe(true);
    await page.screenshot({path: testInfo.outputPath('manifest-check-375.png'), fullPage: true});
    // At 375 px the colour toggle sits in the closed menu; the site follows the system's choice.
    await page.emulateMedia({colorScheme: 'dark'});
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await paste(page, INVALID_MANIFESTS['selector mismatch, several documents']);
    await expect(verdict(page)).toContainText('오류');
    expect(await hasNoHorizontalScroll(page)).toBe(true);
    await page.screenshot({path: testInfo.outputPath('manifest-check-375-dark.png'), fullPage: true});
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`lists errors and warnings accessibly (axe, ${scheme})`, async ({page}) => {
      await page.emulateMedia({colorScheme: scheme});
      await page.goto(url(PAGE));
      const customResource = 'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: a\n';
      await paste(page, `${INVALID_MANIFESTS['unknown field, missing container name']}\n---\n${customResource}`);
      await expect.poll(() => listed(page)).toHaveLength(3);
      const {violations} = await new AxeBuilder({page}).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      expect(violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`))).toEqual([]);
    });
  }

  test('looks right on a desktop in dark mode', async ({page}, testInfo) => {
    await page.goto(url(PAGE));
    await switchToDarkMode(page);
    await paste(page, INVALID_MANIFESTS['unknown field, missing container name']);
    await expect(verdict(page)).toContainText('오류');
    await page.screenshot({path: testInfo.outputPath('manifest-check-dark.png'), fullPage: true});
  });
});
