import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role as ScopeRole } from '../../src/auth/roles';
import {
  AccessApiKeysAllDocument,
  AccessItemCostDocument,
  AccessItemCreateWithCostDocument,
  AccessItemsWithCostDocument,
  AccessNodeDocument,
  AccessWarehouseDocument,
  ApiKeyCreateDocument,
  ApiKeyRevokeDocument,
  ApiKeysDocument,
  CategoryCreateDocument,
  ItemBySkuDocument,
  ItemCreateDocument,
  ItemsDocument,
  LocationCreateDocument,
  PartnerByIdDocument,
  PartnerCreateDocument,
  PartnersDocument,
  type Role,
  SalesChannelCreateDocument,
  SalesChannelUpdateDocument,
  ViewerChannelDocument,
  ViewerDocument,
  WarehouseCreateDocument,
  WarehousesDocument,
} from '../generated/graphql';
import { dataOf, type GraphQLResponse, startTestApp, type TestApp } from '../helpers/app';
import { countRows, sql } from '../helpers/sql';

/** The scopes each role grants: the contract a storefront or partner integration relies on. */
const EXPECTED_SCOPES: Record<Role, string[]> = {
  ADMIN: [
    'availability:read',
    'billing:read',
    'billing:write',
    'catalog:read',
    'catalog:write',
    'costs:read',
    'credit:approve',
    'inventory:approve',
    'inventory:read',
    'inventory:write',
    'keys:admin',
    'ledger:admin',
    'ledger:close',
    'ledger:read',
    'ledger:write',
    'partner:self',
    'partners:read',
    'partners:write',
    'sales:place',
    'sales:read',
    'sales:write',
    'stock:hold',
    'warehouse:read',
    'warehouse:write',
  ],
  FINANCE: [
    'availability:read',
    'billing:read',
    'billing:write',
    'catalog:read',
    'costs:read',
    'credit:approve',
    'inventory:approve',
    'inventory:read',
    'ledger:close',
    'ledger:read',
    'ledger:write',
    'partners:read',
    'sales:read',
    'warehouse:read',
  ],
  WAREHOUSE: [
    'availability:read',
    'catalog:read',
    'catalog:write',
    'inventory:approve',
    'inventory:read',
    'inventory:write',
    'partners:read',
    'sales:read',
    'warehouse:read',
    'warehouse:write',
  ],
  SALES: ['availability:read', 'billing:read', 'catalog:read', 'inventory:read', 'partners:read', 'partners:write', 'sales:read', 'sales:write', 'stock:hold', 'warehouse:read'],
  STOREFRONT: ['availability:read', 'catalog:read', 'sales:place', 'stock:hold'],
  PARTNER: ['availability:read', 'catalog:read', 'partner:self'],
};
const ROLES = Object.keys(EXPECTED_SCOPES) as Role[];
const COST = '12.345';

let t: TestApp;
let ownPartner: { id: string; code: string };
let otherPartner: { id: string; code: string };
let shopChannel: string;
let itemId: string;
let warehouseId: string;
const keys = {} as Record<Role, string>;

/** A GraphQL error with this code at this path, e.g. FORBIDDEN at ['item', 'standardCost']. */
function expectError(res: GraphQLResponse<unknown>, code: string, path?: (string | number)[]): void {
  expect(res.errors, JSON.stringify(res)).toBeDefined();
  expect(res.errors!.map((e) => e.extensions?.code)).toEqual([code]);
  if (path) expect(res.errors![0]!.path).toEqual(path);
}

/** A mutation refused by authorization: FORBIDDEN at the mutation's field and no payload at all. */
function expectForbiddenMutation(res: GraphQLResponse<unknown>, field: string): void {
  expectError(res, 'FORBIDDEN', [field]);
  expect(res.data ?? null).toBeNull();
}

