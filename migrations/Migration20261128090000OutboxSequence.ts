import { Migration } from '@mikro-orm/migrations';

/**
 * Outbox order without a global lock (DESIGN.md invariant 8): every row records the id of
 * the transaction that wrote it (`xid`, filled by the column default), and the sequencer
 * (src/modules/events/sequencer.ts) later gives committed rows a contiguous `seq`, the
 * public event cursor. Rows written before this migration were inserted in commit order
 * under the old advisory lock, so they are numbered in id order here.
 */
export class Migration20261128090000_OutboxSequence extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "outbox_events" add column "xid" xid8 not null default pg_current_xact_id(), add column "seq" bigint null;`);
    this.addSql(`update "outbox_events" o set "seq" = n.seq from (select "id", row_number() over (order by "id") as seq from "outbox_events") n where o."id" = n."id";`);
    this.addSql(`alter table "outbox_events" add constraint "outbox_events_seq_unique" unique ("seq");`);
    // What the sequencer scans each round: only the rows still waiting for a number.
    this.addSql(`create index "outbox_events_unnumbered_index" on "outbox_events" ("xid", "id") where "seq" is null;`);
    // Subscribers read one topic's events after a cursor.
    this.addSql(`drop index "outbox_events_topic_id_index";`);
    this.addSql(`create index "outbox_events_topic_seq_index" on "outbox_events" ("topic", "seq");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "outbox_events_topic_seq_index";`);
    this.addSql(`create index "outbox_events_topic_id_index" on "outbox_events" ("topic", "id");`);
    this.addSql(`drop index "outbox_events_unnumbered_index";`);
    this.addSql(`alter table "outbox_events" drop constraint "outbox_events_seq_unique";`);
    this.addSql(`alter table "outbox_events" drop column "seq", drop column "xid";`);
  }
}
