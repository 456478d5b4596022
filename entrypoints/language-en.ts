import nlp from 'compromise/two';
import { compromiseReader } from '@/lib/prompts/compromise-reader';
import { registerLanguageReader } from '@/lib/prompts/language-reader';

// English's language library, injected by the background when a panel first opens on an English post
// (lib/prompts/language-reader.ts); never listed in the manifest, and not web-accessible.
export default defineUnlistedScript(() => registerLanguageReader('en', compromiseReader(nlp)));
