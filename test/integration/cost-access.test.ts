/**
 * "Any cost, value or margin figure, wherever it appears" needs costs:read (src/auth/roles.ts).
 * The table of such figures is built from the schema the server serves, not from the
 * authorization rules: every Decimal field of every object type is a money figure unless
 * it is listed below as a quantity or a dimension. So a new money field, or one that
 * loses its @Authorized(costs:read), is in the table and is tried.
 *
 * Each figure is reached from a few entry points (queries with ids of data made here) by
 * the shortest field path the schema offers, and asked for over HTTP with a key of every
 * role: a role without costs:read gets FORBIDDEN and null, at the field itself wherever
 * the role may read the object that carries it; a role with costs:read gets a value.
 */
import {
  type GraphQLObjectType,
  type IntrospectionQuery,
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_SCOPES, Role, Scope } from '../../src/auth/roles';
import { AccountByCodeDocument, PartnerCreateDocument, StockAdjustDocument, StockReceiveDocument, StockTransferShipDocument } from '../generated/graphql';
import { dataOf, type GraphQLResponse, startTestApp, type TestApp } from '../helpers/app';
import { itemFixture, type WarehouseFixture, warehouseFixture } from '../helpers/fixtures';
import { systemContext } from '../helpers/context';
import { sql } from '../helpers/sql';
import { shipOneOrder } from '../helpers/fulfillment';
import { fromGlobalId, toGlobalId } from '../../src/shared/ids';

/** Decimal fields that are quantities or dimensions, not money: free of the cost rule. Everything else Decimal is money (selling terms aside, below). */
const NOT_MONEY = new Set([
  'CountVariance.counted',
  'CountVariance.onHand',
  'CountVariance.variance',
  'InventoryCountLine.countedQuantity',
  'InventoryCountLine.expectedQuantity',
  'InventoryValuationLine.quantity',
  'Item.heightCm',
  'Item.lengthCm',
  'Item.weightKg',
  'Item.widthCm',
  'ItemBarcode.quantity',
  'ItemBarcodeMatch.quantity',
  'ReconciliationLayer.quantityByValuations',
  'ReconciliationLayer.quantityRemaining',
  'ScanElement.measure',
  'ScanElement.quantity',
  'ScanParseResult.quantity',
  'SkuAvailability.available',
  'StockLevel.onHand',
  'StockLevelChangedEvent.allocated',
  'StockLevelChangedEvent.available',
  'StockLevelChangedEvent.held',
  'StockLevelChangedEvent.inTransit',
  'StockLevelChangedEvent.onHand',
  'StockLevelChangedEvent.sellableOnHand',
  'StockMove.quantity',
  'StockSummary.allocated',
  'StockSummary.available',
  'StockSummary.held',
  'StockSummary.inTransit',
  'StockSummary.onHand',
  'StockSummary.sellableOnHand',
  'StockTransferLine.quantityLost',
  'StockTransferLine.quantityReceived',
  'StockTransferLine.quantityShipped',
  'WarehouseAvailability.allocated',
  'WarehouseAvailability.available',
  'WarehouseAvailability.held',
  'WarehouseAvailability.inTransit',
  'WarehouseAvailability.onHand',
  'SalesOrderLine.quantityAllocated',
  'SalesOrderLine.quantityBackordered',
  'SalesOrderLine.quantityCancelled',
  'SalesOrderLine.quantityOrdered',
  'SalesOrderLine.quantityPacked',
  'SalesOrderLine.quantityPicked',
  'SalesOrderLine.quantityShipped',
  'StockAllocation.quantity',
  'StockAllocation.quantityPicked',
  'StockAllocation.quantityShipped',
  'PickTask.quantity',
  'PickTask.quantityPicked',
  'PickTask.quantityShort',
  'PickScanResult.quantity',
  'PickShortResult.backordered',
  'PickShortResult.reallocated',
  'Carton.weightKg',
  'Carton.lengthCm',
  'Carton.widthCm',
  'Carton.heightCm',
  'CartonLine.quantity',
  'ShipmentLine.quantity',
  'ShipmentLine.quantityReturned',
  'StockHoldLine.quantity',
  'FulfillmentRate.rate',
  'FulfillmentRate.count',
  'FulfillmentRate.of',
  'OrderToShipTime.p50Hours',
  'OrderToShipTime.p90Hours',
  'PickAccuracy.shortPicksPerThousand',
  'PickAccuracy.wrongScansPerThousand',
  'BackorderAge.units',
  'BackorderAge.p50Days',
  'BackorderAge.maxDays',
  'ReturnLine.quantity',
  'StockLevelChangedPayload.allocated',
  'StockLevelChangedPayload.available',
  'StockLevelChangedPayload.held',
  'StockLevelChangedPayload.inTransit',
  'StockLevelChangedPayload.onHand',
  'StockLevelChangedPayload.sellableOnHand',
  'ReturnLine.quantityReceived',
  'ReturnLine.quantityRestocked',
  'ReturnLine.quantityScrapped',
]);

