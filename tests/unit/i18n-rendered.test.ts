import { describe, expect, it } from 'vitest';
import { showFirstFigures } from '../../components/popup/first-figures';
import { DEFAULT_WEIGHTS } from '../../lib/model/ladder';
import { createOverlay, updateOverlay } from '../../lib/overlay/badge';
import { postPanelContent } from '../../lib/overlay/panel';
import type { PostReading } from '../../lib/sites/types';
import { speak } from '../support/i18n';

const reading: PostReading = {
  site: 'linkedin',
  postId: '7383012345678901248',
  permalink: 'https://www.linkedin.com/feed/update/urn:li:activity:7383012345678901248/',
  author: { handle: 'maya-okafor', name: 'Maya Okafor' },
  text: 'Die langweiligen Beiträge gewinnen.',
  metrics: { replies: 212, reposts: 47, likes: 1284, followers: 12_408 },
  lowerBounds: [],
  context: {},
};

/** A badge on the page, focused: its full name and hover text are written then. */
const badge = () => {
  const host = createOverlay(() => undefined);
  updateOverlay(host, reading, DEFAULT_WEIGHTS);
  document.body.append(host);
  host.focus();
  return host;
};

/** The panel's title, and its sections' headings and first lines, as a reader meets them. */
function panelWords(): { title: string; headings: string[]; explained: string; rates: string[] } {
  const content = postPanelContent(reading, { weights: DEFAULT_WEIGHTS, followersPerSharer: 200, theme: 'light', visitStart: 0, loadHistory: async () => undefined });
  const root = document.createElement('div');
  root.append(...content.sections);
  return {
    title: content.title,
    headings: [...root.querySelectorAll('h3')].map((heading) => heading.textContent ?? ''),
    explained: root.querySelector('[data-testid="depth-explained"]')?.textContent ?? '',
    rates: [...root.querySelectorAll('dt, dd')].map((cell) => cell.textContent ?? ''),
  };
}

function popupFigures(): string[] {
  const root = document.createElement('div');
  showFirstFigures(root, { thanksOwed: 3, repliesOwed: 1, thanksSent: 1284, repliesGiven: 12, postsSeen: 12_408 });
  return [...root.querySelectorAll('.figure')].map((figure) => `${figure.querySelector('dt')?.textContent}: ${figure.querySelector('dd')?.textContent}`);
}

describe('FeedCoach in German', () => {
  it('names the badge, its word and its counts in German, with German numbers', async () => {
    await speak('de');
    const host = badge();
    expect(host.textContent).toBe('▆··▅█ Gespräch');
    expect(host.getAttribute('aria-label')).toBe('FeedCoach: löst Gespräche aus (Tiefe 54). 212 Antworten, 47 Shares, 1.284 Likes, 12.408 Follower; Aufrufe, Erwähnungen & Zitate nicht sichtbar');
    expect(host.title.split('\n')).toContain('Autor: 12.408 Follower');
    expect(host.title.split('\n').at(-1)).toBe('Klicken für Aufschlüsselung und Antwortideen.');
  });

  it('heads the panel and its sections in German', async () => {
    await speak('de');
    const panel = panelWords();
    expect(panel.title).toBe('Löst Gespräche aus · Tiefe 54');
    expect(panel.headings).toEqual(['Aufwandsleiter', 'Raten', 'Seit Ihrem letzten Besuch']);
    expect(panel.explained).toBe('Tiefe 54 von 100: der Anteil des gewichteten Engagements, den Menschen geschrieben statt geklickt haben, aus 212 Antworten, 47 Shares und 1.284 Likes (Gewichte: Like 1, Share 3, Erwähnung 6, Antwort 8).');
    expect(panel.rates).toEqual(['Gesprächsrate (Antworten)', '17 pro 1.000 Follower', 'Verbreitungsrate (Shares)', '3,8 pro 1.000 Follower', 'Applausrate (Likes)', '103 pro 1.000 Follower', 'Engagement-Rate nach Followern', '12,4\u00a0%']);
  });

  it('shows the popup\'s figures with German labels and numbers', async () => {
    await speak('de');
    expect(popupFigures()).toEqual(['Offene Dankeschöns: 3', 'Offene Antworten: 1', 'Gesendeter Dank: 1.284', 'Gegebene Antworten: 12', 'Gesehene Beiträge: 12.408']);
  });
});

describe('FeedCoach in French', () => {
  it('names the badge in French, grouping thousands with a narrow space', async () => {
    await speak('fr');
    const host = badge();
    expect(host.textContent).toBe('▆··▅█ conversation');
    expect(host.getAttribute('aria-label')).toBe('FeedCoach : lance la conversation (profondeur 54). 212 réponses, 47 partages, 1\u202f284 j’aime, 12\u202f408 abonnés; vues, mentions et citations non affichés');
  });

  it('heads the panel and labels the popup in French', async () => {
    await speak('fr');
    const panel = panelWords();
    expect(panel.title).toBe('Lance la conversation · profondeur 54');
    expect(panel.headings).toEqual(['Échelle de l’effort', 'Taux', 'Depuis votre dernière visite']);
    expect(panel.rates.at(-1)).toBe('12,4\u00a0%');
    expect(popupFigures()).toEqual(['Remerciements dus: 3', 'Réponses dues: 1', 'Remerciements envoyés: 1\u202f284', 'Réponses données: 12', 'Publications vues: 12\u202f408']);
  });
});

describe('FeedCoach in Spanish', () => {
  it('names the badge in Spanish, leaving four digits ungrouped as Spanish does', async () => {
    await speak('es');
    const host = badge();
    expect(host.textContent).toBe('▆··▅█ conversación');
    expect(host.getAttribute('aria-label')).toBe('FeedCoach: genera conversación (profundidad 54). 212 respuestas, 47 veces compartido, 1284 me gusta, 12.408 seguidores; visualizaciones, menciones y citas no se muestran');
  });

  it('heads the panel and labels the popup in Spanish', async () => {
    await speak('es');
    const panel = panelWords();
    expect(panel.title).toBe('Genera conversación · profundidad 54');
    expect(panel.headings).toEqual(['Escalera del esfuerzo', 'Tasas', 'Desde tu última visita']);
    expect(popupFigures()).toEqual(['Agradecimientos pendientes: 3', 'Respuestas pendientes: 1', 'Agradecimientos enviados: 1284', 'Respuestas dadas: 12', 'Publicaciones vistas: 12.408']);
  });
});
