import {existsSync} from 'node:fs';
import {defineConfig, devices} from '@playwright/test';
import {deployTarget} from '../../src/config/deployTarget';
import {CHROME_FLAGS, CHROME_PATH} from '../chromium';

// Tests drive the system Chromium (Debian's `chromium`); Playwright's own
// browser download is not available on our machines.
const executablePath = CHROME_PATH;
if (!existsSync(executablePath)) {
  throw new Error(
    `Chromium을 찾을 수 없습니다: ${executablePath}\n` +
      '설치: sudo apt-get update && sudo apt-get install -y chromium\n' +
      '다른 위치의 Chrome/Chromium을 쓰려면 CHROME_PATH=/경로/chrome 으로 지정하세요.',
  );
}

// An uncommon port: other local tools (vite preview) default to 4173.
export const PORT = Number(process.env.E2E_PORT ?? 4390);
const {baseUrl} = deployTarget(process.env);

export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results',
  // Scratch sites live in one folder per run, removed when the run ends.
  globalSetup: './scratchRoot.ts',
  timeout: 60_000,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    browserName: 'chromium',
    // The site's service worker downloads the whole site once a page is idle
    // (src/plugins/offline): in every test's fresh browser that is ~10 MB of
    // background traffic and a worker taking over mid-test. Only the specs
    // about offline reading allow it (offline.spec.ts, subpath.spec.ts).
    serviceWorkers: 'block',
    launchOptions: {
      executablePath,
      args: CHROME_FLAGS,
    },
  },
  projects: [{name: 'chromium', use: {...devices['Desktop Chrome'], channel: undefined}}],
  webServer: {
    command: `npx docusaurus serve --dir build --port ${PORT} --no-open`,
    cwd: '../..',
    url: `http://localhost:${PORT}${baseUrl}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
