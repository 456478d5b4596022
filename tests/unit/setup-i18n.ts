import { beforeEach } from 'vitest';
import { speak } from '../support/i18n';

// Unit tests read FeedCoach in English, the default, unless a test chooses another language.
beforeEach(async () => {
  await speak('en');
});