/**
 * Selling terms: what a customer is charged and on what terms. They are money but no cost,
 * value or margin figure (a storefront or marketplace sends its prices; a partner sees those of
 * its own orders), so they are free of the cost rule. Who reads them is decided by sales:read
 * (partner:self for a partner's own orders), tested in sales.test.ts; a credit limit needs sales:read.
 */
const SELLING_TERMS = new Set(['Customer.creditLimit', 'Customer.defaultTaxRate', 'SalesOrderLine.discountPercent', 'SalesOrderLine.taxRate', 'SalesOrderLine.unitPrice']);

/**
 * Receivables: what customers were billed, paid and owe (invoices, credit notes, payments,
 * applications, aging, statements, the AR reconciliation). Money, but no cost, value or
 * margin figure: who reads them is decided by billing:read (FINANCE, SALES), tested in
 * billing.test.ts.
 */
const RECEIVABLES_TYPES = new Set(['Invoice', 'InvoiceLine', 'Payment', 'ArApplication', 'ArAgingRow', 'ReceivablesReconciliationRow', 'CustomerStatement', 'CustomerStatementLine']);
const isReceivable = (coordinate: string) => RECEIVABLES_TYPES.has(coordinate.split('.')[0] as string);

/** How far below an entry point the search for a money figure's object goes. */
const MAX_DEPTH = 4;
/** Paths tried per money figure: the shallowest, from different entry points. */
const PATHS_PER_FIELD = 3;

interface Entry {
  /** The root field with its arguments, e.g. `item(id: "...")`. */
  call: string;
  name: string;
}
interface Reach {
  entry: Entry;
  /** Field names from the root field (excluded) down to the object holding the figure. */
  fields: string[];
}

let t: TestApp;
let main: WarehouseFixture;
let east: WarehouseFixture;
let entries: Entry[];
const keys = {} as Record<Role, string>;
const costRoles = (Object.keys(ROLE_SCOPES) as Role[]).filter((r) => ROLE_SCOPES[r].includes(Scope.COSTS_READ));
const otherRoles = (Object.keys(ROLE_SCOPES) as Role[]).filter((r) => !ROLE_SCOPES[r].includes(Scope.COSTS_READ));
let receiptEntryDbId: string;
let receiptMoveDbId: string;
let layerDbId: string;

