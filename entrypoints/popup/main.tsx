import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Popup } from '@/components/popup/Popup';
import { FeedCoachDatabase } from '@/lib/db/database';
import '@/components/popup/popup.css';

const db = new FeedCoachDatabase();
// Opening the database takes a while: it starts now, while React renders the popup's frame.
void db.open().catch(() => undefined); // a failure shows in the popup's own queries

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Popup db={db} />
  </StrictMode>,
);
