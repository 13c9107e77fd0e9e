import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { SignJWT } from 'jose';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ANALYTICS } from '../../src/config.js';
import { GRAPHIQL_DIR, prefersHtml, registerGraphiql } from '../../src/http/graphiql.js';
import { startServer, type RunningServer } from '../../src/server.js';
import type { LadybugStore } from '../../src/store/ladybug.store.js';
import { demoStore, startApp, type TestApp } from '../support/app.js';
import { BROWSER_TIMEOUT, launchBrowser, noBrowser, offlinePage } from '../support/browser.js';

/**
 * GraphiQL (issue 8 item 8): bundled from the npm package, served on GET /graphql to browsers,
 * and working with no network but this server's.
 */
const notBuilt = existsSync(join(GRAPHIQL_DIR, 'index.html')) ? null : `no GraphiQL bundle in ${GRAPHIQL_DIR}: run npm run build:web`;
if (notBuilt) console.warn(`skipping GraphiQL tests: ${notBuilt}`);
if (noBrowser) console.warn(`skipping GraphiQL browser tests: ${noBrowser}`);

/** What Chromium sends when a user opens a URL. */
const NAVIGATION_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

describe('prefersHtml', () => {
  it('tells a browser opening the page from a GraphQL client', () => {
    expect(prefersHtml(NAVIGATION_ACCEPT)).toBe(true);
    expect(prefersHtml('text/html')).toBe(true);
    expect(prefersHtml(undefined)).toBe(false);
    expect(prefersHtml('*/*')).toBe(false);
    expect(prefersHtml('application/json')).toBe(false);
    expect(prefersHtml('application/graphql-response+json, application/json;q=0.9')).toBe(false);
    expect(prefersHtml('application/json, text/html')).toBe(false); // a tie goes to the API
    expect(prefersHtml('text/html;q=0.5, application/json')).toBe(false);
    expect(prefersHtml('text/html;q=0')).toBe(false);
  });
});