beforeAll(async () => {
  t = await startTestApp();
  main = await warehouseFixture(t, 'MAIN');
  east = await warehouseFixture(t, 'EAST');
  const item = await itemFixture(t, 'COSTLY-1', { standardCost: '3.21' });
  const receipt = dataOf(await t.gql(StockReceiveDocument, { input: { warehouseId: main.gid, lines: [{ itemId: item.gid, locationId: main.loc.A1, quantity: '10', unitCost: '2.50' }] } })).stockReceive;
  expect(receipt.userErrors).toEqual([]);
  const issue = dataOf(await t.gql(StockAdjustDocument, { input: { warehouseId: main.gid, reasonCode: 'DAMAGED', lines: [{ itemId: item.gid, locationId: main.loc.A1, quantity: '-1' }] } })).stockAdjust;
  expect(issue.userErrors).toEqual([]);
  const shipped = dataOf(await t.gql(StockTransferShipDocument, { input: { fromWarehouseId: main.gid, toWarehouseId: east.gid, lines: [{ itemId: item.gid, fromLocationId: main.loc.A1, quantity: '2' }] } })).stockTransferShip;
  expect(shipped.userErrors).toEqual([]);
  const inventory = dataOf(await t.gql(AccountByCodeDocument, { code: '1300' })).accountByCode!;
  const [doc] = await sql<{ id: string; entry: string; move: string }>(
    t,
    `select d.id::text as id, d.journal_entry_id::text as entry, (select min(m.id) from stock_moves m where m.document_type = 'StockDocument' and m.document_id = d.id::text)::text as move
     from stock_documents d where d.number = ?`,
    [receipt.document!.number],
  );
  receiptEntryDbId = doc!.entry;
  receiptMoveDbId = doc!.move;
  const [layer] = await sql<{ id: string }>(t, `select min(l.id)::text as id from stock_layers l where l.item_id = ?`, [item.id]);
  layerDbId = layer!.id;

  // A shipped order (the test partner's, so its PARTNER key reads the shipment and is refused at the figure): the shipment carries the cost of goods sold per line.
  const partner = dataOf(await t.gql(PartnerCreateDocument, { input: { code: 'COST-P', name: 'Cost test partner', kinds: ['MARKETPLACE'] } })).partnerCreate.partner!;
  const shippedOrder = await shipOneOrder(t, main, await itemFixture(t, 'COSTLY-SHIP', { standardCost: '3.21' }), { tag: 'COST', partnerId: fromGlobalId(partner.id)!.id });
  // Revenue tied to no order (a manual entry), so every gross margin figure has a value, the margin percentage included.
  const cash = dataOf(await t.gql(AccountByCodeDocument, { code: '1000' })).accountByCode!;
  const revenue = dataOf(await t.gql(AccountByCodeDocument, { code: '4000' })).accountByCode!;
  const manual = await t.gql<{ journalEntryCreate: { userErrors: unknown[] } }, Record<string, unknown>>(
    'mutation($input: JournalEntryCreateInput!) { journalEntryCreate(input: $input) { userErrors { code message } } }',
    { input: { memo: 'cash sale', lines: [{ accountId: cash.id, debit: '5' }, { accountId: revenue.id, credit: '5' }] } },
  );
  expect(dataOf(manual).journalEntryCreate.userErrors).toEqual([]);
  // A return of one of its units, received (its line carries the cost it came back at).
  const [shipLine] = await sql<{ id: string }>(t, 'select id::text as id from shipment_lines where shipment_id = ?', [fromGlobalId(shippedOrder.shipmentId)!.id]);
  const { returnId } = await t.app.services.returns.authorize(systemContext(t), { orderId: fromGlobalId(shippedOrder.orderId)!.id, lines: [{ shipmentLineId: shipLine!.id, quantity: '1' }] });
  await t.app.services.returns.receive(systemContext(t), { returnId, locationId: main.locDb.QA });
  const [pickList] = await sql<{ id: string }>(t, 'select min(id)::text as id from pick_lists');
  const q = (s: string) => JSON.stringify(s);
  entries = [
    { name: 'shipment', call: `shipment(id: ${q(shippedOrder.shipmentId)})` },
    { name: 'return', call: `return(id: ${q(toGlobalId('ReturnAuthorization', returnId))})` },
    { name: 'pickList', call: `pickList(id: ${q(toGlobalId('PickList', pickList!.id))})` },
    { name: 'item', call: `item(id: ${q(item.gid)})` },
    { name: 'stockDocument', call: `stockDocument(id: ${q(receipt.document!.id)})` },
    { name: 'stockTransfer', call: `stockTransfer(id: ${q(shipped.transfer!.id)})` },
    { name: 'stockMoves', call: `stockMoves(first: 5, filter: { itemId: ${q(item.gid)} })` },
    { name: 'inventoryValuation', call: 'inventoryValuation' },
    { name: 'inventoryReconciliation', call: 'inventoryReconciliation' },
    { name: 'trialBalance', call: 'trialBalance' },
    { name: 'accountByCode', call: 'accountByCode(code: "1300")' },
    { name: 'accountLedger', call: `accountLedger(accountId: ${q(inventory.id)}, first: 5)` },
    { name: 'journalEntry', call: `journalEntry(id: ${q(receipt.document!.journalEntry!.id)})` },
    { name: 'journalEntries', call: 'journalEntries(first: 5)' },
    { name: 'grossMargin', call: 'grossMargin(from: "1900-01-01", to: "2999-12-31", groupBy: ITEM)' },
  ];

  for (const role of Object.keys(ROLE_SCOPES) as Role[]) keys[role] = await t.keyFor(role, role === Role.PARTNER ? partner.id : undefined);
});
afterAll(async () => {
  await t.stop();
});

/** Every leaf value at `path` (field names) in `data`, through lists; `parents` counts the objects that hold the leaf. */
function leaves(data: unknown, path: string[]): { values: unknown[]; parents: number } {
  let level: unknown[] = [data];
  for (const name of path.slice(0, -1)) {
    level = level.flatMap((v) => (v && typeof v === 'object' ? [(v as Record<string, unknown>)[name]] : [])).flatMap((v) => (Array.isArray(v) ? v : [v]));
  }
  const holders = level.filter((v) => v && typeof v === 'object') as Record<string, unknown>[];
  return { values: holders.map((h) => h[path[path.length - 1]!]), parents: holders.length };
}

