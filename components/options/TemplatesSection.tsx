import { useState } from 'react';
import { uiLocale } from '@/lib/i18n/active-locale';
import { t, type MessageKey } from '@/lib/i18n/messages';
import { SITUATIONS, type Situation } from '@/lib/prompts/situations';
import { BUILT_IN_TEMPLATES, templateSchema, TEMPLATE_LANGUAGES, VARIABLES_AS_WRITTEN, type Template } from '@/lib/prompts/templates';
import type { Settings } from '@/lib/settings/schema';
import { Feedback, useFeedback } from './feedback';

const SITUATION_NAMES: Record<Situation, MessageKey> = {
  'thank-sharer': 'templatesSection.situation.thankSharer',
  'acknowledge-mention': 'templatesSection.situation.acknowledgeMention',
  'answer-question': 'templatesSection.situation.answerQuestion',
  'calm-complaint': 'templatesSection.situation.calmComplaint',
  celebrate: 'templatesSection.situation.celebrate',
  'own-post': 'templatesSection.situation.ownPost',
  'offer-view': 'templatesSection.situation.offerView',
  'join-conversation': 'templatesSection.situation.joinConversation',
  'recognise-regular': 'templatesSection.situation.recogniseRegular',
};

export function TemplatesSection({ settings }: { settings: Settings }) {
  const feedback = useFeedback();
  const [situation, setSituation] = useState<Situation>('thank-sharer');
  // The prompts in the language FeedCoach speaks come first: a German marketer writes German replies more often than not.
  const [language, setLanguage] = useState<Template['language']>(uiLocale());
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string>();

  const builtIns = BUILT_IN_TEMPLATES.filter((template) => template.situation === situation && template.language === language);
  const custom = settings.customTemplates.filter((template) => template.situation === situation && template.language === language);

  const setBuiltIn = (id: string, on: boolean) =>
    feedback.save(
      { disabledTemplates: on ? settings.disabledTemplates.filter((each) => each !== id) : [...settings.disabledTemplates, id] },
      t(on ? 'templatesSection.offeredAgain' : 'templatesSection.notOffered'),
    );

  async function add(event: React.FormEvent) {
    event.preventDefault();
    const parsed = templateSchema.safeParse({ id: `custom.${Date.now().toString(36)}`, situation, language, text, enabled: true, builtIn: false });
    if (!parsed.success) {
      setProblem(parsed.error.issues.map((issue) => issue.message).join(' '));
      return feedback.clear();
    }
    setProblem(undefined);
    if (await feedback.save({ customTemplates: [...settings.customTemplates, parsed.data] }, t('templatesSection.added'))) setText('');
  }

  const setCustom = (id: string, change: Partial<Template> | undefined) =>
    feedback.save(
      {
        customTemplates: change
          ? settings.customTemplates.map((template) => (template.id === id ? { ...template, ...change } : template))
          : settings.customTemplates.filter((template) => template.id !== id),
      },
      t(change ? 'settings.saved' : 'templatesSection.deleted'),
    );

  return (
    <section aria-labelledby="templates-title">
      <h2 id="templates-title">{t('optionsSections.templates')}</h2>
      <p className="hint">{t('templatesSection.intro', VARIABLES_AS_WRITTEN)}</p>
      <div className="inline">
        <label htmlFor="situation">{t('templatesSection.situationLabel')}</label>
        <select id="situation" value={situation} onChange={(event) => setSituation(event.target.value as Situation)}>
          {SITUATIONS.map((each) => (
            <option key={each} value={each}>
              {t(SITUATION_NAMES[each])}
            </option>
          ))}
        </select>
        <label htmlFor="template-language">{t('templatesSection.languageLabel')}</label>
        <select id="template-language" value={language} onChange={(event) => setLanguage(event.target.value as Template['language'])}>
          {TEMPLATE_LANGUAGES.map((each) => (
            <option key={each} value={each}>
              {t(`options.languageName.${each}`)}
            </option>
          ))}
        </select>
      </div>
      {builtIns.length === 0 && custom.length === 0 && <p className="hint">{t('templatesSection.noneYet')}</p>}
      <ul className="templates">
        {builtIns.map((template) => (
          <li key={template.id}>
            <label>
              <input type="checkbox" checked={!settings.disabledTemplates.includes(template.id)} onChange={(event) => void setBuiltIn(template.id, event.target.checked)} />{' '}
              {template.text}
            </label>
          </li>
        ))}
        {custom.map((template) => (
          <li key={template.id}>
            <label>
              <input type="checkbox" checked={template.enabled} onChange={(event) => void setCustom(template.id, { enabled: event.target.checked })} /> {template.text}
            </label>{' '}
            <button type="button" onClick={() => void setCustom(template.id, undefined)} aria-label={t('templatesSection.deleteLabel', { text: template.text })}>
              {t('templatesSection.delete')}
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={(event) => void add(event)}>
        <label htmlFor="new-template">{t('templatesSection.ownLabel')}</label>
        <textarea
          id="new-template"
          rows={2}
          value={text}
          aria-invalid={problem ? true : undefined}
          aria-describedby="new-template-problem"
          onChange={(event) => setText(event.target.value)}
        />
        <p id="new-template-problem" className="error" role={problem ? 'alert' : undefined}>
          {problem}
        </p>
        <button type="submit">{t('templatesSection.add')}</button>
      </form>
      <Feedback note={feedback.note} testId="templates-status" />
    </section>
  );
}
