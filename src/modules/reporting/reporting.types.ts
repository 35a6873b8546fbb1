import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar, DateTimeScalar, DecimalScalar } from '../../graphql/scalars';
import { GrossMarginGroupBy } from './gross-margin.service';

registerEnumType(GrossMarginGroupBy, {
  name: 'GrossMarginGroupBy',
  description: 'What gross margin rows are grouped by.',
  valuesConfig: {
    ORDER: { description: 'The sales order the posting\'s document belongs to (label: its number).' },
    ITEM: { description: 'The item on the journal line (label: its SKU); revenue and COGS lines both carry it.' },
    CUSTOMER: { description: 'The customer of the order (label: the customer code).' },
    CHANNEL: { description: 'The sales channel of the order (label: the channel code).' },
  },
});

@InputType('GrossMarginFilterInput', { description: 'Narrows the postings counted; every field given must match.' })
export class GrossMarginFilterInput {
  @Field(() => ID, { nullable: true, description: 'Only postings of this customer\'s orders.' })
  customerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only postings of orders placed through this sales channel.' })
  channelId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only journal lines carrying this item.' })
  itemId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only postings concerning this warehouse: the journal line\'s warehouse, else the warehouse of the shipment or return behind the entry (an invoice\'s shipment), else the order\'s ship-from warehouse.',
  })
  warehouseId?: string | null;
}

@ObjectType('GrossMarginKey', { description: 'The sales order, item, customer or sales channel a gross margin row is grouped by.' })
export class GrossMarginKeyObject {
  @Field(() => ID, { description: 'Its global id (a SalesOrder, Item, Customer or SalesChannel).' })
  id!: string;

  @Field(() => String, { description: 'What a person reads: the order number, SKU, customer code or channel code.' })
  label!: string;

  @Field(() => String, { nullable: true, description: 'The item\'s, customer\'s or channel\'s name (null for an order).' })
  name!: string | null;
}

@ObjectType('GrossMarginRow')
export class GrossMarginRowObject {
  @Field(() => GrossMarginKeyObject, {
    nullable: true,
    description: 'What the row is grouped by. Null: postings tied to no sales order (a manual entry, a cost correction), or, by ITEM, lines that carry no item.',
  })
  key!: GrossMarginKeyObject | null;

  @Field(() => DecimalScalar, { description: 'Credits minus debits on REVENUE accounts, sales returns (4100) included, so returns lower it (costs:read).' })
  revenue!: string;

  @Field(() => DecimalScalar, { description: 'Cost of goods sold: debits minus credits on the accounts mapped to COGS; a return receipt credits it back (costs:read).' })
  cogs!: string;

  @Field(() => DecimalScalar, { description: 'revenue - cogs (costs:read).' })
  margin!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'margin / revenue x 100, to 2 places (half up); null when revenue is 0 (costs:read).' })
  marginPercent!: string | null;
}

@ObjectType('GrossMarginReport')
export class GrossMarginReportObject {
  @Field(() => LocalDateScalar)
  from!: string;

  @Field(() => LocalDateScalar)
  to!: string;

  @Field(() => GrossMarginGroupBy)
  groupBy!: GrossMarginGroupBy;

  @Field(() => [GrossMarginRowObject], { description: 'One row per group with postings in the period, by label; the row without a key last.' })
  rows!: GrossMarginRowObject[];

  @Field(() => GrossMarginRowObject, { description: 'Every posting counted (the sum of the rows); its key is null.' })
  total!: GrossMarginRowObject;
}

@InputType('FulfillmentPerformanceFilterInput', { description: 'Narrows the orders counted; every field given must match.' })
export class FulfillmentPerformanceFilterInput {
  @Field(() => ID, { nullable: true, description: 'Orders shipping from this warehouse.' })
  warehouseId?: string | null;

  @Field(() => ID, { nullable: true })
  channelId?: string | null;

  @Field(() => ID, { nullable: true })
  customerId?: string | null;
}

@ObjectType('FulfillmentRate', { description: '`count` out of `of`, and the share it is.' })
export class FulfillmentRateObject {
  @Field(() => DecimalScalar, { nullable: true, description: 'count / of, a fraction from 0 to 1, to 4 places (half up); null when `of` is 0.' })
  rate!: string | null;

