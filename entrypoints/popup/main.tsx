import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Popup } from '@/components/popup/Popup';
import { FeedCoachDatabase } from '@/lib/db/database';
import '@/components/popup/popup.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Popup db={new FeedCoachDatabase()} />
  </StrictMode>,
);
