import { byKey, defineLoader } from '../../graphql/loaders';
import { Partner } from './partner.entity';

export const partnersById = defineLoader<string, Partner | null>('partnersById', async (em, ids) => byKey(ids, await em.find(Partner, { id: { $in: [...ids] } }), (r) => r.id));
