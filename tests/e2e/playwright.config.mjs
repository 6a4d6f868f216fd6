// End-to-end tests: Debian's Chromium (Playwright downloads no browser)
// against the release build in dist/, served by tests/e2e/server.mjs with
// the strict Content-Security-Policy, the app on one port and the embedding
// host pages on another (a different origin).
import { defineConfig } from '@playwright/test';

// E2E_APP_PORT / E2E_HOST_PORT move the servers (the host port + 1 is the
// third origin), so two checkouts can run the suite side by side.
export const APP_PORT = Number(process.env.E2E_APP_PORT || 8090);
export const HOST_PORT = Number(process.env.E2E_HOST_PORT || 8091);

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.mjs/,
  outputDir: '../../target/e2e-output',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${APP_PORT}/`,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `node tests/e2e/server.mjs --port ${APP_PORT} --host-port ${HOST_PORT}`,
    cwd: '../..',
    url: `http://127.0.0.1:${APP_PORT}/`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
