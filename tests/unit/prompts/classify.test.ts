import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyText, NEGATIVE_THRESHOLD } from '../../../lib/prompts/classify';

describe('language', () => {
  it.each([
    ['en', 'We moved our docs to Astro last month and the build time dropped from 9 minutes to 40 seconds.'],
    ['es', 'Hemos migrado la documentación a Astro y el tiempo de compilación bajó de 9 minutos a 40 segundos.'],
    ['de', 'Wir haben unsere Doku auf Astro umgestellt und die Build-Zeit ist von 9 Minuten auf 40 Sekunden gesunken.'],
    ['fr', 'Nous avons migré notre documentation vers Astro et le temps de build est passé de 9 minutes à 40 secondes.'],
  ])('recognises %s', (language, text) => {
    expect(classifyText(text).language).toBe(language);
  });

  it('tells a short text by its greeting or thank-you word', () => {
    expect(classifyText('Danke!').language).toBe('de');
    expect(classifyText('¡Muchas gracias!').language).toBe('es');
    expect(classifyText('Merci 🙏').language).toBe('fr');
    expect(classifyText('Thanks!').language).toBe('en');
  });

  it('leaves short, unclear and other-language texts as other', () => {
    expect(classifyText('ok').language).toBe('other');
    expect(classifyText('🔥🔥🔥').language).toBe('other');
    expect(classifyText('Astro 5.0').language).toBe('other');
    expect(classifyText('').language).toBe('other');
    // Portuguese shares "de", "que", "para" with Spanish: it must not be answered in Spanish.
    expect(classifyText('Obrigado pela partilha, isso é muito útil para uma equipe como a nossa').language).toBe('other');
  });

  it('is case and accent tolerant', () => {
    expect(classifyText('GRACIAS POR COMPARTIR ESTO, ES MUY UTIL').language).toBe('es');
    expect(classifyText('Ich weiss nicht, ob das fuer uns passt').language).toBe('de');
  });
});

describe('isQuestion', () => {
  it.each([
    'What do you all use for visual regression tests?',
    'Anyone tried Astro for a docs site with 500 pages',
    'How do you keep a design system in sync with Figma',
    'Hey, is there a way to export the report as CSV',
    '¿Alguien sabe cómo migrar de WordPress a Astro sin perder el SEO?',
    'Alguien sabe si el plan gratuito incluye la API',
    'Cómo configuraron el CI para los tests de extremo a extremo',
    'Weiß jemand, wie man Barrierefreiheit in React-Komponenten testet',
    'Weiss jemand ob das auch mit Firefox geht',
    'Warum dauert der Build bei uns so lange',
    "Est-ce que quelqu'un a déjà utilisé Astro pour un site de documentation",
    "Quelqu'un a un retour sur Playwright en CI",
    'Pourquoi le rapport ne se met pas à jour',
    'Où trouver la documentation de l’API',
    'Does it work with Mastodon？',
  ])('asks: %s', (text) => {
    expect(classifyText(text).isQuestion).toBe(true);
  });

  it.each([
    'How I grew my newsletter to 10k subscribers in a year',
    'How to write release notes people actually read',
    'What a launch! Thank you all 🎉',
    'Como siempre, un placer leerte.',
    '¡Qué buena charla!',
    'Wie immer ein toller Vortrag.',
    'Comment below and I will send you the guide',
    "Comment j'ai réduit notre facture cloud de moitié",
    'Read the full write-up at https://example.com/post?id=42',
  ])('does not ask: %s', (text) => {
    expect(classifyText(text).isQuestion).toBe(false);
  });
});

describe('negativity', () => {
  it('scores praise positive and complaints negative, within -1..1', () => {
    const praise = classifyText('This is a really helpful write-up, the examples are excellent.');
    const complaint = classifyText('Terrible update. The app is slow and the export is broken.');
    expect(praise.negativity).toBeGreaterThan(0.5);
    expect(praise.isNegative).toBe(false);
    expect(complaint.negativity).toBeLessThan(-0.5);
    expect(complaint.negativity).toBeGreaterThanOrEqual(-1);
    expect(complaint.isNegative).toBe(true);
  });

  it.each([
    ['en', 'Honestly, this is not good.'],
    ['es', 'La verdad, no es bueno.'],
    ['de', 'Ehrlich gesagt ist das nicht gut.'],
    ['de', 'Das neue Layout gefällt mir nicht.'],
    ['fr', "Franchement, ce n'est pas bon."],
    ['fr', "Je n'aime pas du tout la nouvelle interface."],
  ])('handles negation (%s): %s', (_, text) => {
    const signals = classifyText(text);
    expect(signals.negativity).toBeLessThanOrEqual(NEGATIVE_THRESHOLD);
    expect(signals.isNegative).toBe(true);
  });

  it('turns a negated negative word mildly positive', () => {
    expect(classifyText('Not bad at all for a first version.').negativity).toBeGreaterThan(0);
    expect(classifyText('Das ist gar nicht schlecht.').negativity).toBeGreaterThan(0);
    expect(classifyText('No está mal para una primera versión.').negativity).toBeGreaterThan(0);
  });

  it('negates once across "ne ... pas"', () => {
    expect(classifyText("Ce n'est pas mauvais du tout.").negativity).toBeGreaterThan(0);
  });

  it('lets intensifiers strengthen a word', () => {
    expect(classifyText('very bad').negativity).toBeLessThan(classifyText('bad').negativity);
    expect(classifyText('muy bueno').negativity).toBeGreaterThan(classifyText('bueno').negativity);
    expect(classifyText('sehr gut').negativity).toBeGreaterThan(classifyText('gut').negativity);
    expect(classifyText('vraiment nul').negativity).toBeLessThan(classifyText('nul').negativity);
  });

  it('weighs what follows "but" more', () => {
    expect(classifyText('Great idea, but the implementation is terrible.').isNegative).toBe(true);
    expect(classifyText('The setup was annoying, but the result is excellent.').isNegative).toBe(false);
  });

  it.each([
    'Worst onboarding I have seen in years',
    'I want a refund.',
    "The login still doesn't work",
    'La app no funciona desde ayer',
    'Der Export funktioniert nicht',
    'Le formulaire ne marche pas sur mobile',
    'Ça marche pas chez moi',
  ])('treats complaint phrases as negative: %s', (text) => {
    expect(classifyText(text).isNegative).toBe(true);
  });

  it('is neutral for plain facts and tolerates accents either way', () => {
    expect(classifyText('We ship the new release on Tuesday.').negativity).toBe(0);
    expect(classifyText('Das ist schoen geworden').negativity).toBeGreaterThan(0);
    expect(classifyText('Estoy muy decepcionado con el soporte').isNegative).toBe(true);
    expect(classifyText('Tres decu par la mise a jour').isNegative).toBe(true);
  });

  it('reads emoji tone', () => {
    expect(classifyText('🤬🤬').isNegative).toBe(true);
    expect(classifyText('😍').negativity).toBeGreaterThan(0);
  });
});

