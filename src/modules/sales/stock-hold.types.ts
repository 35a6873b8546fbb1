import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { payloadType } from '../../graphql/payload';
import { Node } from '../../graphql/relay';
import { DateTimeScalar, DecimalScalar } from '../../graphql/scalars';
import { SalesUserError } from './sales.types';
import { DEFAULT_HOLD_TTL_SECONDS, MAX_HOLD_TTL_SECONDS } from './stock-hold-input';
import { StockHoldStatus } from './stock-hold.entity';

registerEnumType(StockHoldStatus, {
  name: 'StockHoldStatus',
  description: 'ACTIVE holds keep their stock until expiresAt; from then on they are EXPIRED and keep nothing (no job runs: they simply stop counting). CONSUMED by a confirmed order, or RELEASED.',
});

@ObjectType('StockHoldLine', { description: 'What a hold keeps of one item, in the item\'s unit.' })
export class StockHoldLineType {
  @Field(() => DecimalScalar)
  quantity!: string;
}

@ObjectType('StockHold', { implements: Node, description: 'Stock kept for a cart in one warehouse until expiresAt; availability subtracts it while it is ACTIVE.' })
export class StockHoldType extends Node {
  @Field(() => DateTimeScalar, { description: 'When the hold stops counting, by the database\'s clock.' })
  expiresAt!: Date;

  @Field(() => Int, { description: 'Rises with every change.' })
  version!: number;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar)
  updatedAt!: Date;
}

@InputType('StockHoldLineInput')
export class StockHoldLineInput {
  @Field(() => ID)
  itemId!: string;

  @Field(() => DecimalScalar, { description: 'In the item\'s unit, greater than zero and no finer than the unit allows.' })
  quantity!: string;
}

@InputType('StockHoldInput', { description: 'Lines of several items are held in one warehouse together, or not at all.' })
export class StockHoldInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Where to hold. Left out: the active warehouse that can hold every line (of several, the one with most available); when none can, the hold is refused.',
  })
  warehouseId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The sales channel the cart belongs to.' })
  channelId?: string | null;

  @Field(() => [StockHoldLineInput])
  lines!: StockHoldLineInput[];

  @Field(() => Int, { nullable: true, description: `Seconds the hold lives, 1 to ${MAX_HOLD_TTL_SECONDS} (default ${DEFAULT_HOLD_TTL_SECONDS}).` })
  ttlSeconds?: number | null;

  @Field(() => String, { nullable: true, description: 'A replay with the same key returns the first hold and holds nothing again.' })
  idempotencyKey?: string | null;
}

@InputType('StockHoldReleaseInput')
export class StockHoldReleaseInput {
  @Field(() => ID)
  id!: string;
}

export const StockHoldPayload = payloadType('StockHoldPayload', { hold: () => StockHoldType }, SalesUserError);
export const StockHoldReleasePayload = payloadType('StockHoldReleasePayload', { hold: () => StockHoldType }, SalesUserError);