function queryFor(reach: Reach, leaf: string): string {
  const selection = [...reach.fields].reverse().reduce((sel, f) => `${f} { ${sel} }`, leaf);
  return `{ ${reach.entry.call} { ${selection} } }`;
}

const fieldPath = (e: { path?: (string | number)[] }) => (e.path ?? []).filter((p) => typeof p === 'string');

/** Runs `edit` by hand (as a superuser could) so that every reconciliation list has rows, runs `body`, and always undoes it. */
async function withEveryVarianceListFilled(body: () => Promise<void>): Promise<void> {
  const edits: [string, string, string, unknown[]][] = [
    ['stock_layers', 'update stock_layers set value_remaining = value_remaining + 100 where id = ?', 'update stock_layers set value_remaining = value_remaining - 100 where id = ?', [layerDbId]],
    ['stock_moves', 'update stock_moves set value = value + 5 where id = ?', 'update stock_moves set value = value - 5 where id = ?', [receiptMoveDbId]],
    [
      'journal_lines',
      'update journal_lines set debit = debit + case when debit > 0 then 1 else 0 end, credit = credit + case when credit > 0 then 1 else 0 end where entry_id = ?',
      'update journal_lines set debit = debit - case when debit > 0 then 1 else 0 end, credit = credit - case when credit > 0 then 1 else 0 end where entry_id = ?',
      [receiptEntryDbId],
    ],
  ];
  const triggers = async (table: string, on: boolean) => {
    if (table !== 'stock_layers') await sql(t, `alter table ${table} ${on ? 'enable' : 'disable'} trigger ${table}_append_only`);
  };
  const run = async (table: string, text: string, params: unknown[]) => {
    await triggers(table, false);
    try {
      await sql(t, text, params);
    } finally {
      await triggers(table, true);
    }
  };
  const done: (typeof edits)[number][] = [];
  try {
    for (const e of edits) {
      await run(e[0], e[1], e[3]);
      done.push(e);
    }
    await body();
  } finally {
    for (const e of done.reverse()) await run(e[0], e[2], e[3]);
  }
}

