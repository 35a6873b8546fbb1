import crypto from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { runCommand } from '../db/command';
import { keysetPage, type Page, type PageRequest } from '../db/pagination';
import { execute, query, queryOne } from '../db/sql';
import { Partner } from '../modules/partners/partner.entity';
import { SalesChannel } from '../modules/sales/customer.entity';
import type { ServiceContext } from '../shared/context';
import { DomainError } from '../shared/errors';
import { requireText } from '../shared/validate';
import { ApiKey } from './api-key.entity';
import { type Principal, actorOf, principalFor } from './principal';
import { Role } from './roles';

export enum AuthErrorCode {
  NOT_FOUND = 'NOT_FOUND',
  INVALID = 'INVALID',
  REQUIRED = 'REQUIRED',
  TOO_LONG = 'TOO_LONG',
  PARTNER_REQUIRED = 'PARTNER_REQUIRED',
  PARTNER_NOT_ALLOWED = 'PARTNER_NOT_ALLOWED',
  CHANNEL_REQUIRED = 'CHANNEL_REQUIRED',
  CHANNEL_NOT_ALLOWED = 'CHANNEL_NOT_ALLOWED',
  CHANNEL_INACTIVE = 'CHANNEL_INACTIVE',
  ALREADY_REVOKED = 'ALREADY_REVOKED',
  LAST_ADMIN_KEY = 'LAST_ADMIN_KEY',
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
}

export const AUTH_CHANNEL = 'ledgerhouse_auth';
const KEY_PREFIX = 'lh_';

export interface ApiKeyCreateInput {
  name: string;
  role: Role;
  partnerId?: string | null;
  channelId?: string | null;
  idempotencyKey?: string | null;
}

export interface ApiKeyCreated {
  apiKeyId: string;
  /** The secret, returned once and never stored. */
  secret: string;
}

export function generateSecret(): string {
  return KEY_PREFIX + crypto.randomBytes(32).toString('base64url');
}

export function hashSecret(secret: string): string {
  return crypto.createHash('sha256').update(secret, 'utf8').digest('hex');
}

interface CacheEntry {
  principal: Principal | null;
  expiresAt: number;
}

/**
 * Access keys: creation (secret shown once), listing, revocation, and the lookup that
 * turns a bearer secret into a Principal. Lookups are cached for AUTH_CACHE_MS; a
 * revocation clears the cache on every node at once through NOTIFY, and the TTL bounds
 * the delay should a notification be missed.
 */
export class ApiKeyService {
  private readonly cache = new Map<string, CacheEntry>();

  constructor(
    private readonly rootEm: EntityManager,
    private readonly cacheMs: number,
  ) {}

  async authenticate(secret: string): Promise<Principal | null> {
    if (!secret.startsWith(KEY_PREFIX) || secret.length > 200) return null;
    // Keyed by the secret itself, so that a cached key costs no hash: the secret is in this
    // process's memory during the request anyway, and an entry lives AUTH_CACHE_MS at most.
    const now = Date.now();
    const cached = this.cache.get(secret);
    if (cached && cached.expiresAt > now) return cached.principal;
    const hash = hashSecret(secret);
    const row = await queryOne<{ id: string; name: string; role: Role; partner_id: string | null; channel_id: string | null }>(
      this.rootEm.fork(),
      'select id::text as id, name, role, partner_id::text as partner_id, channel_id::text as channel_id from api_keys where secret_hash = ? and revoked_at is null',
      [hash],
    );
    const principal = row ? principalFor({ id: row.id, name: row.name, role: row.role, partnerId: row.partner_id, channelId: row.channel_id }) : null;
    if (this.cacheMs > 0) {
      if (this.cache.size > 10_000) this.cache.clear();
      this.cache.set(secret, { principal, expiresAt: now + this.cacheMs });
    }
    return principal;
  }

  /** Called when any node revokes a key. */
  invalidateCache(): void {
    this.cache.clear();
  }

  /** Those of `keyIds` that are revoked (or gone). */
  async revokedAmong(em: EntityManager, keyIds: readonly string[]): Promise<string[]> {
    if (keyIds.length === 0) return [];
    const active = await query<{ id: string }>(em, 'select id::text as id from api_keys where id = any(?::bigint[]) and revoked_at is null', [[...keyIds]]);
    const activeIds = new Set(active.map((r) => r.id));
    return keyIds.filter((id) => !activeIds.has(id));
  }

