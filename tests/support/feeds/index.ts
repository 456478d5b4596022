import type { DemoFeed } from './types';
import { xHomeFeed } from './x';

/** One demo feed per supported site page, served at the site's real URL by the e2e tests and the demo. */
export const DEMO_FEEDS: DemoFeed[] = [xHomeFeed()];
