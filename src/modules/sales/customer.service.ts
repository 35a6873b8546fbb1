import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { runCommand } from '../../db/command';
import { mapUniqueViolation } from '../../db/constraints';
import { containsAny, keysetPage, type Page, type PageRequest } from '../../db/pagination';
import { queryOne } from '../../db/sql';
import type { ServiceContext, TxContext } from '../../shared/context';
import { toText } from '../../shared/decimal';
import { DomainError } from '../../shared/errors';
import { type FieldPath, optionalText, requireDecimal, requireText } from '../../shared/validate';
import { Partner } from '../partners/partner.entity';
import { type AddressInput, parseAddress } from '../warehouse/warehouse.service';
import { CreditLimitAction, Customer, ReturnCreditPolicy, SalesChannel, type SalesChannelKind } from './customer.entity';
import { SalesErrorCode } from './sales-errors';

export const CODE_RULE = { code: SalesErrorCode, max: 32, pattern: /^[A-Za-z0-9][A-Za-z0-9._\-/]*$/, patternHint: 'letters, digits and . _ - / only, starting with a letter or digit' } as const;
const NAME_RULE = { code: SalesErrorCode, max: 200 } as const;
const EMAIL_RULE = { code: SalesErrorCode, max: 254, pattern: /^[^\s@]+@[^\s@]+\.[^\s@]+$/, patternHint: 'an e-mail address' } as const;

export interface CustomerInput {
  code?: string | null;
  name?: string | null;
  email?: string | null;
  billingAddress?: AddressInput | null;
  shippingAddress?: AddressInput | null;
  paymentTermsDays?: number | null;
  /** Days of shelf life a lot must still have on the ship date to be allocated to this customer (0 to 3650). */
  minShelfLifeDays?: number | null;
  defaultTaxRate?: string | null;
  creditLimit?: string | null;
  /** Over the credit limit: REFUSE the confirmation or HOLD the order (CREDIT_HOLD). */
  creditLimitAction?: CreditLimitAction | null;
  autoInvoice?: boolean | null;
  returnCreditPolicy?: ReturnCreditPolicy | null;
  active?: boolean | null;
}

/** A percent from 0 to 100 with at most 6 decimals (tax rates, discounts). */
export function parsePercent(value: string, field: FieldPath, outOfRange: SalesErrorCode): string {
  const d = requireDecimal(value, field, { code: SalesErrorCode, scale: 6 });
  if (d.lt(0) || d.gt(100)) throw new DomainError(outOfRange, `${field[field.length - 1]} must be a percent from 0 to 100, got ${value}.`, { field });
  return toText(d);
}

function parseShelfLife(value: number, field: FieldPath): number {
  if (!Number.isInteger(value) || value < 0 || value > 3650) {
    throw new DomainError(SalesErrorCode.INVALID, `minShelfLifeDays must be a whole number of days from 0 to 3650, got ${value}.`, { field });
  }
  return value;
}

function parseTerms(value: number, field: FieldPath): number {
  if (!Number.isInteger(value) || value < 0 || value > 365) {
    throw new DomainError(SalesErrorCode.INVALID, `paymentTermsDays must be a whole number of days from 0 to 365, got ${value}.`, { field });
  }
  return value;
}

function parseCreditLimit(value: string | null, field: FieldPath): string | null {
  if (value === null || value === '') return null;
  return toText(requireDecimal(value, field, { code: SalesErrorCode, scale: 6, nonNegative: true }));
}

