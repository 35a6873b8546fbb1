import { Migration } from '@mikro-orm/migrations';

/** Pick scans refused as the wrong item, lot or location, recorded after the refusal (the pick accuracy report counts them). */
export class Migration20261202012717_PickScanErrors extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "pick_scan_errors" ("id" bigserial primary key, "pick_list_id" bigint not null, "code" text not null, "raw" text not null, "actor" text not null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "pick_scan_errors_pick_list_id_index" on "pick_scan_errors" ("pick_list_id");`);
    this.addSql(`create index "pick_scan_errors_created_at_index" on "pick_scan_errors" ("created_at");`);

    this.addSql(`alter table "pick_scan_errors" add constraint "pick_scan_errors_pick_list_id_foreign" foreign key ("pick_list_id") references "pick_lists" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "pick_scan_errors" cascade;`);
  }

}
