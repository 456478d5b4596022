import { blueskyReciprocity } from './bluesky-reciprocity';
import { facebookReciprocity } from './facebook-reciprocity';
import { instagramReciprocity } from './instagram-reciprocity';
import { linkedinReciprocity } from './linkedin-reciprocity';
import { mastodonReciprocity } from './mastodon-reciprocity';
import { redditReciprocity } from './reddit-reciprocity';
import { threadsReciprocity } from './threads-reciprocity';
import { tiktokReciprocity } from './tiktok-reciprocity';
import type { ReciprocityScenario } from './types';
import { xReciprocity } from './x-reciprocity';
import { youtubeReciprocity } from './youtube-reciprocity';

/** One scenario per site whose adapter reads the user's side (account, notifications, composer). */
export const RECIPROCITY_SCENARIOS: ReciprocityScenario[] = [
  xReciprocity,
  blueskyReciprocity,
  linkedinReciprocity,
  redditReciprocity,
  mastodonReciprocity,
  threadsReciprocity,
  youtubeReciprocity,
  facebookReciprocity,
  instagramReciprocity,
  tiktokReciprocity,
];