beforeAll(async () => {
  t = await startTestApp();
  const own = dataOf(await t.gql(PartnerCreateDocument, { input: { code: 'ACME-3PL', name: 'Acme Logistics', kinds: ['THIRD_PARTY_LOGISTICS'] } })).partnerCreate;
  const other = dataOf(await t.gql(PartnerCreateDocument, { input: { code: 'RIVAL', name: 'Rival Marketplace', kinds: ['MARKETPLACE'] } })).partnerCreate;
  ownPartner = own.partner!;
  otherPartner = other.partner!;
  const item = dataOf(await t.gql(AccessItemCreateWithCostDocument, { input: { sku: 'COST-1', name: 'Costed widget', standardCost: COST } })).itemCreate;
  expect(item.userErrors).toEqual([]);
  expect(item.item?.standardCost).toBe(COST);
  itemId = item.item!.id;
  const wh = dataOf(await t.gql(WarehouseCreateDocument, { input: { code: 'ACC-WH', name: 'Access test warehouse' } })).warehouseCreate;
  warehouseId = wh.warehouse!.id;
  shopChannel = dataOf(await t.gql(SalesChannelCreateDocument, { input: { code: 'ACC-SHOP', name: 'Access test shop', kind: 'STOREFRONT' } })).salesChannelCreate.salesChannel!.id;
});

/** The binding each role's key needs: a PARTNER key its partner, a STOREFRONT key its sales channel. */
const bindingOf = (role: Role) => (role === 'PARTNER' ? { partnerId: ownPartner.id } : role === 'STOREFRONT' ? { channelId: shopChannel } : {});
afterAll(async () => {
  await t.stop();
});

