import type { ServiceContext } from '../shared/context';
import type { Services } from '../services';
import type { EventDispatcher } from '../modules/events/event-dispatcher';
import type { Loaders } from './loaders';

/**
 * What /metrics learns about one HTTP request beyond what Apollo knows: when it began, and
 * whether a mutation answered with userErrors. Present only while metrics are on.
 */
export interface RequestObservation {
  /** `performance.now()` when the request reached /graphql. */
  readonly began: number;
  userErrors: boolean;
}

/** The GraphQL context: the service context plus per-request loaders and the services. */
export interface GraphQLContext extends ServiceContext {
  readonly services: Services;
  readonly dispatcher: EventDispatcher;
  loaders: Loaders;
  readonly observed?: RequestObservation;
}
