import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Express, NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { EXPLORER_CSS, EXPLORER_JS, explorerPage } from './explorer-client';

/**
 * The GraphQL explorer a browser gets at GET /graphql: GraphiQL as GraphQL Yoga builds it
 * (`@graphql-yoga/render-graphiql`: React, GraphiQL, Monaco and its workers in one bundle),
 * served from this process under /graphql/explorer/<version>/, with the graphql-ws browser
 * client from the installed package. Nothing is loaded from another host, so it works
 * offline, and the page's Content-Security-Policy allows nothing else. Every other request
 * to /graphql (JSON POSTs, GETs that do not prefer HTML) goes to Apollo as before.
 */

const ASSET_PREFIX = '/graphql/explorer';

/** What Apollo's landing page answered: a GET whose Accept prefers HTML over GraphQL's media types. */
const NEGOTIATED = ['application/json', 'application/graphql-response+json', 'multipart/mixed', 'text/html'];

const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  // React and Monaco set style attributes and add <style> elements at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  // POST /graphql and the WebSocket on the same path ('self' covers ws: and wss: to this host).
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
/** Monaco's workers run under their own policy (a worker's script response sets it). */
const WORKER_CSP = "default-src 'none'; script-src 'self'";

interface Asset {
  type: string;
  body: Buffer;
  etag: string;
  gzipped?: Promise<Buffer>;
}

interface Explorer {
  version: string;
  assets: Map<string, Asset>;
}

const gzip = promisify(zlib.gzip);

function graphqlWsBrowserClient(): Buffer {
  return fs.readFileSync(path.join(path.dirname(require.resolve('graphql-ws/package.json')), 'umd', 'graphql-ws.min.js'));
}

async function buildExplorer(): Promise<Explorer> {
  const g = await import('@graphql-yoga/render-graphiql/graphiql');
  const js = 'text/javascript; charset=utf-8';
  const files: Array<[string, string, Buffer]> = [
    ['graphiql.js', js, Buffer.from(g.js)],
    ['graphiql.css', 'text/css; charset=utf-8', Buffer.from(g.css)],
    ['editor.worker.js', js, Buffer.from(g.editorWorkerService)],
    ['json.worker.js', js, Buffer.from(g.jsonWorker)],
    ['graphql.worker.js', js, Buffer.from(g.graphqlWorker)],
    ['favicon.ico', 'image/x-icon', Buffer.from(g.favicon.replace(/^data:[^,]*;base64,/, ''), 'base64')],
    ['graphql-ws.js', js, graphqlWsBrowserClient()],
    ['explorer.js', js, Buffer.from(EXPLORER_JS)],
    ['explorer.css', 'text/css; charset=utf-8', Buffer.from(EXPLORER_CSS)],
  ];
  const all = crypto.createHash('sha256');
  const assets = new Map<string, Asset>();
  for (const [name, type, body] of files) {
    const digest = crypto.createHash('sha256').update(body).digest('hex');
    all.update(name).update(digest);
    assets.set(name, { type, body, etag: `"${digest.slice(0, 32)}"` });
  }
  const version = all.digest('hex').slice(0, 16);
  const page = Buffer.from(explorerPage(`${ASSET_PREFIX}/${version}/`));
  assets.set('', { type: 'text/html; charset=utf-8', body: page, etag: `"${crypto.createHash('sha256').update(page).digest('hex').slice(0, 32)}"` });
  return { version, assets };
}

function send(req: Request, res: Response, asset: Asset): void {
  res.setHeader('content-type', asset.type);
  res.setHeader('etag', asset.etag);
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('vary', 'accept-encoding');
  if (req.get('if-none-match') === asset.etag) {
    res.status(304).end();
    return;
  }
  const wantsGzip = /\bgzip\b/.test(req.get('accept-encoding') ?? '') && asset.body.length > 1024;
  if (!wantsGzip) {
    res.send(asset.body);
    return;
  }
  asset.gzipped ??= gzip(asset.body, { level: 6 });
  asset.gzipped.then(
    (body) => {
      res.setHeader('content-encoding', 'gzip');
      res.send(body);
    },
    () => res.send(asset.body),
  );
}

/** Registers GET /graphql for browsers and the explorer's files; call before Apollo's /graphql middleware. */
export function serveExplorer(app: Express, log: Logger): void {
  let built: Promise<Explorer> | undefined;
  const explorer = () => {
    built ??= buildExplorer().catch((err: unknown) => {
      built = undefined;
      throw err;
    });
    return built;
  };
  const failed = (res: Response) => (err: unknown) => {
    log.error({ err }, 'the explorer could not be built');
    if (!res.headersSent) res.status(500).json({ error: 'the explorer is not available' });
  };

  app.get('/graphql', (req: Request, res: Response, next: NextFunction) => {
    if (req.accepts(NEGOTIATED) !== 'text/html') return next();
    explorer().then((e) => {
      res.setHeader('content-security-policy', PAGE_CSP);
      res.setHeader('x-frame-options', 'DENY');
      res.setHeader('referrer-policy', 'no-referrer');
      res.setHeader('cross-origin-opener-policy', 'same-origin');
      res.setHeader('cache-control', 'no-cache');
      send(req, res, e.assets.get('') as Asset);
    }, failed(res));
  });

  app.get(`${ASSET_PREFIX}/:version/:file`, (req: Request, res: Response) => {
    explorer().then((e) => {
      const file = String(req.params.file);
      const asset = file === '' ? undefined : e.assets.get(file);
      if (!asset) {
        res.status(404).json({ error: 'no such explorer file' });
        return;
      }
      // Versioned paths never change; an old version's path gets today's file, not cached for long.
      res.setHeader('cache-control', req.params.version === e.version ? 'public, max-age=31536000, immutable' : 'no-cache');
      res.setHeader('cross-origin-resource-policy', 'same-origin');
      if (file.endsWith('.worker.js')) res.setHeader('content-security-policy', WORKER_CSP);
      send(req, res, asset);
    }, failed(res));
  });
}