export class CustomerService {
  async create(ctx: ServiceContext, input: CustomerInput & { code: string; name: string; idempotencyKey?: string | null }): Promise<{ customerId: string }> {
    const values = {
      code: requireText(input.code, ['input', 'code'], CODE_RULE),
      name: requireText(input.name, ['input', 'name'], NAME_RULE),
      email: optionalText(input.email, ['input', 'email'], EMAIL_RULE),
      billingAddress: parseAddress(input.billingAddress ?? {}, ['input', 'billingAddress']),
      shippingAddress: parseAddress(input.shippingAddress ?? input.billingAddress ?? {}, ['input', input.shippingAddress ? 'shippingAddress' : 'billingAddress']),
      paymentTermsDays: parseTerms(input.paymentTermsDays ?? 30, ['input', 'paymentTermsDays']),
      minShelfLifeDays: parseShelfLife(input.minShelfLifeDays ?? 0, ['input', 'minShelfLifeDays']),
      defaultTaxRate: parsePercent(input.defaultTaxRate ?? '0', ['input', 'defaultTaxRate'], SalesErrorCode.TAX_RATE_OUT_OF_RANGE),
      creditLimit: parseCreditLimit(input.creditLimit ?? null, ['input', 'creditLimit']),
      creditLimitAction: input.creditLimitAction ?? CreditLimitAction.REFUSE,
      autoInvoice: input.autoInvoice ?? true,
      returnCreditPolicy: input.returnCreditPolicy ?? ReturnCreditPolicy.CREDIT_NOTE,
    };
    const outcome = await runCommand(ctx, { command: 'customer.create', idempotencyKey: input.idempotencyKey, input }, async (tx) => {
      const customer = tx.em.create(Customer, values);
      await flushCustomer(tx, values.code);
      return { customerId: customer.id };
    });
    return outcome.result;
  }

  async update(ctx: ServiceContext, input: CustomerInput & { id: string; expectedVersion?: number | null }): Promise<{ customerId: string }> {
    const outcome = await runCommand(ctx, { command: 'customer.update', input }, async (tx) => {
      const row = await queryOne<{ id: string }>(tx.em, 'select id::text as id from customers where id = ? for update', [input.id]);
      if (!row) throw new DomainError(SalesErrorCode.NOT_FOUND, 'No customer has this id.', { field: ['input', 'id'] });
      const customer = await tx.em.findOneOrFail(Customer, { id: row.id });
      if (input.expectedVersion != null && input.expectedVersion !== customer.version) {
        throw new DomainError(SalesErrorCode.VERSION_CONFLICT, `The customer changed since you read it (version ${customer.version}).`, { field: ['input', 'expectedVersion'] });
      }
      if (input.code != null) customer.code = requireText(input.code, ['input', 'code'], CODE_RULE);
      if (input.name != null) customer.name = requireText(input.name, ['input', 'name'], NAME_RULE);
      if (input.email !== undefined) customer.email = optionalText(input.email, ['input', 'email'], EMAIL_RULE);
      if (input.billingAddress != null) customer.billingAddress = parseAddress(input.billingAddress, ['input', 'billingAddress']);
      if (input.shippingAddress != null) customer.shippingAddress = parseAddress(input.shippingAddress, ['input', 'shippingAddress']);
      if (input.paymentTermsDays != null) customer.paymentTermsDays = parseTerms(input.paymentTermsDays, ['input', 'paymentTermsDays']);
      if (input.minShelfLifeDays != null) customer.minShelfLifeDays = parseShelfLife(input.minShelfLifeDays, ['input', 'minShelfLifeDays']);
      if (input.defaultTaxRate != null) customer.defaultTaxRate = parsePercent(input.defaultTaxRate, ['input', 'defaultTaxRate'], SalesErrorCode.TAX_RATE_OUT_OF_RANGE);
      if (input.creditLimit !== undefined) customer.creditLimit = parseCreditLimit(input.creditLimit, ['input', 'creditLimit']);
      if (input.creditLimitAction != null) customer.creditLimitAction = input.creditLimitAction;
      if (input.autoInvoice != null) customer.autoInvoice = input.autoInvoice;
      if (input.returnCreditPolicy != null) customer.returnCreditPolicy = input.returnCreditPolicy;
      if (input.active != null) customer.active = input.active;
      await flushCustomer(tx, customer.code);
      return { customerId: customer.id };
    });
    return outcome.result;
  }

  async findPage(ctx: ServiceContext, filter: { active?: boolean | null; search?: string | null }, page: PageRequest): Promise<Page<Customer>> {
    const where: Record<string, unknown>[] = [];
    if (filter.active != null) where.push({ active: filter.active });
    const search = filter.search?.trim();
    if (search) {
      where.push(containsAny(['code', 'name'], search));
    }
    return keysetPage<Customer>(ctx.em, Customer, where.length ? { $and: where } : {}, page, 'code');
  }

