import type { DocumentNode, GraphQLError, GraphQLSchema } from 'graphql';
import type { Principal } from '../auth/principal';
import type { Config } from '../config/config';
import { refuseIntrospection } from './introspection';
import { costMemo, refuseCostly } from './query-cost';

export type OperationGate = (
  principal: Principal | null,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | null | undefined,
) => GraphQLError | null;

/**
 * What is checked once an operation is parsed and validated and its variables are known,
 * before anything runs, over HTTP (an Apollo plugin) and WebSocket (graphql-ws onSubscribe)
 * alike: introspection by INTROSPECTION, then the operation's cost against MAX_QUERY_COST.
 */
export function operationGate(config: Pick<Config, 'introspection' | 'maxQueryCost'>, schema: GraphQLSchema): OperationGate {
  const cost = costMemo(schema);
  return (principal, document, variables, operationName) =>
    refuseIntrospection(config.introspection, principal, document) ?? refuseCostly(cost, config.maxQueryCost, document, variables, operationName);
}
