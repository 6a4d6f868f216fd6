// ad-hoc: one traced load, list main-thread tasks from FCP on
import { chromium } from '@playwright/test';
import e2eConfig from '/work/main/tests/e2e/playwright.config.mjs';
const url = process.argv[2];
const { executablePath, args } = e2eConfig.use.launchOptions;
const browser = await chromium.launch({ executablePath, args });
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
await context.addInitScript(() => {
  new MutationObserver((_, mo) => {
    if (document.querySelector('.view-switch a[href]')) { mo.disconnect(); performance.mark('qe-rendered'); setTimeout(() => { performance.mark('qe-click'); document.querySelector('#f-topic-syria').click(); }, 0); }
  }).observe(document, { childList: true, subtree: true });
});
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.wasm', 'blink.user_timing', 'loading'] });
await page.goto(url, { waitUntil: 'load' });
await page.waitForTimeout(4000);
const ev = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
const nav = ev.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame);
const main = ev.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === nav.pid);
const th = ev.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X').sort((a, b) => a.ts - b.ts);
const tasks = th.filter((e) => e.name === 'RunTask' && e.dur > 3000);
for (const t of tasks) {
  const kids = th.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e.dur > 1500 && e.name !== 'RunTask' && !/^(v8\\.|DocumentLoader|NavigationBody|Decoded|HTMLDocumentParser::M|wasm.CompileLazy)/.test(e.name));
  const s = kids.slice(0, 12).map((k) => `${k.name}${k.args?.data?.url ? '(' + k.args.data.url.split('/').pop().slice(0, 20) + ')' : ''}${k.args?.data?.functionName ? '(' + k.args.data.functionName + ')' : ''}@${((k.ts - nav.ts) / 1000).toFixed(0)}:${(k.dur / 1000).toFixed(0)}`).join(' ');
  console.log(((t.ts - nav.ts) / 1000).toFixed(0), (t.dur / 1000).toFixed(0), s);
}
for (const e of ev.filter((e) => /firstContentfulPaint|qe-/.test(e.name) && e.pid === nav.pid)) console.log(e.name, ((e.ts - nav.ts) / 1000).toFixed(0), e.args?.data?.url?.split('/').pop() ?? '');
await browser.close();
