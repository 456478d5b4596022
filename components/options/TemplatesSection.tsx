import { useState } from 'react';
import { t } from '@/lib/i18n/messages';
import { SITUATIONS, type Situation } from '@/lib/prompts/situations';
import { BUILT_IN_TEMPLATES, templateSchema, TEMPLATE_LANGUAGES, type Template } from '@/lib/prompts/templates';
import type { Settings } from '@/lib/settings/schema';
import { Feedback, useFeedback } from './feedback';

const SITUATION_NAMES: Record<Situation, string> = {
  'thank-sharer': 'Someone shared your post',
  'acknowledge-mention': 'Someone mentioned or quoted you',
  'answer-question': 'A question',
  'calm-complaint': 'A complaint',
  celebrate: 'Good news: a launch, a milestone, a thank-you',
  'own-post': 'Comments on your own post',
  'offer-view': 'A claim that invites other views',
  'join-conversation': 'Joining someone else’s post',
  'recognise-regular': 'A regular who engages often',
};

export function TemplatesSection({ settings }: { settings: Settings }) {
  const feedback = useFeedback();
  const [situation, setSituation] = useState<Situation>('thank-sharer');
  const [language, setLanguage] = useState<Template['language']>('en');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string>();

  const builtIns = BUILT_IN_TEMPLATES.filter((template) => template.situation === situation && template.language === language);
  const custom = settings.customTemplates.filter((template) => template.situation === situation && template.language === language);

  const setBuiltIn = (id: string, on: boolean) =>
    feedback.save(
      { disabledTemplates: on ? settings.disabledTemplates.filter((each) => each !== id) : [...settings.disabledTemplates, id] },
      on ? 'Saved. This prompt is offered again.' : 'Saved. This prompt is no longer offered.',
    );

  async function add(event: React.FormEvent) {
    event.preventDefault();
    const parsed = templateSchema.safeParse({ id: `custom.${Date.now().toString(36)}`, situation, language, text, enabled: true, builtIn: false });
    if (!parsed.success) {
      setProblem(parsed.error.issues.map((issue) => issue.message).join(' '));
      return feedback.clear();
    }
    setProblem(undefined);
    if (await feedback.save({ customTemplates: [...settings.customTemplates, parsed.data] }, 'Saved. Your prompt is offered for this situation.')) setText('');
  }

  const setCustom = (id: string, change: Partial<Template> | undefined) =>
    feedback.save(
      {
        customTemplates: change
          ? settings.customTemplates.map((template) => (template.id === id ? { ...template, ...change } : template))
          : settings.customTemplates.filter((template) => template.id !== id),
      },
      change ? 'Saved.' : 'Deleted your prompt.',
    );

  return (
    <section aria-labelledby="templates-title">
      <h2 id="templates-title">{t('optionsSections.templates')}</h2>
      <p className="hint">
        Prompts fill the reply box; you edit and send. Use {'{name}'} (their name), {'{handle}'} (their handle, without @),
        {' {topic}'} (a phrase from the post, or &ldquo;this&rdquo; when there is none) and {'{mention}'} (each person as the site
        notifies them: @handle, u/name on Reddit, the name to tag on LinkedIn and Facebook) in your own.
      </p>
      <div className="inline">
        <label htmlFor="situation">Situation</label>
        <select id="situation" value={situation} onChange={(event) => setSituation(event.target.value as Situation)}>
          {SITUATIONS.map((each) => (
            <option key={each} value={each}>
              {SITUATION_NAMES[each]}
            </option>
          ))}
        </select>
        <label htmlFor="language">Language</label>
        <select id="language" value={language} onChange={(event) => setLanguage(event.target.value as Template['language'])}>
          {TEMPLATE_LANGUAGES.map((each) => (
            <option key={each} value={each}>
              {each}
            </option>
          ))}
        </select>
      </div>
      {builtIns.length === 0 && custom.length === 0 && <p className="hint">No prompts for this situation in this language yet: write your own below.</p>}
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
            <button type="button" onClick={() => void setCustom(template.id, undefined)} aria-label={`Delete your template: ${template.text}`}>
              Delete
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={(event) => void add(event)}>
        <label htmlFor="new-template">Your own prompt for this situation</label>
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
        <button type="submit">Add prompt</button>
      </form>
      <Feedback note={feedback.note} testId="templates-status" />
    </section>
  );
}
