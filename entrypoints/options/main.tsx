import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Options } from '@/components/options/Options';
import { FeedCoachDatabase } from '@/lib/db/database';
import '@/components/options/options.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Options db={new FeedCoachDatabase()} />
  </StrictMode>,
);
