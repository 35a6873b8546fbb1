import { type ClassType, Field, ObjectType } from 'type-graphql';

type TypeThunk = () => ClassType | [ClassType];

/**
 * A mutation payload type `<Mutation>Payload`: the objects the mutation touched
 * (nullable: null when it failed) and `userErrors` of the module's error type.
 */
export function payloadType(name: string, fields: Record<string, TypeThunk>, errorType: ClassType): ClassType {
  @ObjectType(name)
  class PayloadType {}
  for (const [field, type] of Object.entries(fields)) {
    Field(type, { nullable: true })(PayloadType.prototype, field);
  }
  Field(() => [errorType], { description: 'Business-rule failures; empty when the mutation succeeded.' })(PayloadType.prototype, 'userErrors');
  return PayloadType;
}