  @Field(() => DecimalScalar, { description: 'What met the measure.' })
  count!: string;

  @Field(() => DecimalScalar, { description: 'What was measured.' })
  of!: string;
}

@ObjectType('OrderToShipTime')
export class OrderToShipTimeObject {
  @Field(() => Int, { description: 'Orders of the period whose first shipment has shipped (the times are over these).' })
  ordersShipped!: number;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Median hours from the order\'s creation to the moment its first shipment reached SHIPPED (percentile_cont 0.5), to 2 places; null with no order shipped.',
  })
  p50Hours!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: '90th percentile of the same hours (percentile_cont 0.9, interpolated), to 2 places.' })
  p90Hours!: string | null;
}

@ObjectType('FillRate', { description: 'How complete the first shipment of each shipped order was.' })
export class FillRateObject {
  @Field(() => FulfillmentRateObject, {
    description: 'Order lines shipped complete on the first shipment (its units for the line >= ordered - cancelled), out of the lines of the shipped orders (fully cancelled lines left out).',
  })
  lines!: FulfillmentRateObject;

  @Field(() => FulfillmentRateObject, { description: 'Units shipped on the first shipment (at most what each line asks), out of the units ordered less cancelled on the same lines.' })
  units!: FulfillmentRateObject;
}

@ObjectType('PickAccuracy', { description: 'Over the pick tasks of the period\'s orders that were worked (DONE or SHORT).' })
export class PickAccuracyObject {
  @Field(() => Int, { description: 'Pick tasks worked: DONE or SHORT.' })
  picks!: number;

  @Field(() => Int, { description: 'Of those, tasks found short (quantity short above 0).' })
  shortPicks!: number;

  @Field(() => Int, { description: 'Pick scans refused as WRONG_ITEM, WRONG_LOT or WRONG_LOCATION on the pick lists holding these orders\' tasks.' })
  wrongScans!: number;

  @Field(() => DecimalScalar, { nullable: true, description: 'shortPicks per 1,000 picks, to 2 places; null with no picks.' })
  shortPicksPerThousand!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'wrongScans per 1,000 picks, to 2 places; null with no picks.' })
  wrongScansPerThousand!: string | null;
}

@ObjectType('BackorderAge', {
  description: 'The backlog now: order lines with backordered units (not limited to the period; cancelled orders left out), aged from their order\'s creation to asOf.',
})
export class BackorderAgeObject {
  @Field(() => DateTimeScalar)
  asOf!: Date;

  @Field(() => Int, { description: 'Lines with backordered units.' })
  lines!: number;

  @Field(() => DecimalScalar, { description: 'Units backordered on those lines.' })
  units!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Median age in days (percentile_cont 0.5), to 2 places; null with no backorder.' })
  p50Days!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'The oldest line\'s age in days, to 2 places.' })
  maxDays!: string | null;
}

@ObjectType('FulfillmentPerformance', {
  description:
    'Over the sales orders created in the period (UTC days, both included), narrowed by the filter. An order\'s first shipment is the one that reached SHIPPED first (its status times).',
})
export class FulfillmentPerformanceObject {
  @Field(() => LocalDateScalar)
  from!: string;

  @Field(() => LocalDateScalar)
  to!: string;

  @Field(() => Int, { description: 'Orders created in the period, in any status (drafts and cancelled orders too; only shipped ones have times and fill rates).' })
  orders!: number;

  @Field(() => OrderToShipTimeObject)
  orderToShip!: OrderToShipTimeObject;

  @Field(() => FulfillmentRateObject, {
    description: 'Orders with a requested ship date whose first shipment shipped on or before that date (its UTC day), out of the orders with a requested date that have shipped.',
  })
  onTimeShipRate!: FulfillmentRateObject;

  @Field(() => FillRateObject)
  fillRate!: FillRateObject;

  @Field(() => PickAccuracyObject)
  pickAccuracy!: PickAccuracyObject;

  @Field(() => BackorderAgeObject)
  backorderAge!: BackorderAgeObject;
}
