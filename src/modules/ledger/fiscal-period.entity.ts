import { Entity, Enum, Index, ManyToOne, Property, type Opt, type Ref, Unique } from '@mikro-orm/core';
import { BaseEntity, VersionedEntity } from '../../db/base.entity';

export enum PeriodStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

/** A monthly fiscal period. Periods are created on demand, OPEN, the first time a date in them is posted or queried. */
@Entity({ tableName: 'fiscal_periods' })
@Unique({ properties: ['year', 'month'] })
export class FiscalPeriod extends VersionedEntity {
  @Property({ type: 'smallint' })
  year!: number;

  @Property({ type: 'smallint' })
  month!: number;

  @Property({ type: 'date' })
  startDate!: string;

  @Property({ type: 'date' })
  endDate!: string;

  @Enum({ items: () => PeriodStatus, type: 'text' })
  status: Opt<PeriodStatus> = PeriodStatus.OPEN;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  closedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  closedBy?: string | null;
}

export enum PeriodAction {
  CLOSE = 'CLOSE',
  REOPEN = 'REOPEN',
}

/** The record of every close and reopen: who, when and why. */
@Entity({ tableName: 'fiscal_period_events' })
export class FiscalPeriodEvent extends BaseEntity {
  @ManyToOne(() => FiscalPeriod, { ref: true })
  @Index()
  period!: Ref<FiscalPeriod>;

  @Enum({ items: () => PeriodAction, type: 'text' })
  action!: PeriodAction;

  @Property({ type: 'text' })
  actor!: string;

  @Property({ type: 'text', nullable: true })
  reason?: string | null;
}