describe.skipIf(notBuilt)('GraphiQL over HTTP', () => {
  let app: TestApp;
  let store: LadybugStore;
  const origin = () => new URL(app.url).origin;

  beforeAll(async () => {
    ({ store } = await demoStore());
    app = await startApp(store);
  });
  afterAll(async () => {
    await app?.stop();
    await store?.close();
  });

  it('answers a browser opening /graphql with the page, which loads only files from this server', async () => {
    const res = await fetch(app.url, { headers: { accept: NAVIGATION_ACCEPT } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = await res.text();
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]).filter((r) => r !== 'data:,');
    expect(refs.length).toBe(2);
    for (const ref of refs) {
      expect(ref).toMatch(/^\/graphiql\/app-\w+\.(js|css)$/);
      const plain = await fetch(origin() + ref, { headers: { 'accept-encoding': 'identity' } });
      expect(plain.status).toBe(200);
      expect(plain.headers.get('cache-control')).toContain('immutable');
      const body = await plain.text();
      expect(body.length).toBeGreaterThan(10_000);
      expect(body).not.toMatch(/https:\/\/(esm\.sh|unpkg\.com|cdn\.jsdelivr\.net)\//);
    }
    // the build's gzip copy, to clients that take it (fetch decodes it again)
    const zipped = await fetch(origin() + refs.find((r) => r.endsWith('.js'))!, { headers: { 'accept-encoding': 'gzip' } });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect((await zipped.text()).length).toBeGreaterThan(10_000);
  });

  it('leaves every other request to /graphql to Apollo', async () => {
    const get = await fetch(`${app.url}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
    const post = await app.gql('{ people(first: 1) { totalCount } }');
    expect(post.errors).toBeUndefined();
    expect(post.data.people.totalCount).toBeGreaterThan(0);
  });

  it('serves only the bundle\'s own files', async () => {
    for (const path of ['/graphiql/.inputs', '/graphiql/index.html', '/graphiql/nothing.js', '/graphiql/..%2Fpackage.json', '/graphiql/%2e%2e%2fpackage.json']) {
      expect((await fetch(origin() + path)).status, path).toBe(404);
    }
  });
});

describe('GraphiQL not built', () => {
  it('answers 503 and says how to build it', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'kamgraph-graphiql-'));
    const fastify = Fastify();
    try {
      await registerGraphiql(fastify, empty);
      const res = await fastify.inject({ method: 'GET', url: '/graphql', headers: { accept: NAVIGATION_ACCEPT } });
      expect(res.statusCode).toBe(503);
      expect(res.body).toContain('GraphiQL is not built: run npm run build');
      // not a browser: not GraphiQL's business (here nothing else answers)
      expect((await fastify.inject({ method: 'GET', url: '/graphql', headers: { accept: 'application/json' } })).statusCode).toBe(404);
    } finally {
      await fastify.close();
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

/** Replaces the operation editor's text, as a user pasting it would. */
async function setQuery(page: Page, query: string) {
  const editor = page.locator('.graphiql-query-editor .monaco-editor').first();
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(query);
  // Monaco may have closed the first bracket for us: drop whatever follows the inserted text
  await page.keyboard.press('Shift+ControlOrMeta+End');
  await page.keyboard.press('Delete');
  await expect.poll(() => monacoText(page, '.graphiql-query-editor'), { timeout: BROWSER_TIMEOUT }).toBe(query);
}

/** The text Monaco shows in the editor under `container` (its rendered lines). */
function monacoText(page: Page, container: string): Promise<string> {
  return page.locator(`${container} .view-lines`).first()
    .evaluate((el) => (el as unknown as { innerText: string }).innerText.replace(/\u00a0/g, ' ').trim());
}

/** Runs the editor's operation with the toolbar button; the response of the request it sent. */
async function run(page: Page) {
  const response = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/graphql'
    && !(r.request().postData() ?? '').includes('IntrospectionQuery'));
  await page.locator('button.graphiql-execute-button').click();
  return response;
}

describe.skipIf(noBrowser || notBuilt)('GraphiQL in headless Chromium with the network off', () => {
  let browser: Browser;
  let app: TestApp;
  let store: LadybugStore;

  beforeAll(async () => {
    ({ store } = await demoStore());
    app = await startApp(store);
    browser = await launchBrowser();
  }, 2 * BROWSER_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await store?.close();
  });

  it('loads from this server alone and runs a query', async () => {
    const known = await app.gql('{ people(first: 1) { totalCount edges { node { id name } } } }');
    const { totalCount, edges: [{ node: person }] } = known.data.people;
    const tab = await offlinePage(browser);
    try {
      const { page } = tab;
      const nav = await page.goto(app.url, { waitUntil: 'load' });
      expect(nav?.status()).toBe(200);
      // Monaco is up and holds the default query
      await expect.poll(() => monacoText(page, '.graphiql-query-editor'), { timeout: BROWSER_TIMEOUT }).toContain('people(first: 5)');

      const query = '{ people(first: 1) { totalCount edges { node { id name } } } }';
      await setQuery(page, query);
      const res = await run(page);
      expect(res.status()).toBe(200);
      expect(JSON.parse(res.request().postData()!)).toMatchObject({ query });
      await expect.poll(() => monacoText(page, '.result-window'), { timeout: BROWSER_TIMEOUT }).toContain(person.name);
      const shown = await monacoText(page, '.result-window');
      expect(shown).toContain(`"totalCount": ${totalCount}`);
      expect(shown).toContain(`"id": "${person.id}"`);
      // Monaco's language workers started from this server (a worker that fails to load is a console error)
      await expect.poll(() => page.workers().length, { timeout: BROWSER_TIMEOUT }).toBeGreaterThan(0);

      expect(tab.blocked).toEqual([]);
      expect(tab.errors).toEqual([]);
    } finally {
      await tab.close();
    }
  }, 3 * BROWSER_TIMEOUT);

  it('records and refuses any request to another host (the harness itself)', async () => {
    const tab = await offlinePage(browser);
    try {
      await tab.page.goto('https://unpkg.com/graphiql/graphiql.min.js').catch(() => undefined);
      expect(tab.blocked).toEqual(['https://unpkg.com/graphiql/graphiql.min.js']);
    } finally {
      await tab.close();
    }
  }, 3 * BROWSER_TIMEOUT);

  describe('on a server that requires credentials', () => {
    const SECRET = 'graphiql-test-secret-with-enough-entropy-42';
    let secured: RunningServer;
    let securedStore: LadybugStore;

    beforeAll(async () => {
      ({ store: securedStore } = await demoStore());
      secured = await startServer(securedStore, {
        port: 0, host: '127.0.0.1', maxQueryDepth: 10, defaults: DEFAULT_ANALYTICS, workers: 0,
        auth: { jwtSecret: SECRET, jwksUrl: null, issuer: null, audience: null, keysFile: '' },
      });
    });
    afterAll(async () => {
      await secured?.stop();
      await securedStore?.close();
    });

    it('loads without credentials, and sends the Token field as a bearer token', async () => {
      const jwt = await new SignJWT({ role: 'VIEWER' }).setProtectedHeader({ alg: 'HS256' }).setSubject('graphiql-test')
        .setIssuedAt().setExpirationTime('10m').sign(new TextEncoder().encode(SECRET));
      const tab = await offlinePage(browser);
      try {
        const { page } = tab;
        expect((await page.goto(secured.url, { waitUntil: 'load' }))?.status()).toBe(200);
        await expect.poll(() => monacoText(page, '.graphiql-query-editor'), { timeout: BROWSER_TIMEOUT }).toContain('people(first: 5)');
        await setQuery(page, '{ people(first: 1) { totalCount } }');

        const refused = await run(page);
        expect(refused.status()).toBe(401);
        await expect.poll(() => monacoText(page, '.result-window'), { timeout: BROWSER_TIMEOUT }).toContain('UNAUTHENTICATED');

        await page.locator('#kg-token').fill(jwt);
        await page.locator('#kg-token').press('Enter');
        const accepted = await run(page);
        expect(accepted.request().headers().authorization).toBe(`Bearer ${jwt}`);
        expect(accepted.status()).toBe(200);
        await expect.poll(() => monacoText(page, '.result-window'), { timeout: BROWSER_TIMEOUT }).toContain('"totalCount"');
        expect(await page.evaluate('localStorage.getItem("kamgraph:token")')).toBe(jwt);

        expect(tab.blocked).toEqual([]);
        // Chromium reports each 401 answer as a console error; nothing else may fail
        expect(tab.errors.filter((e) => !/status of 401/.test(e))).toEqual([]);
      } finally {
        await tab.close();
      }
    }, 3 * BROWSER_TIMEOUT);
  });
});

