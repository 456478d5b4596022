import { BUILT_IN_TEMPLATES, type Template } from '../prompts/templates';
import type { Settings } from './schema';

/**
 * The templates prompts are drawn from: built-ins the user kept on, then the user's own. Apart from the settings'
 * Zod schema (lib/settings/schema.ts), so that the content script's prompts need not build it.
 */
export function activeTemplates(settings: Settings): Template[] {
  const off = new Set(settings.disabledTemplates);
  return [
    ...BUILT_IN_TEMPLATES.map((template) => ({ ...template, enabled: !off.has(template.id) })),
    ...settings.customTemplates,
  ];
}