describe('access keys', () => {
  it('creates a key of every role; the secret starts with lh_ and authenticates as that role with its scopes', async () => {
    for (const role of ROLES) {
      const res = dataOf(
        await t.gql(ApiKeyCreateDocument, { input: { name: `${role.toLowerCase()} key`, role, ...bindingOf(role) } }),
      ).apiKeyCreate;
      expect(res.userErrors).toEqual([]);
      const secret = res.secret!;
      expect(secret).toMatch(/^lh_[A-Za-z0-9_-]{40,}$/);
      expect(res.apiKey).toMatchObject({
        name: `${role.toLowerCase()} key`,
        role,
        revokedAt: null,
        partner: role === 'PARTNER' ? { code: 'ACME-3PL' } : null,
        channel: role === 'STOREFRONT' ? { id: shopChannel, code: 'ACC-SHOP' } : null,
      });
      expect(secret.startsWith(res.apiKey!.prefix)).toBe(true);
      expect(res.apiKey!.prefix.length).toBeLessThan(secret.length / 2);
      keys[role] = secret;

      const viewer = dataOf(await t.gql(ViewerDocument, {}, secret)).viewer;
      expect(viewer).toMatchObject({ name: `${role.toLowerCase()} key`, role });
      expect(viewer.scopes).toEqual(EXPECTED_SCOPES[role]);
    }
    expect(new Set(Object.values(keys)).size).toBe(ROLES.length);
  });

  it('returns the secret once: an idempotent replay gives the same key without its secret', async () => {
    const input = { name: 'replayed key', role: 'SALES' as const, idempotencyKey: 'key-replay-1' };
    const first = dataOf(await t.gql(ApiKeyCreateDocument, { input })).apiKeyCreate;
    expect(first.secret).toMatch(/^lh_/);
    const before = await countRows(t, 'api_keys');
    const replay = dataOf(await t.gql(ApiKeyCreateDocument, { input })).apiKeyCreate;
    expect(replay.userErrors).toEqual([]);
    expect(replay.apiKey?.id).toBe(first.apiKey?.id);
    expect(replay.secret).toBeNull();
    expect(await countRows(t, 'api_keys')).toBe(before);
  });

  it('lists keys with prefix and role but never a secret or its hash', async () => {
    const list = dataOf(await t.gql(AccessApiKeysAllDocument)).apiKeys;
    const byRole = new Map(list.edges.map((e) => [e.node.name, e.node]));
    for (const role of ROLES) {
      const node = byRole.get(`${role.toLowerCase()} key`);
      expect(node, role).toMatchObject({ role, revokedAt: null });
      expect(keys[role].startsWith(node!.prefix)).toBe(true);
    }
    const text = JSON.stringify(list);
    for (const secret of [...Object.values(keys), t.adminKey]) expect(text).not.toContain(secret);

    const type = await t.gql<{ __type: { fields: { name: string }[] } }, Record<string, never>>('{ __type(name: "ApiKey") { fields { name } } }');
    const fields = dataOf(type).__type.fields.map((f) => f.name);
    expect(fields).toContain('prefix');
    expect(fields.filter((f) => /secret|hash/i.test(f))).toEqual([]);
  });

  it('revocation makes the key fail at once with HTTP 401 UNAUTHENTICATED', async () => {
    const created = dataOf(await t.gql(ApiKeyCreateDocument, { input: { name: 'short-lived scanner', role: 'WAREHOUSE' } })).apiKeyCreate;
    const secret = created.secret!;
    // Use it first, so a cached authentication would have to be dropped by the revocation.
    expect(dataOf(await t.gql(ViewerDocument, {}, secret)).viewer.role).toBe('WAREHOUSE');

    const revoked = dataOf(await t.gql(ApiKeyRevokeDocument, { input: { id: created.apiKey!.id } })).apiKeyRevoke;
    expect(revoked.userErrors).toEqual([]);
    expect(revoked.apiKey?.revokedAt).toEqual(expect.any(String));

    const after = await t.gql(ViewerDocument, {}, secret);
    expect(after.status).toBe(401);
    expectError(after, 'UNAUTHENTICATED');
    expect(after.data ?? null).toBeNull();
    const write = await t.gql(ItemCreateDocument, { input: { sku: 'AFTER-REVOKE', name: 'x' } }, secret);
    expect(write.status).toBe(401);
    expect(await countRows(t, 'items', 'sku = ?', ['AFTER-REVOKE'])).toBe(0);

    const active = dataOf(await t.gql(ApiKeysDocument, { first: 250 })).apiKeys.edges.map((e) => e.node.id);
    expect(active).not.toContain(created.apiKey!.id);
    const again = dataOf(await t.gql(ApiKeyRevokeDocument, { input: { id: created.apiKey!.id } })).apiKeyRevoke;
    expect(again.userErrors).toMatchObject([{ code: 'ALREADY_REVOKED', field: ['input', 'id'] }]);
  });

  it('refuses to revoke the last active ADMIN key, which keeps working', async () => {
    const all = dataOf(await t.gql(AccessApiKeysAllDocument)).apiKeys.edges.map((e) => e.node);
    const bootstrap = all.find((k) => t.adminKey.startsWith(k.prefix))!;
    expect(bootstrap.role).toBe('ADMIN');
    const otherAdmins = all.filter((k) => k.role === 'ADMIN' && k.revokedAt === null && k.id !== bootstrap.id);
    expect(otherAdmins.length).toBeGreaterThan(0);
    for (const k of otherAdmins) {
      expect(dataOf(await t.gql(ApiKeyRevokeDocument, { input: { id: k.id } })).apiKeyRevoke.userErrors).toEqual([]);
    }
    // The ADMIN key created earlier is now revoked...
    expect((await t.gql(ViewerDocument, {}, keys.ADMIN)).status).toBe(401);

    // ...and the bootstrap key is the last one.
    const res = dataOf(await t.gql(ApiKeyRevokeDocument, { input: { id: bootstrap.id } })).apiKeyRevoke;
    expect(res.apiKey).toBeNull();
    expect(res.userErrors).toMatchObject([{ code: 'LAST_ADMIN_KEY', field: ['input', 'id'] }]);
    expect(dataOf(await t.gql(ViewerDocument)).viewer.role).toBe('ADMIN');
    expect(await countRows(t, 'api_keys', "role = 'ADMIN' and revoked_at is null")).toBe(1);
  });

  it('binds a PARTNER key to a partner (PARTNER_REQUIRED) and no other role (PARTNER_NOT_ALLOWED), writing nothing', async () => {
    const before = await countRows(t, 'api_keys');
    const noPartner = dataOf(await t.gql(ApiKeyCreateDocument, { input: { name: 'unbound partner', role: 'PARTNER' } })).apiKeyCreate;
    expect(noPartner).toMatchObject({ apiKey: null, secret: null, userErrors: [{ code: 'PARTNER_REQUIRED', field: ['input', 'partnerId'] }] });
    const salesWithPartner = dataOf(await t.gql(ApiKeyCreateDocument, { input: { name: 'bound sales', role: 'SALES', partnerId: ownPartner.id } })).apiKeyCreate;
    expect(salesWithPartner).toMatchObject({ apiKey: null, secret: null, userErrors: [{ code: 'PARTNER_NOT_ALLOWED', field: ['input', 'partnerId'] }] });
    expect(await countRows(t, 'api_keys')).toBe(before);
  });

  it('binds a STOREFRONT key to a sales channel (CHANNEL_REQUIRED) and no other role (CHANNEL_NOT_ALLOWED), refusing an unknown or inactive channel, writing nothing', async () => {
    const before = await countRows(t, 'api_keys');
    const refused = async (input: Record<string, unknown>) => dataOf(await t.gql(ApiKeyCreateDocument, { input: { name: 'refused', role: 'STOREFRONT', ...input } })).apiKeyCreate;
    expect(await refused({})).toMatchObject({ apiKey: null, secret: null, userErrors: [{ code: 'CHANNEL_REQUIRED', field: ['input', 'channelId'] }] });
    for (const role of ['PARTNER', 'SALES', 'ADMIN'] as const) {
      const res = await refused({ role, channelId: shopChannel, ...(role === 'PARTNER' ? { partnerId: ownPartner.id } : {}) });
      expect(res, role).toMatchObject({ apiKey: null, secret: null, userErrors: [{ code: 'CHANNEL_NOT_ALLOWED', field: ['input', 'channelId'] }] });
    }
    expect(await refused({ channelId: ownPartner.id })).toMatchObject({ apiKey: null, userErrors: [{ code: 'NOT_FOUND', field: ['input', 'channelId'] }] });
    const closed = dataOf(await t.gql(SalesChannelCreateDocument, { input: { code: 'ACC-CLOSED', name: 'Closed shop', kind: 'STOREFRONT' } })).salesChannelCreate.salesChannel!;
    dataOf(await t.gql(SalesChannelUpdateDocument, { input: { id: closed.id, active: false } }));
    expect(await refused({ channelId: closed.id })).toMatchObject({ apiKey: null, userErrors: [{ code: 'CHANNEL_INACTIVE', field: ['input', 'channelId'] }] });
    expect((await refused({ channelId: shopChannel, partnerId: ownPartner.id })).userErrors).toMatchObject([{ code: 'PARTNER_NOT_ALLOWED' }]);
    expect(await countRows(t, 'api_keys')).toBe(before);
    // The database holds to it too: only a STOREFRONT key carries a channel.
    await expect(sql(t, "update api_keys set channel_id = (select min(id) from sales_channels) where role = 'ADMIN'")).rejects.toThrow(/api_keys_channel_storefront_only/);
  });

  it('viewer names a STOREFRONT key\'s channel, and no channel for other keys', async () => {
    expect(dataOf(await t.gql(ViewerChannelDocument, {}, keys.STOREFRONT)).viewer.channel).toEqual({ id: shopChannel, code: 'ACC-SHOP' });
    expect(dataOf(await t.gql(ViewerChannelDocument, {}, keys.PARTNER)).viewer.channel).toBeNull();
  });

  it('lets only ADMIN keys create or list keys', async () => {
    const before = await countRows(t, 'api_keys');
    for (const role of ROLES.filter((r) => r !== 'ADMIN' && r !== 'PARTNER')) {
      expectForbiddenMutation(await t.gql(ApiKeyCreateDocument, { input: { name: `made by ${role}`, role: 'ADMIN' } }, keys[role]), 'apiKeyCreate');
      expectError(await t.gql(ApiKeysDocument, {}, keys[role]), 'FORBIDDEN', ['apiKeys']);
    }
    expectForbiddenMutation(await t.gql(ApiKeyCreateDocument, { input: { name: 'made by partner', role: 'ADMIN' } }, keys.PARTNER), 'apiKeyCreate');
    expect(await countRows(t, 'api_keys')).toBe(before);
  });

  it('the test helper refuses a key that is undefined (a role whose key was never made) instead of sending the admin key', async () => {
    const missing = ({} as Partial<Record<Role, string>>).SALES;
    await expect(t.gql(ViewerDocument, {}, missing)).rejects.toThrow(/key is undefined/);
    expect(dataOf(await t.gql(ViewerDocument)).viewer.role).toBe('ADMIN');
    expect(dataOf(await t.gql(ViewerDocument, {}, keys.SALES)).viewer.role).toBe('SALES');
    // keyFor (used by other files) gives a key of the role asked, never the admin key.
    for (const role of [ScopeRole.FINANCE, ScopeRole.STOREFRONT]) {
      const secret = await t.keyFor(role);
      expect(secret).not.toBe(t.adminKey);
      expect(dataOf(await t.gql(ViewerDocument, {}, secret)).viewer.role).toBe(role);
    }
  });

  it('answers a request without a key with UNAUTHENTICATED and no data', async () => {
    const res = await t.gql(ItemsDocument, {}, null);
    expectError(res, 'UNAUTHENTICATED', ['items']);
    expect(res.data ?? null).toBeNull();
    const malformed = await t.gql(ViewerDocument, {}, 'not-a-key');
    expect(malformed.status).toBe(401);
    expectError(malformed, 'UNAUTHENTICATED');
  });
});

