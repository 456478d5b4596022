import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Popup } from '@/components/popup/Popup';
import { FeedCoachDatabase } from '@/lib/db/database';
import type { Summary } from '@/lib/popup/summary';

export function mountPopup(root: HTMLElement, firstSummary: Summary | undefined): void {
  const db = new FeedCoachDatabase();
  createRoot(root).render(
    <StrictMode>
      <Popup db={db} {...(firstSummary && { firstSummary })} />
    </StrictMode>,
  );
}
