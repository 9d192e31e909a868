import {test, expect, url, hasNoHorizontalScroll, reachIsland, untilHydrated} from './fixtures';
import type {Page} from '@playwright/test';

// A command block followed by its output (```bash, then ```text title="출력").
const ARTICLE = 'docs/workloads/deployment';
// Its output holds a 500-character line (a PodSecurity error).
const LONG_OUTPUT_ARTICLE = 'docs/ecosystem/next-steps';

/** Records what the copy button hands to the clipboard instead of touching the real one. */
async function captureClipboard(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const copied: string[] = [];
    (window as unknown as {copied: string[]}).copied = copied;
    Object.defineProperty(navigator, 'clipboard', {
      value: {writeText: async (text: string) => void copied.push(text)},
    });
  });
}

const copied = (page: Page) => page.evaluate(() => (window as unknown as {copied: string[]}).copied);

test.describe('명령과 출력', () => {
  test('copies only the commands of a command block, never its output', async ({page}) => {
    await captureClipboard(page);
    await page.goto(url(ARTICLE));
    const command = page.locator('article div.language-bash').filter({hasText: 'kubectl apply -f deployment.yaml'}).first();
    // The next code block on the page (each sits in its own island).
    const output = command.locator('xpath=following::div[contains(concat(" ", @class, " "), " theme-code-block ")][1]');
    await expect(output).toHaveClass(/language-text/);
    await reachIsland(command);
    await command.hover();
    await command.getByRole('button', {name: /복사|Copy/}).click();
    await expect.poll(() => copied(page)).toEqual(['kubectl apply -f deployment.yaml\nkubectl get deployment web']);
    await output.hover();
    await expect(output.getByRole('button', {name: /복사|Copy/})).toHaveCount(0);
  });

  test('on a desktop a code block gets its code (Prism too) when pointed at, not at start-up nor when scrolled to, and then copies', async ({page}) => {
    await captureClipboard(page);
    await page.setViewportSize({width: 1280, height: 720});
    // Scripts that hold the code block component (its CSS module's class names),
    // and those that hold Prism's grammars (the bash one names BASH_ALIASES).
    const codeBlockScripts: string[] = [];
    const prismScripts: string[] = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() !== 'script') return;
      const text = await response.text().catch(() => '');
      if (/codeBlockContainer_/.test(text)) codeBlockScripts.push(response.url());
      if (/BASH_ALIASES/.test(text)) prismScripts.push(response.url());
    });
    await page.goto(url('docs/operations/troubleshooting'));
    await untilHydrated(page);
    await page.waitForLoadState('networkidle');
    const commands = page.locator('article div.language-bash');
    expect(await commands.count()).toBeGreaterThan(10);
    const last = commands.last();
    const island = last.locator('xpath=ancestor::*[@data-island][1]');
    await last.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    // In view, but still the server's HTML: not re-tokenized, its code not downloaded.
    await expect(island).toHaveAttribute('data-island', 'waiting');
    expect(codeBlockScripts).toEqual([]);
    expect(prismScripts).toEqual([]);
    const tokens = () => last.locator('pre .token').evaluateAll((spans) => spans.map((span) => `${span.className}:${span.textContent}`));
    const serverTokens = await tokens();
    expect(serverTokens.filter((token) => !token.startsWith('token plain')), 'the server highlighted bash').not.toEqual([]);
    await last.hover();
    await expect(island).toHaveAttribute('data-island', 'hydrated');
    await expect.poll(() => codeBlockScripts.length).toBe(1);
    expect(prismScripts).toHaveLength(1);
    // The browser's Prism knows bash too: the block is highlighted as the server did it.
    expect(await tokens()).toEqual(serverTokens);
    await last.getByRole('button', {name: /복사|Copy/}).click();
    const shown = (await last.locator('pre').innerText()).replace(/\n+/g, '\n').trim();
    expect(shown.split('\n').length).toBeGreaterThan(1);
    await expect.poll(() => copied(page)).toEqual([shown]);
  });

  test('on a phone a code block gets its code as the reader nears it, and then copies', async ({browser}) => {
    const context = await browser.newContext({viewport: {width: 375, height: 800}, hasTouch: true, isMobile: true});
    const page = await context.newPage();
    await captureClipboard(page);
    await page.goto(url('docs/operations/troubleshooting'));
    await untilHydrated(page);
    expect(await page.evaluate(() => matchMedia('(hover: none)').matches), 'a touch screen without hover').toBe(true);
    const last = page.locator('article div.language-bash').last();
    const island = last.locator('xpath=ancestor::*[@data-island][1]');
    await expect(island).toHaveAttribute('data-island', 'waiting');
    await last.scrollIntoViewIfNeeded();
    await expect(island).toHaveAttribute('data-island', 'hydrated');
    await last.getByRole('button', {name: /복사|Copy/}).tap();
    await expect.poll(() => copied(page)).toHaveLength(1);
    await context.close();
  });

  test('labels output blocks 출력 and sets them apart from commands', async ({page}) => {
    await page.goto(url(ARTICLE));
    const outputs = page.locator('article div.language-text').filter({has: page.getByText('출력', {exact: true})});
    expect(await outputs.count()).toBeGreaterThan(5);
    const command = page.locator('article div.language-bash').first();
    const output = outputs.first();
    await expect(output.locator('pre')).not.toHaveCSS('background-color', await command.locator('pre').evaluate((pre) => getComputedStyle(pre).backgroundColor));
    await expect(output).toHaveCSS('border-left-width', '4px');
    // Plain text: no shell tokens coloured inside the output.
    await expect(output.locator('.token:not(.plain)')).toHaveCount(0);
  });

  test('long output lines scroll inside their block at 375 px, light and dark', async ({page}) => {
    await page.setViewportSize({width: 375, height: 800});
    await page.goto(url(LONG_OUTPUT_ARTICLE));
    await untilHydrated(page);
    const long = page.locator('article div.language-text pre').filter({hasText: 'violates PodSecurity'}).first();
    // Lazy content above may still re-render the block: retry until it stays.
    await expect(async () => {
      await long.scrollIntoViewIfNeeded();
      expect(await long.evaluate((pre) => pre.scrollWidth > pre.clientWidth)).toBe(true);
    }).toPass();
    expect(await hasNoHorizontalScroll(page)).toBe(true);
    await page.emulateMedia({colorScheme: 'dark'});
    await page.goto(url(ARTICLE));
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await untilHydrated(page);
    // Docusaurus remounts code blocks once the page hydrates: retry until the block stays.
    await expect(() => page.locator('article div.language-text').nth(1).scrollIntoViewIfNeeded()).toPass();
    await page.screenshot({path: test.info().outputPath('commands-375-dark.png')});
    expect(await hasNoHorizontalScroll(page)).toBe(true);
  });
});
