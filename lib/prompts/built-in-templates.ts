// The prompts FeedCoach ships with. Each one talks to a person by name, stays factual, and ends with
// something that keeps the conversation going. Rules from domain.md section 7:
// - join-conversation adds a view or asks a real question, never "great post";
// - calm-complaint asks why, clarifies, answers in public, never argues;
// - "…" marks where the user writes the substance (an answer, a view): a prompt is a start, not a reply.
// Every situation has variants without {topic}, used when a post gives no clear topic.
import type { Situation } from './situations';
import type { TemplateLanguage } from './templates';

export const BUILT_IN_TEXTS: Readonly<Record<TemplateLanguage, Readonly<Record<Situation, readonly string[]>>>> = {
  en: {
    'thank-sharer': [
      'Thanks for sharing this, {name}! What caught your eye?',
      'Thank you for passing this on, {name}. I would love to hear what your network makes of it.',
      'Thanks for sharing my post on {topic}, {name}. Which part was most useful to you?',
    ],
    'acknowledge-mention': [
      'Thanks for bringing me into this, {name}. One thing I would add: …',
      'Appreciate the mention, {name}. Where do you see {topic} going from here?',
      'Thanks for quoting this, {name}. What got you thinking about {topic}?',
    ],
    'answer-question': [
      'Good question, {name}. Short answer: … Does that help, or are you looking at a specific case?',
      'Thanks for asking, {name}! What I have found with {topic}: … What have you tried so far?',
      'Happy to help, {name}. … Is there a particular part of {topic} you are stuck on?',
    ],
    'calm-complaint': [
      'Sorry this happened, {name}. Can you tell me a bit more about what went wrong? I want to understand it properly.',
      'Thanks for raising this openly, {name}. To make sure I get it right: what did you expect, and what happened instead?',
      'I hear you, {name}. I will check the facts on {topic} and answer here, so everyone sees it. What would have made this better for you?',
    ],
    'join-conversation': [
      'One thing I would add on {topic}: … Have you seen the same, {name}?',
      'Curious, {name}: what brought you to this conclusion? My experience has been a bit different: …',
      'I see it slightly differently, {name}: … What is the strongest counter-argument you have heard?',
    ],
    'recognise-regular': [
      '{name}, you have been part of so many of these conversations. Thank you! What would you like me to write about next?',
      'Always good to see your take here, {name}. What is on your mind about {topic} lately?',
      'Thanks for showing up again and again, {name}. Shall we pick up the conversation on {topic}?',
    ],
  },
  es: {
    'thank-sharer': [
      '¡Gracias por compartirlo, {name}! ¿Qué te llamó la atención?',
      'Muchas gracias por difundirlo, {name}. Me encantaría saber qué opina tu comunidad.',
      'Gracias por compartir mi publicación sobre {topic}, {name}. ¿Qué parte te resultó más útil?',
    ],
    'acknowledge-mention': [
      '¡Gracias por incluirme, {name}! Añadiría una cosa: …',
      'Gracias por la mención, {name}. ¿Cómo ves la evolución de {topic}?',
      'Gracias por citarlo, {name}. ¿Qué te hizo pensar en {topic}?',
    ],
    'answer-question': [
      'Buena pregunta, {name}. En resumen: … ¿Te sirve o buscas algo más concreto?',
      'Gracias por preguntar, {name}. Lo que he visto con {topic}: … ¿Qué has probado hasta ahora?',
      'Con gusto, {name}. … ¿Hay alguna parte de {topic} que te esté dando problemas?',
    ],
    'calm-complaint': [
      'Siento que haya pasado esto, {name}. ¿Me cuentas un poco más sobre lo que falló? Quiero entenderlo bien.',
      'Gracias por decirlo abiertamente, {name}. Para entenderlo bien: ¿qué esperabas y qué pasó en realidad?',
      'Te entiendo, {name}. Reviso los datos sobre {topic} y te respondo aquí mismo, a la vista de todos. ¿Qué lo habría mejorado para ti?',
    ],
    'join-conversation': [
      'Añadiría algo sobre {topic}: … ¿Te ha pasado lo mismo, {name}?',
      'Una curiosidad, {name}: ¿qué te llevó a esa conclusión? Mi experiencia ha sido algo distinta: …',
      'Lo veo un poco diferente, {name}: … ¿Cuál es el mejor contraargumento que has oído?',
    ],
    'recognise-regular': [
      '{name}, has estado en muchas de estas conversaciones. ¡Gracias! ¿Sobre qué te gustaría que escribiera la próxima vez?',
      'Siempre es un gusto leer tu opinión, {name}. ¿Qué piensas últimamente sobre {topic}?',
      'Gracias por estar siempre ahí, {name}. ¿Seguimos la conversación sobre {topic}?',
    ],
  },
  de: {
    'thank-sharer': [
      'Danke fürs Teilen, {name}! Was hat dich daran angesprochen?',
      'Vielen Dank, dass du das weitergibst, {name}. Mich interessiert, was deine Leute dazu sagen.',
      'Danke, dass du meinen Beitrag zu {topic} teilst, {name}. Welcher Teil war für dich am nützlichsten?',
    ],
    'acknowledge-mention': [
      'Danke fürs Erwähnen, {name}! Eine Sache würde ich ergänzen: …',
      'Danke, dass du mich einbeziehst, {name}. Wie siehst du die Entwicklung bei {topic}?',
      'Danke fürs Zitieren, {name}. Was hat dich bei {topic} zum Nachdenken gebracht?',
    ],
    'answer-question': [
      'Gute Frage, {name}. Kurz gesagt: … Hilft dir das, oder geht es um einen bestimmten Fall?',
      'Danke für die Frage, {name}! Meine Erfahrung zu {topic}: … Was hast du bisher ausprobiert?',
      'Gern, {name}. … Hängst du bei {topic} an einer bestimmten Stelle?',
    ],
    'calm-complaint': [
      'Tut mir leid, dass das passiert ist, {name}. Magst du genauer erzählen, was schiefgelaufen ist? Ich möchte es richtig verstehen.',
      'Danke, dass du das offen ansprichst, {name}. Damit ich es richtig verstehe: Was hast du erwartet, und was ist stattdessen passiert?',
      'Verstehe, {name}. Ich prüfe die Fakten zu {topic} und antworte hier, für alle sichtbar. Was hätte es für dich besser gemacht?',
    ],
    'join-conversation': [
      'Eine Ergänzung zu {topic}: … Hast du das auch so erlebt, {name}?',
      'Mich interessiert, {name}: Wie bist du zu diesem Schluss gekommen? Meine Erfahrung ist etwas anders: …',
      'Ich sehe das etwas anders, {name}: … Was ist das stärkste Gegenargument, das du gehört hast?',
    ],
    'recognise-regular': [
      '{name}, du bist bei so vielen dieser Gespräche dabei. Danke dafür! Worüber soll ich als Nächstes schreiben?',
      'Schön, wieder von dir zu lesen, {name}. Was beschäftigt dich gerade bei {topic}?',
      'Danke, dass du immer wieder mitdiskutierst, {name}. Wollen wir das Gespräch zu {topic} fortsetzen?',
    ],
  },
  fr: {
    'thank-sharer': [
      'Merci pour le partage, {name} ! Qu’est-ce qui vous a parlé ?',
      'Merci d’avoir relayé ce post, {name}. J’aimerais savoir ce qu’en pense votre réseau.',
      'Merci d’avoir partagé mon post sur {topic}, {name}. Quelle partie vous a été la plus utile ?',
    ],
    'acknowledge-mention': [
      'Merci pour la mention, {name} ! J’ajouterais une chose : …',
      'Merci de me faire participer, {name}. Comment voyez-vous l’évolution de {topic} ?',
      'Bonne idée de citer ce post, {name}. Qu’est-ce qui vous a fait penser à {topic} ?',
    ],
    'answer-question': [
      'Bonne question, {name}. En bref : … Est-ce que cela vous aide, ou pensez-vous à un cas précis ?',
      'Merci pour la question, {name} ! Ce que j’ai constaté sur {topic} : … Qu’avez-vous déjà essayé ?',
      'Avec plaisir, {name}. … Y a-t-il un point de {topic} qui vous bloque ?',
    ],
    'calm-complaint': [
      'Je regrette que cela se soit produit, {name}. Pouvez-vous m’en dire un peu plus sur ce qui n’a pas marché ? Je veux bien comprendre.',
      'Merci de le dire ouvertement, {name}. Pour bien comprendre : qu’attendiez-vous, et que s’est-il passé à la place ?',
      'Je vous entends, {name}. Je vérifie les faits sur {topic} et je vous réponds ici, pour que tout le monde le voie. Qu’est-ce qui aurait rendu les choses plus simples pour vous ?',
    ],
    'join-conversation': [
      'J’ajouterais un point sur {topic} : … Avez-vous constaté la même chose, {name} ?',
      'Une question, {name} : sur quoi repose cette conclusion ? De mon côté, j’ai vu autre chose : …',
      'Je vois les choses un peu différemment, {name} : … Quel est le meilleur contre-argument que vous ayez entendu ?',
    ],
    'recognise-regular': [
      '{name}, vous participez à tant de ces échanges. Merci ! Sur quoi aimeriez-vous que j’écrive la prochaine fois ?',
      'Toujours un plaisir de lire votre avis, {name}. Qu’est-ce qui vous occupe en ce moment sur {topic} ?',
      'Merci d’être là à chaque fois, {name}. On poursuit la discussion sur {topic} ?',
    ],
  },
};
