import { describe, expect, it } from 'vitest';
import type { UiLocale } from '../../lib/i18n/locales';
import { showFirstFigures } from '../../components/popup/first-figures';
import { parseImport } from '../../lib/data/import';
import { judgeHealth } from '../../lib/health/health';
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

interface Rendered {
  locale: UiLocale;
  /** The badge's bars and word, and its accessible name. */
  badge: string;
  badgeName: string;
  /** The tooltip, line by line: each bar in words, the author's followers, what a click does. */
  tooltip: string[];
  panel: ReturnType<typeof panelWords>;
  popup: string[];
  /** The popup's line for a site FeedCoach can no longer read well, and why an import refused a file. */
  health: string;
  refused: string;
  /** Why a damaged export was refused, down to the field and what it holds. */
  damaged: string;
}

/** What a reader meets in each language besides English (the other unit tests read English): words, and numbers grouped the way that language groups them. */
const RENDERED: Rendered[] = [
  {
    locale: 'de',
    badge: '▆··▅█ Gespräch',
    badgeName: 'FeedCoach: löst Gespräche aus (Tiefe 54). 212 Antworten, 47 Shares, 1.284 Likes, 12.408 Follower; Aufrufe, Erwähnungen & Zitate nicht sichtbar',
    tooltip: [
      'Balken, größter Aufwand zuerst:',
      '▆ 212 Antworten',
      '· Erwähnungen & Zitate: auf dieser Seite nicht sichtbar',
      '· Aufrufe: auf dieser Seite nicht sichtbar',
      '▅ 47 Shares',
      '█ 1.284 Likes',
      'Autor: 12.408 Follower',
      'Klicken für Aufschlüsselung und Antwortideen.',
    ],
    panel: {
      title: 'Löst Gespräche aus · Tiefe 54',
      headings: ['Aufwandsleiter', 'Raten', 'Seit Ihrem letzten Besuch'],
      explained: 'Tiefe 54 von 100: der Anteil des gewichteten Engagements, den Menschen geschrieben statt geklickt haben, aus 212 Antworten, 47 Shares und 1.284 Likes (Gewichte: Like 1, Share 3, Erwähnung 6, Antwort 8).',
      rates: [
        'Gesprächsrate (Antworten)',
        '17 pro 1.000 Follower',
        'Verbreitungsrate (Shares)',
        '3,8 pro 1.000 Follower',
        'Applausrate (Likes)',
        '103 pro 1.000 Follower',
        'Engagement-Rate nach Followern',
        '12,4\u00a0%',
      ],
    },
    popup: ['Offene Dankeschöns: 3', 'Offene Antworten: 1', 'Gesendeter Dank: 1.284', 'Gegebene Antworten: 12', 'Gesehene Beiträge: 12.408'],
    health: 'LinkedIn hat offenbar seine Seite geändert: FeedCoach hat nur 6 von 1.284 Beiträgen gelesen (Zahlen nicht gefunden). Dort können Zahlen fehlen, bis FeedCoach aktualisiert ist.',
    refused: 'Das ist kein FeedCoach-Export: Es ist eine JSON-Liste, kein Export.',
    damaged: 'Dieser FeedCoach-Export ist beschädigt, daher wurde nichts importiert: schemaVersion: erwartet: eine ganze Zahl ≥ 1 (gefunden: der Text "2").',
  },
  {
    locale: 'fr',
    badge: '▆··▅█ conversation',
    badgeName: 'FeedCoach : lance la conversation (profondeur 54). 212 réponses, 47 partages, 1\u202f284 j’aime, 12\u202f408 abonnés; vues, mentions et citations non visibles',
    tooltip: [
      'Barres, de l’effort le plus grand au plus petit :',
      '▆ 212 réponses',
      '· mentions et citations : non visibles sur cette page',
      '· vues : non visibles sur cette page',
      '▅ 47 partages',
      '█ 1\u202f284 j’aime',
      'Auteur : 12\u202f408 abonnés',
      'Cliquez pour le détail et des idées de réponse.',
    ],
    panel: {
      title: 'Lance la conversation · profondeur 54',
      headings: ['Échelle de l’effort', 'Taux', 'Depuis votre dernière visite'],
      explained: 'Profondeur 54 sur 100 : la part de l’engagement pondéré que les gens ont écrite plutôt que cliquée, d’après 212 réponses, 47 partages et 1\u202f284 j’aime (poids : j’aime 1, partage 3, mention 6, réponse 8).',
      rates: [
        'Taux de conversation (réponses)',
        '17 pour 1 000 abonnés',
        'Taux d’amplification (partages)',
        '3,8 pour 1 000 abonnés',
        'Taux d’applaudissements (j’aime)',
        '103 pour 1 000 abonnés',
        'Taux d’engagement par abonnés',
        '12,4\u00a0%',
      ],
    },
    popup: ['Remerciements dus: 3', 'Réponses dues: 1', 'Remerciements envoyés: 1\u202f284', 'Réponses données: 12', 'Publications vues: 12\u202f408'],
    health: 'LinkedIn semble avoir modifié sa page : FeedCoach n’a lu que 6 publications sur 1\u202f284 (chiffres introuvables). Des chiffres peuvent y manquer jusqu’à la mise à jour de FeedCoach.',
    refused: 'Ce n’est pas un export FeedCoach : c’est une liste JSON, pas un export.',
    damaged: 'Cet export FeedCoach est endommagé, rien n’a donc été importé : schemaVersion: attendu : un nombre entier ≥ 1 (trouvé : le texte "2").',
  },
  {
    locale: 'es',
    badge: '▆··▅█ conversación',
    badgeName: 'FeedCoach: genera conversación (profundidad 54). 212 respuestas, 47 veces compartido, 1284 me gusta, 12.408 seguidores; visualizaciones, menciones y citas no se muestran',
    tooltip: [
      'Barras, de mayor a menor esfuerzo:',
      '▆ 212 respuestas',
      '· menciones y citas: no se muestran en esta página',
      '· visualizaciones: no se muestran en esta página',
      '▅ 47 veces compartido',
      '█ 1284 me gusta',
      'Autor: 12.408 seguidores',
      'Haz clic para ver el desglose e ideas de respuesta.',
    ],
    panel: {
      title: 'Genera conversación · profundidad 54',
      headings: ['Escalera del esfuerzo', 'Tasas', 'Desde tu última visita'],
      explained: 'Profundidad 54 de 100: la parte del engagement ponderado que la gente escribió en lugar de pulsar, a partir de 212 respuestas, 47 veces compartido y 1284 me gusta (pesos: me gusta 1, compartido 3, mención 6, respuesta 8).',
      rates: [
        'Tasa de conversación (respuestas)',
        '17 por cada 1000 seguidores',
        'Tasa de amplificación (compartidos)',
        '3,8 por cada 1000 seguidores',
        'Tasa de aplausos (me gusta)',
        '103 por cada 1000 seguidores',
        'Tasa de engagement por seguidores',
        '12,4\u00a0%',
      ],
    },
    popup: ['Agradecimientos pendientes: 3', 'Respuestas pendientes: 1', 'Agradecimientos enviados: 1284', 'Respuestas dadas: 12', 'Publicaciones vistas: 12.408'],
    health: 'Parece que LinkedIn ha cambiado su página: FeedCoach solo leyó 6 de 1284 publicaciones (no se encontraron cifras). Puede que falten cifras allí hasta que FeedCoach se actualice.',
    refused: 'Esto no es una exportación de FeedCoach: es una lista JSON, no una exportación.',
    damaged: 'Esta exportación de FeedCoach está dañada, así que no se importó nada: schemaVersion: se esperaba un número entero ≥ 1 (encontrado: el texto "2").',
  },
];