describe('every money figure in the schema needs costs:read', () => {
  it('FORBIDDEN and null for every role without costs:read, a value for every role with it, over HTTP, for every Decimal field that is not a quantity', { timeout: 120_000 }, async () => {
    const introspection = dataOf(await t.gql<IntrospectionQuery, Record<string, never>>(getIntrospectionQuery()));
    const schema = buildClientSchema(introspection);
    const objects = Object.values(schema.getTypeMap()).filter((ty): ty is GraphQLObjectType => isObjectType(ty) && !ty.name.startsWith('__'));
    const decimals = objects.flatMap((ty) => Object.values(ty.getFields()).filter((f) => getNamedType(f.type).name === 'Decimal').map((f) => ({ type: ty, field: f.name, coordinate: `${ty.name}.${f.name}`, description: f.description ?? '' })));

    // The list of non-money fields is real, and names no field documented as a cost.
    const coordinates = new Set(decimals.map((d) => d.coordinate));
    expect([...NOT_MONEY].filter((c) => !coordinates.has(c)), 'NOT_MONEY names fields the schema no longer has').toEqual([]);
    expect(decimals.filter((d) => NOT_MONEY.has(d.coordinate) && /costs:read|cost|value|price|margin|amount/i.test(`${d.field} ${d.description}`)).map((d) => d.coordinate)).toEqual([]);
    expect([...SELLING_TERMS].filter((c) => !coordinates.has(c)), 'SELLING_TERMS names fields the schema no longer has').toEqual([]);
    expect(decimals.filter((d) => SELLING_TERMS.has(d.coordinate) && /costs:read|cost|margin/i.test(`${d.field} ${d.description}`)).map((d) => d.coordinate)).toEqual([]);
    const money = decimals.filter((d) => !NOT_MONEY.has(d.coordinate) && !SELLING_TERMS.has(d.coordinate) && !isReceivable(d.coordinate));
    // Every field documented as needing costs:read is in the table (and the table is not trivially small).
    expect(decimals.filter((d) => /costs:read/.test(d.description)).every((d) => !NOT_MONEY.has(d.coordinate) && !SELLING_TERMS.has(d.coordinate))).toBe(true);
    expect(money.map((d) => d.coordinate)).toEqual(expect.arrayContaining(['Item.standardCost', 'StockMove.unitCost', 'StockMove.value', 'StockSummary.value', 'InventoryValuationLine.value', 'JournalLine.debit']));

    // Shortest path from each entry point to each object type.
    const queryType = schema.getQueryType()!;
    const reaches = new Map<string, Reach[]>();
    for (const entry of entries) {
      const root = queryType.getFields()[entry.name];
      expect(root, entry.name).toBeDefined();
      const start = getNamedType(root!.type);
      if (!isObjectType(start)) throw new Error(`${entry.name} does not return an object type`);
      const seen = new Set([start.name]);
      let frontier: { type: GraphQLObjectType; fields: string[] }[] = [{ type: start, fields: [] }];
      for (let depth = 0; frontier.length && depth <= MAX_DEPTH; depth++) {
        const next: typeof frontier = [];
        for (const node of frontier) {
          const list = reaches.get(node.type.name) ?? [];
          list.push({ entry, fields: node.fields });
          reaches.set(node.type.name, list);
          for (const f of Object.values(node.type.getFields())) {
            const named = getNamedType(f.type);
            if (!isObjectType(named) || seen.has(named.name) || f.args.some((a) => isNonNullType(a.type) && a.defaultValue == null)) continue;
            seen.add(named.name);
            next.push({ type: named, fields: [...node.fields, f.name] });
          }
        }
        frontier = next;
      }
    }
    const unreachable = money.filter((d) => !reaches.has(d.type.name)).map((d) => d.coordinate);
    expect(unreachable, 'money figures no entry point reaches: add an entry point to this test').toEqual([]);

    const probes = new Map<string, boolean>();
    /** Whether `role` may read the object that carries the figure (asking for its __typename only). */
    const canReadHolder = async (reach: Reach, role: Role): Promise<boolean> => {
      const k = `${role}|${reach.entry.call}|${reach.fields.join('.')}`;
      if (!probes.has(k)) {
        const res = await t.gql(queryFor(reach, '__typename'), {}, keys[role]);
        probes.set(k, !res.errors?.length && leaves(res.data, [reach.entry.name, ...reach.fields, '__typename']).parents > 0);
      }
      return probes.get(k)!;
    };

    let requests = 0;
    let forbiddenAtTheField = 0;
    const tried = new Set<string>();
    await withEveryVarianceListFilled(async () => {
      for (const d of money) {
        const paths = [...(reaches.get(d.type.name) ?? [])].sort((a, b) => a.fields.length - b.fields.length).slice(0, PATHS_PER_FIELD);
        for (const reach of paths) {
          const query = queryFor(reach, d.field);
          const path = [reach.entry.name, ...reach.fields, d.field];
          const where = `${d.coordinate} via ${path.join('.')}`;
          for (const role of costRoles) {
            const res: GraphQLResponse<unknown> = await t.gql(query, {}, keys[role]);
            requests++;
            expect(res.errors, `${role}: ${where}`).toBeUndefined();
            const { values } = leaves(res.data, path);
            expect(values.some((v) => typeof v === 'string'), `${role} gets a value: ${where} -> ${JSON.stringify(res.data)}`).toBe(true);
          }
          for (const role of otherRoles) {
            const res: GraphQLResponse<unknown> = await t.gql(query, {}, keys[role]);
            requests++;
            const errors = res.errors ?? [];
            expect(errors.length, `${role} is refused: ${where} -> ${JSON.stringify(res.data)}`).toBeGreaterThan(0);
            expect(errors.map((e) => e.extensions?.code), `${role}: ${where}`).toEqual(errors.map(() => 'FORBIDDEN'));
            expect(leaves(res.data, path).values.filter((v) => v !== null && v !== undefined), `${role} sees no figure: ${where}`).toEqual([]);
            if (await canReadHolder(reach, role)) {
              // The role may read the object: the refusal is the figure's own rule, at the figure.
              expect(errors.map(fieldPath), `${role}: FORBIDDEN at ${where}`).toContainEqual(path);
              forbiddenAtTheField++;
            } else {
              expect(errors.some((e) => path.join('.').startsWith(fieldPath(e).join('.'))), `${role}: FORBIDDEN on the way to ${where}`).toBe(true);
            }
          }
          tried.add(d.coordinate);
        }
      }
    });
    expect([...tried].sort()).toEqual(money.map((d) => d.coordinate).sort());
    // The figures on objects that roles without costs:read may read were refused by their own rule.
    expect(forbiddenAtTheField).toBeGreaterThan(0);
    console.log(`cost access: ${money.length} money figures, ${requests} requests, ${forbiddenAtTheField} refused at the figure itself`);
  });
});
