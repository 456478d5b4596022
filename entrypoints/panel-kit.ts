import { createPanelKit } from '@/lib/panel-kit/kit';
import { registerPanelKit } from '@/lib/panel-kit/registration';

// Injected by the background into a frame on its first panel (lib/panel-kit/registration.ts); never listed in the
// manifest, and not web-accessible: only the extension can run it in a page.
export default defineUnlistedScript(() => registerPanelKit(createPanelKit()));
