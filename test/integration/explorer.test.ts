import { execFileSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app';

/** Debian's chromium (installed by .ci/run when missing); the test never downloads a browser. */
function findChromium(): string | undefined {
  try {
    return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}
const chromiumPath = findChromium();
if (!chromiumPath) console.warn('explorer.test.ts: the browser test is skipped: no `chromium` on PATH (apt-get install -y chromium)');

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.stop();
});

describe('GET /graphql: the explorer for browsers, Apollo for everyone else', () => {
  it('answers a browser with the explorer page under a strict Content-Security-Policy, loading only local files', async () => {
    const res = await request(t.app.server.httpServer).get('/graphql').set('accept', BROWSER_ACCEPT);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    const csp = res.headers['content-security-policy'] as string;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['x-frame-options']).toBe('DENY');
    // Every script, style and icon is a local path; no inline script.
    const refs = [...res.text.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] as string);
    expect(refs.length).toBeGreaterThanOrEqual(5);
    for (const ref of refs) expect(ref).toMatch(/^\/graphql\/explorer\/[0-9a-f]{16}\/[a-z.-]+$/);
    expect(res.text).not.toMatch(/<script>(?!<\/script>)|<script(?![^>]*\bsrc=)[^>]*>/);
    for (const ref of refs) {
      const file = await request(t.app.server.httpServer).get(ref).set('accept-encoding', 'gzip');
      expect(file.status, ref).toBe(200);
      expect(file.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
    const again = await request(t.app.server.httpServer).get(refs[0]!).set('if-none-match', (await request(t.app.server.httpServer).get(refs[0]!)).headers.etag);
    expect(again.status).toBe(304);
    expect((await request(t.app.server.httpServer).get('/graphql/explorer/0000000000000000/nothing.js')).status).toBe(404);
  });

  it('leaves JSON POSTs and GETs that do not prefer HTML to Apollo, as before', async () => {
    const http = request(t.app.server.httpServer);
    const post = await http.post('/graphql').set('authorization', `Bearer ${t.adminKey}`).send({ query: '{ viewer { role } }' });
    expect(post.status).toBe(200);
    expect(post.body).toEqual({ data: { viewer: { role: 'ADMIN' } } });
    expect(post.headers['content-security-policy']).toBeUndefined();
    const get = await http.get('/graphql').query({ query: '{ viewer { role } }' }).set('authorization', `Bearer ${t.adminKey}`).set('apollo-require-preflight', 'true');
    expect(get.status).toBe(200);
    expect(get.body).toEqual({ data: { viewer: { role: 'ADMIN' } } });
    for (const accept of [undefined, '*/*', 'application/json', 'application/graphql-response+json, application/json;q=0.9']) {
      let req = http.get('/graphql');
      if (accept) req = req.set('accept', accept);
      const res = await req;
      expect(res.status, String(accept)).toBe(400);
      expect(res.headers['content-type']).toMatch(/json/);
      expect(res.text).not.toContain('<html');
    }
  });

  it('answers browsers with Apollo (no page, no CDN landing page) when EXPLORER=false', async () => {
    const off = await startTestApp({ EXPLORER: 'false' });
    try {
      const res = await request(off.app.server.httpServer).get('/graphql').set('accept', BROWSER_ACCEPT);
      expect(res.text).not.toMatch(/<html|cdn\.|apollographql\.com/i);
      expect(res.status).toBe(400);
    } finally {
      await off.stop();
    }
  });
});

