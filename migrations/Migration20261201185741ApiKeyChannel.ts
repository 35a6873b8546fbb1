import { Migration } from '@mikro-orm/migrations';

/**
 * A STOREFRONT key's sales channel: the only channel whose orders it places and reads.
 * Only STOREFRONT keys carry one (checked here as well as at creation); STOREFRONT keys
 * made before this migration have none and see no order until replaced by a bound key.
 */
export class Migration20261201185741_ApiKeyChannel extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "api_keys" add column "channel_id" bigint null;`);
    this.addSql(`alter table "api_keys" add constraint "api_keys_channel_id_foreign" foreign key ("channel_id") references "sales_channels" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "api_keys_channel_id_index" on "api_keys" ("channel_id");`);
    this.addSql(`alter table "api_keys" add constraint api_keys_channel_storefront_only check(channel_id is null or role = 'STOREFRONT');`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "api_keys" drop constraint "api_keys_channel_id_foreign";`);

    this.addSql(`drop index "api_keys_channel_id_index";`);
    this.addSql(`alter table "api_keys" drop constraint api_keys_channel_storefront_only;`);
    this.addSql(`alter table "api_keys" drop column "channel_id";`);
  }

}
