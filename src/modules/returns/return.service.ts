import { runCommand } from '../../db/command';
import { keysetPage, type Page, type PageRequest } from '../../db/pagination';
import type { ServiceContext } from '../../shared/context';
import { RAW_EAGER_KEY, type StockPostingDeps } from '../inventory/stock-posting';
import { ReturnAuthorization, type ReturnStatus } from './return.entity';
import { type ReturnAuthorizeInput, authorizeReturn, cancelReturn } from './return-authorize';
import { type ReturnInspectInput, inspectReturn } from './return-inspect';
import { type AfterReceive, type ReturnReceiveInput, receiveReturn } from './return-receive';
import { lockReturn } from './return-rows';

export type { AfterReceive, ReturnReceived } from './return-receive';
export type { ReturnAuthorizeInput } from './return-authorize';
export type { ReturnInspectInput } from './return-inspect';
export type { ReturnReceiveInput } from './return-receive';

export interface ReturnFilter {
  customerId?: string | null;
  orderId?: string | null;
  status?: ReturnStatus[] | null;
}

/**
 * Customer returns (RMA): authorize against what shipped, receive into quarantine at the
 * cost the units left with, inspect (restock or scrap), or cancel before anything comes
 * back. Each command is one transaction; the stock-moving ones post through the stock
 * engine (postStock), one journal entry each. `afterReceive` is billing's hook (a credit
 * note or refund per the customer's policy), run inside the receipt's transaction; the
 * composition root wires it.
 */
export class ReturnService {
  constructor(
    private readonly deps: StockPostingDeps,
    private readonly afterReceive?: AfterReceive,
  ) {}

  async authorize(ctx: ServiceContext, input: ReturnAuthorizeInput): Promise<{ returnId: string }> {
    const outcome = await runCommand(ctx, { command: 'return.authorize', idempotencyKey: input.idempotencyKey, input }, (tx) => authorizeReturn(tx, input), RAW_EAGER_KEY);
    return outcome.result;
  }

  async receive(ctx: ServiceContext, input: ReturnReceiveInput): Promise<{ returnId: string }> {
    const outcome = await runCommand(ctx, { command: 'return.receive', idempotencyKey: input.idempotencyKey, input }, (tx) => receiveReturn(tx, this.deps, this.afterReceive, input), RAW_EAGER_KEY);
    return outcome.result;
  }

  async inspect(ctx: ServiceContext, input: ReturnInspectInput): Promise<{ returnId: string }> {
    const outcome = await runCommand(ctx, { command: 'return.inspect', idempotencyKey: input.idempotencyKey, input }, (tx) => inspectReturn(tx, this.deps, input), RAW_EAGER_KEY);
    return outcome.result;
  }

  async cancel(ctx: ServiceContext, input: { returnId: string; idempotencyKey?: string | null }): Promise<{ returnId: string }> {
    const outcome = await runCommand(ctx, { command: 'return.cancel', idempotencyKey: input.idempotencyKey, input }, async (tx) => cancelReturn(tx, await lockReturn(tx, input.returnId)), RAW_EAGER_KEY);
    return outcome.result;
  }

  /** Returns, oldest first. */
  async findPage(ctx: ServiceContext, filter: ReturnFilter, page: PageRequest): Promise<Page<ReturnAuthorization>> {
    const where: Record<string, unknown> = {};
    if (filter.customerId) where.customer = filter.customerId;
    if (filter.orderId) where.order = filter.orderId;
    if (filter.status?.length) where.status = { $in: filter.status };
    return keysetPage<ReturnAuthorization>(ctx.em, ReturnAuthorization, where, page);
  }
}
