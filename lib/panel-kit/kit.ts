import { PostPanel, postPanelContent } from '../overlay/panel';
import { promptsSection } from '../overlay/prompts-section';
import { classifyText } from '../prompts/classify';
import { fillComposer } from '../prompts/composer';
import { onDeviceRewriter, type Rewriter } from '../prompts/on-device';
import { activeTemplates } from '../settings/active-templates';
import type { PanelKit } from './registration';

/**
 * The panel kit of one frame: what entrypoints/panel-kit.ts registers when the background injects it. Built on the
 * first panel a person opens, so that is also when the browser is first asked for its on-device model: page loads
 * never touch it.
 */
export function createPanelKit(scope: object = globalThis): PanelKit {
  let rewrite: Rewriter | undefined;
  void onDeviceRewriter(scope).then((rewriter) => (rewrite = rewriter));
  return {
    panel: new PostPanel(),
    postPanelContent,
    promptsSection,
    activeTemplates,
    fillComposer,
    classifyText,
    rewriter: () => rewrite,
  };
}