  async create(ctx: ServiceContext, input: ApiKeyCreateInput): Promise<{ result: ApiKeyCreated; replayed: boolean }> {
    const name = requireText(input.name, ['input', 'name'], { max: 100, code: AuthErrorCode });
    if (!Object.values(Role).includes(input.role)) {
      throw new DomainError(AuthErrorCode.INVALID, `Unknown role ${String(input.role)}.`, { field: ['input', 'role'] });
    }
    if (input.role === Role.PARTNER && !input.partnerId) {
      throw new DomainError(AuthErrorCode.PARTNER_REQUIRED, 'A PARTNER key must be bound to a partner: give partnerId.', { field: ['input', 'partnerId'] });
    }
    if (input.role !== Role.PARTNER && input.partnerId) {
      throw new DomainError(AuthErrorCode.PARTNER_NOT_ALLOWED, 'Only PARTNER keys are bound to a partner.', { field: ['input', 'partnerId'] });
    }
    if (input.role === Role.STOREFRONT && !input.channelId) {
      throw new DomainError(AuthErrorCode.CHANNEL_REQUIRED, 'A STOREFRONT key must be bound to a sales channel: give channelId.', { field: ['input', 'channelId'] });
    }
    if (input.role !== Role.STOREFRONT && input.channelId) {
      throw new DomainError(AuthErrorCode.CHANNEL_NOT_ALLOWED, 'Only STOREFRONT keys are bound to a sales channel.', { field: ['input', 'channelId'] });
    }
    // The secret is not part of the command's stored result: a replay cannot show it
    // again, so an idempotent replay returns the key with an empty secret.
    let secret = '';
    const outcome = await runCommand(ctx, { command: 'apiKey.create', idempotencyKey: input.idempotencyKey, input }, async (tx) => {
      let partner: Partner | null = null;
      if (input.partnerId) {
        partner = await tx.em.findOne(Partner, { id: input.partnerId });
        if (!partner) throw new DomainError(AuthErrorCode.NOT_FOUND, 'No partner has this id.', { field: ['input', 'partnerId'] });
      }
      let channel: SalesChannel | null = null;
      if (input.channelId) {
        channel = await tx.em.findOne(SalesChannel, { id: input.channelId });
        if (!channel) throw new DomainError(AuthErrorCode.NOT_FOUND, 'No sales channel has this id.', { field: ['input', 'channelId'] });
        if (!channel.active) throw new DomainError(AuthErrorCode.CHANNEL_INACTIVE, `Sales channel ${channel.code} is inactive.`, { field: ['input', 'channelId'] });
      }
      secret = generateSecret();
      const key = tx.em.create(ApiKey, {
        name,
        prefix: secret.slice(0, KEY_PREFIX.length + 8),
        secretHash: hashSecret(secret),
        role: input.role,
        partner,
        channel,
        createdBy: actorOf(ctx.principal),
      });
      await tx.em.flush();
      return { apiKeyId: key.id };
    });
    return { result: { apiKeyId: outcome.result.apiKeyId, secret: outcome.replayed ? '' : secret }, replayed: outcome.replayed };
  }

  async revoke(ctx: ServiceContext, input: { id: string; idempotencyKey?: string | null }): Promise<{ apiKeyId: string }> {
    const outcome = await runCommand(ctx, { command: 'apiKey.revoke', idempotencyKey: input.idempotencyKey, input }, async (tx) => {
      const key = await tx.em.findOne(ApiKey, { id: input.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!key) throw new DomainError(AuthErrorCode.NOT_FOUND, 'No access key has this id.', { field: ['input', 'id'] });
      if (key.revokedAt) throw new DomainError(AuthErrorCode.ALREADY_REVOKED, 'This access key is already revoked.', { field: ['input', 'id'] });
      if (key.role === Role.ADMIN) {
        // Serialize admin revocations so two of them cannot each leave the other as "the last one".
        await execute(tx.em, "select pg_advisory_xact_lock(hashtext('ledgerhouse.api_keys.admin'))");
        const others = await queryOne<{ n: number }>(
          tx.em,
          "select count(*)::int as n from api_keys where role = 'ADMIN' and revoked_at is null and id <> ?",
          [key.id],
        );
        if ((others?.n ?? 0) === 0) {
          throw new DomainError(AuthErrorCode.LAST_ADMIN_KEY, 'This is the last active ADMIN key; create another one before revoking it.', {
            field: ['input', 'id'],
          });
        }
      }
      key.revokedAt = tx.tx.now;
      await tx.em.flush();
      await execute(tx.em, 'select pg_notify(?, ?)', [AUTH_CHANNEL, key.id]);
      tx.tx.afterCommit.push(() => this.invalidateCache());
      return { apiKeyId: key.id };
    });
    return outcome.result;
  }

  async list(ctx: ServiceContext, filter: { includeRevoked?: boolean | null }, page: PageRequest): Promise<Page<ApiKey>> {
    return keysetPage(ctx.em, ApiKey, filter.includeRevoked ? {} : { revokedAt: null }, page);
  }

  /**
   * First start: when no key exists at all, create an ADMIN key and return its secret
   * (the caller prints it once). Returns null when keys exist already.
   */
  async bootstrapAdmin(em: EntityManager, secret: string | undefined): Promise<string | null> {
    return em.transactional(async (tem) => {
      await execute(tem as EntityManager, "select pg_advisory_xact_lock(hashtext('ledgerhouse.api_keys.bootstrap'))");
      const existing = await tem.count(ApiKey, {});
      if (existing > 0) return null;
      const value = secret ?? generateSecret();
      tem.create(ApiKey, {
        name: 'bootstrap admin',
        prefix: value.slice(0, KEY_PREFIX.length + 8),
        secretHash: hashSecret(value),
        role: Role.ADMIN,
        createdBy: 'system',
      });
      await tem.flush();
      return value;
    });
  }
}
