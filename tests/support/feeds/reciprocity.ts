import { blueskyReciprocity } from './bluesky-reciprocity';
import type { ReciprocityScenario } from './types';
import { xReciprocity } from './x-reciprocity';

/** One scenario per site whose adapter reads the user's side (account, notifications, composer). */
export const RECIPROCITY_SCENARIOS: ReciprocityScenario[] = [xReciprocity, blueskyReciprocity];
