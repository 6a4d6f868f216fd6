import { chromium } from 'playwright-core';
const [url, out, w, h, scheme] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const p = await b.newPage({ viewport: { width: +w, height: +h }, colorScheme: scheme || 'light' });
await p.goto(url); await p.waitForSelector('.view-switch a[href]'); await p.waitForTimeout(400);
await p.screenshot({ path: out, fullPage: false });
await b.close();