  async findByCode(em: EntityManager, code: string): Promise<Customer | null> {
    const row = await queryOne<{ id: string }>(em, 'select id::text as id from customers where lower(code) = lower(?)', [code.trim()]);
    return row ? em.findOne(Customer, { id: row.id }) : null;
  }
}

async function flushCustomer(tx: TxContext, code: string): Promise<void> {
  await mapUniqueViolation(() => tx.em.flush(), {
    customers_code_lower_unique: () => new DomainError(SalesErrorCode.DUPLICATE_CODE, `A customer with code "${code}" already exists (codes are unique regardless of case).`, { field: ['input', 'code'] }),
  });
}

export interface SalesChannelInput {
  code?: string | null;
  name?: string | null;
  kind?: SalesChannelKind | null;
  partnerId?: string | null;
  active?: boolean | null;
}

export class SalesChannelService {
  async create(ctx: ServiceContext, input: SalesChannelInput & { code: string; name: string; kind: SalesChannelKind; idempotencyKey?: string | null }): Promise<{ salesChannelId: string }> {
    const code = requireText(input.code, ['input', 'code'], CODE_RULE);
    const name = requireText(input.name, ['input', 'name'], NAME_RULE);
    const outcome = await runCommand(ctx, { command: 'salesChannel.create', idempotencyKey: input.idempotencyKey, input }, async (tx) => {
      const channel = tx.em.create(SalesChannel, { code, name, kind: input.kind, partner: input.partnerId ? await partnerOf(tx, input.partnerId) : null });
      await flushChannel(tx, code);
      return { salesChannelId: channel.id };
    });
    return outcome.result;
  }

  async update(ctx: ServiceContext, input: SalesChannelInput & { id: string; expectedVersion?: number | null }): Promise<{ salesChannelId: string }> {
    const outcome = await runCommand(ctx, { command: 'salesChannel.update', input }, async (tx) => {
      const row = await queryOne<{ id: string }>(tx.em, 'select id::text as id from sales_channels where id = ? for update', [input.id]);
      if (!row) throw new DomainError(SalesErrorCode.UNKNOWN_CHANNEL, 'No sales channel has this id.', { field: ['input', 'id'] });
      const channel = await tx.em.findOneOrFail(SalesChannel, { id: row.id });
      if (input.expectedVersion != null && input.expectedVersion !== channel.version) {
        throw new DomainError(SalesErrorCode.VERSION_CONFLICT, `The sales channel changed since you read it (version ${channel.version}).`, { field: ['input', 'expectedVersion'] });
      }
      if (input.code != null) channel.code = requireText(input.code, ['input', 'code'], CODE_RULE);
      if (input.name != null) channel.name = requireText(input.name, ['input', 'name'], NAME_RULE);
      if (input.kind != null) channel.kind = input.kind;
      // A changed owner applies to orders placed from now on; existing orders keep theirs.
      if (input.partnerId !== undefined) channel.partner = input.partnerId === null ? null : ref(await partnerOf(tx, input.partnerId));
      if (input.active != null) channel.active = input.active;
      await flushChannel(tx, channel.code);
      return { salesChannelId: channel.id };
    });
    return outcome.result;
  }

  async findPage(ctx: ServiceContext, filter: { active?: boolean | null; kind?: SalesChannelKind | null }, page: PageRequest): Promise<Page<SalesChannel>> {
    const where: Record<string, unknown> = {};
    if (filter.active != null) where.active = filter.active;
    if (filter.kind) where.kind = filter.kind;
    return keysetPage<SalesChannel>(ctx.em, SalesChannel, where, page, 'code');
  }
}

async function partnerOf(tx: TxContext, partnerId: string): Promise<Partner> {
  const partner = await tx.em.findOne(Partner, { id: partnerId });
  if (!partner) throw new DomainError(SalesErrorCode.UNKNOWN_PARTNER, 'No partner has this id.', { field: ['input', 'partnerId'] });
  return partner;
}

async function flushChannel(tx: TxContext, code: string): Promise<void> {
  await mapUniqueViolation(() => tx.em.flush(), {
    sales_channels_code_lower_unique: () => new DomainError(SalesErrorCode.DUPLICATE_CODE, `A sales channel with code "${code}" already exists.`, { field: ['input', 'code'] }),
  });
}