describe.skipIf(!chromiumPath)('the explorer in headless Chromium, with every other host blocked', () => {
  let browser: Browser;
  let page: Page;
  const external: string[] = [];
  const sockets: string[] = [];
  const workers: string[] = [];
  const problems: string[] = [];
  let origin: string;

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    origin = new URL(t.url).origin;
    const context = await browser.newContext();
    // Every request not to the test server is recorded and aborted: the page must not need one.
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (new URL(url).origin === origin) return route.continue();
      external.push(url);
      return route.abort('blockedbyclient');
    });
    await context.routeWebSocket(
      (url) => url.origin.replace(/^ws/, 'http') !== origin,
      (ws) => {
        external.push(ws.url());
        return ws.close();
      },
    );
    // Policy violations as the page sees them (the console reports them too).
    // (Strings, not functions: this project compiles without the DOM's types.)
    await context.addInitScript({
      content: "document.addEventListener('securitypolicyviolation', (e) => { (window.cspViolations ??= []).push(e.violatedDirective + ' ' + e.blockedURI); });",
    });
    page = await context.newPage();
    page.on('websocket', (ws) => sockets.push(ws.url()));
    page.on('worker', (worker) => {
      workers.push(worker.url());
      worker.on('console', (msg) => {
        if (msg.type() === 'error') problems.push(`worker: ${msg.text()}`);
      });
    });
    page.on('console', (msg) => {
      // A 401 before the key is entered is expected; what matters is a broken rule or a script error.
      if (/Failed to load resource/.test(msg.text())) return;
      if (msg.type() === 'error' || /Content Security Policy|Refused to/i.test(msg.text())) problems.push(msg.text());
    });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** The text of GraphiQL's result pane (Monaco renders spaces as no-break spaces). */
  async function resultText(): Promise<string> {
    return (await page.locator('.graphiql-response').innerText()).replace(/\u00a0/g, ' ');
  }

  async function runOperation(text: string): Promise<void> {
    const editor = page.locator('.graphiql-query-editor .monaco-editor').first();
    await editor.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(text);
    // GraphiQL takes the operation's name from the editor a moment after a change.
    await page.waitForTimeout(800);
    await page.locator('.graphiql-execute-button').click();
  }

  it('takes the access key once and runs a query with it over POST /graphql', async () => {
    await page.goto(`${origin}/graphql`);
    await expect.poll(() => page.locator('#lh-key-status').innerText(), { timeout: 30_000 }).toMatch(/No access key/);
    await page.locator('#lh-key-input').fill(t.adminKey);
    await Promise.all([page.waitForEvent('load', { timeout: 30_000 }), page.locator('#lh-key-use').click()]);
    await expect.poll(() => page.locator('#lh-key-status').innerText(), { timeout: 30_000 }).toMatch(/Using the key .*\(ADMIN\)/);
    await page.locator('.graphiql-query-editor .monaco-editor').first().waitFor({ timeout: 30_000 });

    await runOperation('query ExplorerWarehouses { viewer { role } warehouses(first: 5) { totalCount } }');
    await expect.poll(resultText, { timeout: 30_000 }).toMatch(/"role": "ADMIN"/);
    expect(await resultText()).toMatch(/"totalCount": \d+/);
    // The key is kept by the browser: a new visit uses it without asking.
    await page.reload();
    await expect.poll(() => page.locator('#lh-key-status').innerText(), { timeout: 30_000 }).toMatch(/\(ADMIN\)/);
    expect(await page.evaluate("localStorage.getItem('ledgerhouse.explorer.accessKey')")).toBe(t.adminKey);
  });

  it('streams a subscription over graphql-ws on /graphql with the key', async () => {
    await page.locator('.graphiql-query-editor .monaco-editor').first().waitFor({ timeout: 30_000 });
    await runOperation('subscription ExplorerItems { itemChanged(skus: ["EXPL-1"]) { sku version } }');
    await expect.poll(() => sockets.length, { timeout: 30_000 }).toBeGreaterThan(0);
    // The subscription is on the server before the item is made.
    await expect
      .poll(async () => (await request(t.app.server.httpServer).post('/graphql').set('authorization', `Bearer ${t.adminKey}`).send({ query: '{ __typename }' })).status, { timeout: 5000 })
      .toBe(200);
    await new Promise((r) => setTimeout(r, 500));
    const created = await t.gql('mutation { itemCreate(input: { sku: "EXPL-1", name: "Explorer probe" }) { userErrors { code } } }');
    expect(created.errors).toBeUndefined();
    await expect.poll(resultText, { timeout: 30_000 }).toMatch(/"sku": "EXPL-1"/);
    if (process.env.LH_EXPLORER_SCREENSHOT) await page.screenshot({ path: process.env.LH_EXPLORER_SCREENSHOT });
    for (const url of sockets) expect(new URL(url).host).toBe(new URL(origin).host);
    expect(new URL(sockets[0]!).pathname).toBe('/graphql');
  });

  it('attempted no request to another host and broke no Content-Security-Policy rule', async () => {
    expect(external).toEqual([]);
    expect(await page.evaluate('window.cspViolations ?? []')).toEqual([]);
    // Monaco's workers run, from this server's files.
    expect(workers.length).toBeGreaterThan(0);
    for (const url of workers) expect(url.startsWith(`${origin}/graphql/explorer/`), url).toBe(true);
    expect(problems.filter((p) => /Content Security Policy|Refused to/i.test(p))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