describe('isThanks', () => {
  it.each([
    'Thank you for writing this up!',
    'thx, saved me an afternoon',
    'ty 🙏',
    'Really appreciate the detailed answer',
    'Gracias por compartir',
    'Te agradezco la respuesta',
    'Danke für die Erklärung',
    'Vielen Dank, genau das habe ich gesucht',
    'Merci pour le partage !',
    'Je vous remercie pour ces précisions',
  ])('thanks: %s', (text) => {
    expect(classifyText(text).isThanks).toBe(true);
  });

  it.each(['No thanks, not interested.', 'Nein danke.', 'Non merci', 'Thanks for nothing.', 'Great thread on pricing'])(
    'does not thank: %s',
    (text) => {
      expect(classifyText(text).isThanks).toBe(false);
    },
  );

  it('does not count "no thanks" as a negated compliment', () => {
    expect(classifyText('No thanks, not interested.').isNegative).toBe(false);
  });
});

describe('topic', () => {
  it('takes a hashtag the author chose first', () => {
    expect(classifyText('Shipping our new onboarding flow today #ux #productdesign').topic).toBe('ux');
  });

  it('is a noun phrase of the post, never a stop word, an adverb or a verb (the words seen in issue 17)', () => {
    const topics = {
      'We tested 40 hooks on the same post. The winner was a question, not a claim. Thread below.': undefined,
      'Our guide to answering every comment, in 5 steps.': 'the guide',
      'What finally fixed our newsletter open rates': 'newsletter open rates',
      'Hot take: nobody reads the wish list until launch week. Prove me wrong.': 'the wish list',
      'We started answering the five questions sales hears every week. Pipeline from content is up 3x.': undefined,
      'Unpopular opinion: posting every day hurts small accounts.': undefined,
      'The best-performing post of our quarter had 14 likes and 52 replies. Let me explain.': undefined,
      'What is one thing you stopped doing on social this year that made your results better? Genuinely curious.': undefined,
      'Collecting questions and answers for our FAQ page.': 'the FAQ page',
      'Shipping our community report today. 1,200 members, 3 rules, zero growth hacks.': 'the community report',
      'Thanks @ana_dev! Really great write-up on Kubernetes operators: https://example.com/blog/operators-explained': 'Kubernetes operators',
    };
    for (const [text, topic] of Object.entries(topics)) expect(classifyText(text).topic, text).toBe(topic);
  });

  it('keeps technical names and German nouns as written', () => {
    expect(classifyText('Accessibility testing with TypeScript').topic).toBe('TypeScript');
    expect(classifyText('Weiß jemand, wie man Barrierefreiheit testet').topic).toBe('Barrierefreiheit');
  });

  it('brings its article in Spanish and French, as a noun phrase reads there', () => {
    expect(classifyText('¿Alguien ha probado la nueva versión del editor?').topic).toBe('la versión del editor');
    expect(classifyText("Merci pour ce partage sur l'accessibilité").topic).toBe('l’accessibilité');
    expect(classifyText('Nous avons publié un rapport sur la communauté.').topic).toBe('le rapport');
  });

  it('gives no topic when nothing reads as one', () => {
    expect(classifyText('ok').topic).toBeUndefined();
    expect(classifyText('Genuinely curious, honestly.').topic).toBeUndefined();
    expect(classifyText('Muito obrigado pela partilha, adorei').topic).toBeUndefined();
  });
});

describe('robustness', () => {
  it('never throws and keeps the score within -1..1 for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const signals = classifyText(text);
        expect(signals.negativity).toBeGreaterThanOrEqual(-1);
        expect(signals.negativity).toBeLessThanOrEqual(1);
        expect(signals.topic === undefined || signals.topic.length <= 60).toBe(true);
      }),
    );
  });

  it('copes with a very long post quickly', () => {
    const text = 'This is not good, the export is broken. '.repeat(5000);
    const started = performance.now();
    expect(classifyText(text).isNegative).toBe(true);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
