import type { ServiceContext } from '../shared/context';
import type { Services } from '../services';
import type { EventDispatcher } from '../modules/events/event-dispatcher';
import type { Loaders } from './loaders';

/** The GraphQL context: the service context plus per-request loaders and the services. */
export interface GraphQLContext extends ServiceContext {
  readonly services: Services;
  readonly dispatcher: EventDispatcher;
  loaders: Loaders;
}
