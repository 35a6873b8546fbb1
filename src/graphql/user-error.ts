import { Field, InterfaceType } from 'type-graphql';

/**
 * A business-rule failure reported in a mutation payload. Each module has its own
 * implementation with a code enum (CatalogUserError.code: CatalogErrorCode, ...).
 */
@InterfaceType('UserError')
export abstract class UserError {
  @Field(() => String, { description: 'What went wrong, for a person to read.' })
  message!: string;

  @Field(() => [String], { nullable: true, description: 'Path to the input field at fault, e.g. ["input", "lines", "2", "quantity"].' })
  field!: string[] | null;
}
