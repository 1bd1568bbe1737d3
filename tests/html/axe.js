#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// axe.js — accessibility check of written pages: every page is opened in
// headless Chromium (Debian's /usr/bin/chromium, or $CHROMIUM) and checked
// with axe-core's full default rule set, once in light and once in dark
// colours (prefers-color-scheme), so that both palettes meet the contrast
// rules.  Prints every violation with the page, rule and nodes, and exits 1
// when there is any.
//   node axe.js [--screenshot OUT.png] PAGE.html...
// With --screenshot, the first page is also saved as a PNG (light colours,
// 1000 × 1400 px, the top of the page).
'use strict';
const fs = require('fs');
const path = require('path');
const puppeteer = require('puppeteer-core');
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

// The machine has no network: without these, Chromium keeps trying to
// reach its services at start-up.
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic',
  '--no-first-run', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--disable-dev-shm-usage',
  // axe yields to the event loop between rules: throttled timers make each
  // check last a second
  '--disable-background-timer-throttling', '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows'];

// The page is loaded once; switching the colour scheme re-evaluates the
// media queries in place.
async function check(page, file, scheme) {
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  if (scheme === 'light') {
    await page.goto('file://' + path.resolve(file), { waitUntil: 'load' });
    await page.addScriptTag({ content: axeSource });
  }
  const result = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ': ' + n.failureSummary) }));
  });
  return result;
}

async function main() {
  const args = process.argv.slice(2);
  let shot = null;
  if (args[0] === '--screenshot') { shot = args[1]; args.splice(0, 2); }
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: FLAGS, userDataDir: fs.mkdtempSync('/tmp/minutes-axe-'),
  });
  let failed = 0, checked = 0;
  try {
    const page = await browser.newPage();
    // file:// pages fetch nothing; anything else would be a bug of the page
    await page.setRequestInterception(true);
    page.on('request', r => r.url().startsWith('file:') || r.url().startsWith('data:')
      ? r.continue() : (console.log(`network request refused: ${r.url()}`), failed++, r.abort()));
    for (const file of args) {
      for (const scheme of ['light', 'dark']) {
        const v = await check(page, file, scheme);
        checked++;
        for (const x of v) {
          failed++;
          console.log(`${file} (${scheme}): ${x.id} [${x.impact}] ${x.help}`);
          for (const n of x.nodes) console.log(`    ${n.replace(/\n/g, ' ')}`);
        }
      }
    }
    if (shot && args.length) {
      await page.setViewport({ width: 1000, height: 1400 });
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
      await page.goto('file://' + path.resolve(args[0]), { waitUntil: 'load' });
      await page.screenshot({ path: shot });
    }
  } finally {
    await browser.close();
  }
  console.log(`axe: ${checked} page checks (${args.length} pages, light and dark), ` +
    `${failed} violation${failed === 1 ? '' : 's'}`);
  process.exit(failed ? 1 : 0);
}

main().catch(e => { console.error(`axe: ${e.stack || e}`); process.exit(2); });