describe('what each role may do', () => {
  it('STOREFRONT reads items by list and SKU', async () => {
    const list = dataOf(await t.gql(ItemsDocument, { filter: { skus: ['COST-1'] } }, keys.STOREFRONT)).items;
    expect(list.edges.map((e) => e.node.sku)).toEqual(['COST-1']);
    expect(dataOf(await t.gql(ItemBySkuDocument, { sku: 'cost-1' }, keys.STOREFRONT)).itemBySku).toMatchObject({ id: itemId, sku: 'COST-1' });
  });

  it('STOREFRONT gets FORBIDDEN on a cost field and never sees the cost, while the rest of the item is returned', async () => {
    const res = await t.gql(AccessItemCostDocument, { id: itemId }, keys.STOREFRONT);
    expectError(res, 'FORBIDDEN', ['item', 'standardCost']);
    expect(res.data?.item).toEqual({ id: itemId, sku: 'COST-1', standardCost: null });
    expect(JSON.stringify(res)).not.toContain(COST);

    const list = await t.gql(AccessItemsWithCostDocument, { skus: ['COST-1'] }, keys.STOREFRONT);
    expectError(list, 'FORBIDDEN', ['items', 'edges', 0, 'node', 'standardCost']);
    expect(list.data?.items.edges).toEqual([{ node: { sku: 'COST-1', standardCost: null } }]);
    expect(JSON.stringify(list)).not.toContain(COST);
  });

  it('STOREFRONT gets FORBIDDEN on warehouse, partner and key queries', async () => {
    expectError(await t.gql(WarehousesDocument, {}, keys.STOREFRONT), 'FORBIDDEN', ['warehouses']);
    const one = await t.gql(AccessWarehouseDocument, { id: warehouseId }, keys.STOREFRONT);
    expectError(one, 'FORBIDDEN', ['warehouse']);
    expect(JSON.stringify(one)).not.toContain('ACC-WH');
    expectError(await t.gql(AccessNodeDocument, { id: warehouseId }, keys.STOREFRONT), 'FORBIDDEN', ['node']);
    expectError(await t.gql(PartnersDocument, {}, keys.STOREFRONT), 'FORBIDDEN', ['partners']);
    const partner = await t.gql(PartnerByIdDocument, { id: ownPartner.id }, keys.STOREFRONT);
    expectError(partner, 'FORBIDDEN', ['partner']);
    expect(JSON.stringify(partner)).not.toContain('ACME-3PL');
    expectError(await t.gql(ApiKeysDocument, {}, keys.STOREFRONT), 'FORBIDDEN', ['apiKeys']);
  });

  it('STOREFRONT gets FORBIDDEN on every mutation but placing an order on its channel (sales.test.ts), and writes nothing', async () => {
    const tables = ['items', 'categories', 'warehouses', 'locations', 'partners', 'api_keys', 'outbox_events'];
    const before = await Promise.all(tables.map((tb) => countRows(t, tb)));
    const k = keys.STOREFRONT;
    expectForbiddenMutation(await t.gql(ItemCreateDocument, { input: { sku: 'SF-1', name: 'x' } }, k), 'itemCreate');
    expectForbiddenMutation(await t.gql(CategoryCreateDocument, { input: { code: 'SF', name: 'x' } }, k), 'categoryCreate');
    expectForbiddenMutation(await t.gql(WarehouseCreateDocument, { input: { code: 'SF-WH', name: 'x' } }, k), 'warehouseCreate');
    expectForbiddenMutation(await t.gql(LocationCreateDocument, { input: { warehouseId, code: 'SF-LOC', type: 'STORAGE' } }, k), 'locationCreate');
    expectForbiddenMutation(await t.gql(PartnerCreateDocument, { input: { code: 'SF-P', name: 'x' } }, k), 'partnerCreate');
    expectForbiddenMutation(await t.gql(ApiKeyCreateDocument, { input: { name: 'x', role: 'ADMIN' } }, k), 'apiKeyCreate');
    expect(await Promise.all(tables.map((tb) => countRows(t, tb)))).toEqual(before);
  });

  it('WAREHOUSE creates items, warehouses and locations but not keys, and cannot read costs', async () => {
    const k = keys.WAREHOUSE;
    const item = dataOf(await t.gql(ItemCreateDocument, { input: { sku: 'WH-MADE-1', name: 'Made by the floor' } }, k)).itemCreate;
    expect(item.userErrors).toEqual([]);
    expect(item.item?.sku).toBe('WH-MADE-1');
    const loc = dataOf(await t.gql(LocationCreateDocument, { input: { warehouseId, code: 'A-01', type: 'STORAGE' } }, k)).locationCreate;
    expect(loc.userErrors).toEqual([]);
    expect(loc.location).toMatchObject({ code: 'A-01', warehouse: { code: 'ACC-WH' } });

    expectForbiddenMutation(await t.gql(ApiKeyCreateDocument, { input: { name: 'x', role: 'WAREHOUSE' } }, k), 'apiKeyCreate');
    const cost = await t.gql(AccessItemCostDocument, { id: itemId }, k);
    expectError(cost, 'FORBIDDEN', ['item', 'standardCost']);
    expect(JSON.stringify(cost)).not.toContain(COST);
  });

  it('FINANCE reads costs but cannot create items', async () => {
    const k = keys.FINANCE;
    const res = await t.gql(AccessItemCostDocument, { id: itemId }, k);
    expect(res.errors).toBeUndefined();
    expect(res.data?.item).toEqual({ id: itemId, sku: 'COST-1', standardCost: COST });
    expectForbiddenMutation(await t.gql(ItemCreateDocument, { input: { sku: 'FIN-1', name: 'x' } }, k), 'itemCreate');
    expect(await countRows(t, 'items', 'sku = ?', ['FIN-1'])).toBe(0);
  });

  it('SALES creates and lists partners but cannot create items or read costs', async () => {
    const k = keys.SALES;
    const created = dataOf(await t.gql(PartnerCreateDocument, { input: { code: 'NEW-CUST', name: 'New customer', kinds: ['CUSTOMER'] } }, k)).partnerCreate;
    expect(created.userErrors).toEqual([]);
    expect(created.partner).toMatchObject({ code: 'NEW-CUST', kinds: ['CUSTOMER'] });
    const list = dataOf(await t.gql(PartnersDocument, {}, k)).partners.edges.map((e) => e.node.code);
    expect(list).toEqual(expect.arrayContaining(['ACME-3PL', 'NEW-CUST', 'RIVAL']));
    expectForbiddenMutation(await t.gql(ItemCreateDocument, { input: { sku: 'SALES-1', name: 'x' } }, k), 'itemCreate');
    expectError(await t.gql(AccessItemCostDocument, { id: itemId }, k), 'FORBIDDEN', ['item', 'standardCost']);
  });

  it('PARTNER sees its own partner by partner(id) and node(id), null for another, FORBIDDEN on the list', async () => {
    const k = keys.PARTNER;
    expect(dataOf(await t.gql(PartnerByIdDocument, { id: ownPartner.id }, k)).partner).toEqual({ id: ownPartner.id, code: 'ACME-3PL' });
    expect(dataOf(await t.gql(AccessNodeDocument, { id: ownPartner.id }, k)).node).toEqual({ id: ownPartner.id, __typename: 'Partner', code: 'ACME-3PL' });

    const other = await t.gql(PartnerByIdDocument, { id: otherPartner.id }, k);
    expect(other.errors).toBeUndefined();
    expect(other.data?.partner).toBeNull();
    const otherNode = await t.gql(AccessNodeDocument, { id: otherPartner.id }, k);
    expect(otherNode.errors).toBeUndefined();
    expect(otherNode.data?.node).toBeNull();
    expect(JSON.stringify([other, otherNode])).not.toContain('RIVAL');

    const list = await t.gql(PartnersDocument, {}, k);
    expectError(list, 'FORBIDDEN', ['partners']);
    expect(JSON.stringify(list)).not.toContain('RIVAL');
    expectError(await t.gql(AccessItemCostDocument, { id: itemId }, k), 'FORBIDDEN', ['item', 'standardCost']);
  });

  it('node(id) of an access key is FORBIDDEN to every non-admin key and readable by an admin', async () => {
    const all = dataOf(await t.gql(AccessApiKeysAllDocument)).apiKeys.edges.map((e) => e.node);
    const keyId = all.find((k) => k.name === 'storefront key')!.id;
    for (const role of ROLES.filter((r) => r !== 'ADMIN')) {
      const res = await t.gql(AccessNodeDocument, { id: keyId }, keys[role]);
      expectError(res, 'FORBIDDEN', ['node']);
      expect(JSON.stringify(res), role).not.toContain('storefront key');
    }
    expect(dataOf(await t.gql(AccessNodeDocument, { id: keyId })).node).toEqual({ id: keyId, __typename: 'ApiKey', name: 'storefront key', role: 'STOREFRONT' });
  });

  it('viewer.keyId is the global id of the calling key, as listed by apiKeys', async () => {
    const viewer = dataOf(await t.gql(ViewerDocument)).viewer;
    const all = dataOf(await t.gql(AccessApiKeysAllDocument)).apiKeys.edges.map((e) => e.node);
    const self = all.find((k) => t.adminKey.startsWith(k.prefix))!;
    expect(viewer.keyId).toBe(self.id);
  });
});