describe.each(RENDERED)('FeedCoach in $locale', ({ locale, badge: word, badgeName, tooltip, panel, popup, health, refused, damaged }) => {
  it('names the badge, its word, its counts and its tooltip in that language, with its numbers', async () => {
    await speak(locale);
    const host = badge();
    expect(host.textContent).toBe(word);
    expect(host.getAttribute('aria-label')).toBe(badgeName);
    const [heading, ...lines] = host.title.split('\n');
    expect(heading).toBe(panel.title);
    expect(lines).toEqual(tooltip);
  });

  it('heads and explains the panel and its rates in that language', async () => {
    await speak(locale);
    expect(panelWords()).toEqual(panel);
  });

  it("labels the popup's figures in that language", async () => {
    await speak(locale);
    expect(popupFigures()).toEqual(popup);
  });

  it('says in that language why a site is read badly and why a file was not imported', async () => {
    await speak(locale);
    expect(judgeHealth({ site: 'linkedin', seen: 1284, read: 6, missing: { metrics: 1278 } }, 'LinkedIn').message).toBe(health);
    expect(parseImport('[]')).toEqual({ ok: false, error: refused });
    expect(parseImport(JSON.stringify({ format: 'feedcoach-export', schemaVersion: '2', exportedAt: '2026-11-28T10:00:00Z', tables: {} }))).toEqual({ ok: false, error: damaged });
  });
});
