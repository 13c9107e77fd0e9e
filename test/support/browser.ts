import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/**
 * Browser tests: Debian's Chromium driven by playwright-core, with no network but the server
 * under test. CI installs it (.ci/run); without it the browser tests skip and say why.
 */
export const CHROMIUM_PATH = process.env.KAMGRAPH_CHROMIUM ?? '/usr/bin/chromium';

/** Why browser tests cannot run here, or null when they can. */
export const noBrowser: string | null = existsSync(CHROMIUM_PATH)
  ? null
  : `no Chromium at ${CHROMIUM_PATH}: install it (apt-get install -y --no-install-recommends chromium) or set KAMGRAPH_CHROMIUM`;

/** Generous: a cold Chromium and a first bundle parse on a loaded 2-core machine. */
export const BROWSER_TIMEOUT = 60_000;

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    timeout: BROWSER_TIMEOUT,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      // a second wall behind the request routing below: no name but the loopback ones resolves
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
      '--disable-component-update', '--disable-default-apps', '--disable-sync', '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
}

/** A page whose network reaches the server under test only, with what it tried and what went wrong. */
export interface OfflinePage {
  context: BrowserContext;
  page: Page;
  /** requests to any host but loopback: each was aborted; a test expects none */
  blocked: string[];
  /** console errors, uncaught exceptions, failed requests, of the page and its workers */
  errors: string[];
  close(): Promise<void>;
}

export async function offlinePage(browser: Browser): Promise<OfflinePage> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, serviceWorkers: 'block' });
  context.setDefaultTimeout(BROWSER_TIMEOUT);
  context.setDefaultNavigationTimeout(BROWSER_TIMEOUT);
  const blocked: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    let local = false;
    try {
      const u = new URL(url);
      local = (u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'ws:') && LOCAL_HOSTS.has(u.hostname);
    } catch { /* unparseable: not local */ }
    if (local) return route.continue();
    blocked.push(url);
    return route.abort('internetdisconnected');
  });
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => errors.push(`requestfailed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('worker', (w) => w.on('console', (m) => { if (m.type() === 'error') errors.push(`worker console: ${m.text()}`); }));
  return { context, page, blocked, errors, close: () => context.close() };
}

/**
 * Every URL a page requests (its workers' included), to check that it asks nothing but `origin`:
 * data: and blob: URLs (exports made in the page) are not requests to anyone and are left out.
 */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => { if (!/^(data|blob):/.test(r.url())) urls.push(r.url()); });
  return urls;
}
