/**
 * The baseline: what the same question costs with nothing but Apollo Server, express and
 * pg. One hand-written SQL statement, prepared (a named statement: parsed and planned once
 * per connection), no ORM, no auth, no per-request context, no logging. Same schema shape and same answers as Ledgerhouse's `availability` query
 * (case-insensitive SKUs, answers in the order asked, unknown SKUs with found false,
 * per-warehouse sellable on hand minus allocated minus live checkout holds, total of the positive ones).
 *
 * Env: DATABASE_URL (required), PORT (default 4100), HOST (default 127.0.0.1), DB_POOL_SIZE (default 10).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GraphQLError } from 'graphql';
import pg from 'pg';

const typeDefs = /* GraphQL */ `
  scalar Decimal

  type WarehouseAvailability {
    warehouseCode: String!
    warehouseName: String!
    available: Decimal!
    onHand: Decimal!
    allocated: Decimal!
    inTransit: Decimal!
  }

  type SkuAvailability {
    sku: String!
    found: Boolean!
    available: Decimal!
    warehouses: [WarehouseAvailability!]!
  }

  type Query {
    availability(skus: [String!]!, warehouseCodes: [String!]): [SkuAvailability!]!
  }
`;

/**
 * One row per SKU asked (in order, duplicates included) and warehouse. Decimals are
 * formatted by PostgreSQL (trim_scale drops trailing zeros, like Ledgerhouse's toText).
 */
const AVAILABILITY_SQL = `
  select a.ord, coalesce(i.sku, a.asked) as sku, i.id is not null as found,
         sw.code, sw.name,
         trim_scale(sw.sellable_on_hand)::text as on_hand,
         trim_scale(sw.allocated)::text as allocated,
         trim_scale(sw.in_transit)::text as in_transit,
         trim_scale(sw.sellable_on_hand - sw.allocated - sw.held)::text as available,
         trim_scale(coalesce(sum(greatest(sw.sellable_on_hand - sw.allocated - sw.held, 0)) over (partition by a.ord), 0))::text as total
  from unnest($1::text[]) with ordinality as a(asked, ord)
  left join items i on lower(i.sku) = lower(btrim(a.asked)) and i.active
  left join (
    select s.item_id, s.sellable_on_hand, s.allocated, s.in_transit, w.code, w.name,
           (select coalesce(sum(h.quantity), 0) from stock_hold_lines h
            where h.item_id = s.item_id and h.warehouse_id = s.warehouse_id and h.open and h.expires_at > now()) as held
    from stock_summaries s
    join warehouses w on w.id = s.warehouse_id and w.active and ($2::text[] is null or lower(w.code) = any($2::text[]))
  ) sw on sw.item_id = i.id
  order by a.ord, sw.code`;

interface Row {
  ord: string;
  sku: string;
  found: boolean;
  code: string | null;
  name: string | null;
  on_hand: string | null;
  allocated: string | null;
  in_transit: string | null;
  available: string | null;
  total: string;
}

interface WarehouseAvailability {
  warehouseCode: string;
  warehouseName: string;
  available: string;
  onHand: string;
  allocated: string;
  inTransit: string;
}

interface SkuAvailability {
  sku: string;
  found: boolean;
  available: string;
  warehouses: WarehouseAvailability[];
}

export async function startBaseline(options: { databaseUrl: string; port: number; host: string; poolSize: number }) {
  // Generic plans, as Ledgerhouse's connections use: with the default (auto) PostgreSQL keeps
  // planning a statement with an array parameter afresh on every execution, because the custom
  // plan's estimate (it knows the array's length) always looks cheaper than the generic one's.
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize, options: '-c plan_cache_mode=force_generic_plan' });

  const resolvers = {
    Query: {
      async availability(_: unknown, args: { skus: string[]; warehouseCodes?: string[] | null }): Promise<SkuAvailability[]> {
        if (args.skus.length > 250) throw new GraphQLError('At most 250 SKUs per availability query.', { extensions: { code: 'BAD_USER_INPUT' } });
        if (args.skus.length === 0) return [];
        const codes = args.warehouseCodes?.length ? args.warehouseCodes.map((c) => c.trim().toLowerCase()) : null;
        // A named statement: parsed and planned once per connection, as an expert would write it.
        const { rows } = await pool.query<Row>({ name: 'availability', text: AVAILABILITY_SQL, values: [args.skus, codes] });
        const out: SkuAvailability[] = [];
        let current: SkuAvailability | undefined;
        let currentOrd = '';
        for (const r of rows) {
          if (!current || r.ord !== currentOrd) {
            current = { sku: r.sku, found: r.found, available: r.total, warehouses: [] };
            currentOrd = r.ord;
            out.push(current);
          }
          if (r.code !== null) {
            current.warehouses.push({
              warehouseCode: r.code,
              warehouseName: r.name ?? '',
              available: r.available as string,
              onHand: r.on_hand as string,
              allocated: r.allocated as string,
              inTransit: r.in_transit as string,
            });
          }
        }
        return out;
      },
    },
  };

  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer({ typeDefs, resolvers, stopOnTerminationSignals: false });
  await apollo.start();
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use('/graphql', express.json({ limit: 1_048_576 }), expressMiddleware(apollo));
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, () => resolve());
  });
  const address = httpServer.address() as AddressInfo;
  return {
    url: `http://${options.host}:${address.port}/graphql`,
    async stop() {
      await apollo.stop();
      httpServer.closeAllConnections();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await pool.end();
    },
  };
}

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is required');
  const server = await startBaseline({
    databaseUrl,
    port: Number(process.env.PORT ?? 4100),
    host: process.env.HOST ?? '127.0.0.1',
    poolSize: Number(process.env.DB_POOL_SIZE ?? 10),
  });
  process.stdout.write(`baseline listening on ${server.url}\n`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`baseline failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  });
}
