import { beforeEach } from 'vitest';
import { speak } from '../support/i18n';

// Unit tests read FeedCoach in English, the default, unless a test chooses another language: from the start (a test
// file may build its cases while it is collected, e.g. prompts with a tagging hint) and again before each test.
await speak('en');
beforeEach(async () => {
  await speak('en');
});
