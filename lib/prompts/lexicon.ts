// Every word list the reply-prompt classifier uses, in one place, written the way people spell them.
// The classifier normalises entries the same way it normalises post text (lower case, accents off,
// ä/ö/ü/ß spelled ae/oe/ue/ss), so "weiß jemand" here also matches "weiss jemand" in a post.
// Multi-word entries match whole consecutive words; a trailing * in a sentiment word matches any ending.

export const LEXICON_LANGUAGES = ['en', 'es', 'de', 'fr'] as const;
export type LexiconLanguage = (typeof LEXICON_LANGUAGES)[number];

export interface Lexicon {
  /** Function words: language detection counts them, topic words skip them. */
  stopwords: readonly string[];
  /** Words that on their own say which language a short text is in (greetings, thanks): count double. */
  markers: readonly string[];
  /** Letters that, among the four languages, only this one uses. */
  letters: RegExp;
  /** Sentence openers that make a question even without a question mark. */
  questionOpeners: readonly string[];
  /** Openers whose unaccented form is a common non-question word (cómo / como): matched only with the accent. */
  accentedOpeners: readonly string[];
  /** Phrases that start like an opener but are headlines or exclamations. */
  notQuestions: readonly string[];
  negators: readonly string[];
  intensifiers: readonly string[];
  /** "but": what follows it outweighs what came before. */
  contrasts: readonly string[];
  /** Valence -3..3. */
  sentiment: Readonly<Record<string, number>>;
  /** Phrases that make a comment a complaint whatever the sentiment score says. */
  complaints: readonly string[];
  thanks: readonly string[];
  /** Thanks words that do not thank ("no thanks"). */
  notThanks: readonly string[];
  /** Long words that say nothing about a topic. */
  fillers: readonly string[];
  /** Good news: a launch, a milestone, a thank-you to others. A celebration is congratulated, never argued with. */
  celebrations: readonly string[];
  /** Phrases that put a claim up for debate on their own ("hot take", "change my mind"). */
  debateMarkers: readonly string[];
  /** Phrases that make a claim ("I think", "should", "is overrated"): open to debate when the post also asks. */
  claims: readonly string[];
}

const combos = (firsts: readonly string[], seconds: readonly string[]): string[] =>
  firsts.flatMap((first) => seconds.map((second) => `${first} ${second}`));

// English headlines start with what/how/why too ("How I grew my list"), so a wh-word only counts as a
// question opener when an auxiliary verb follows it, as in a real question.
const EN_WH = ['what', 'how', 'why', 'who', 'which', 'where', 'when'];
const EN_AUX = ['is', 'are', 'was', 'were', 'do', 'does', 'did', 'can', 'could', 'should', 'would', 'will', 'has', 'have'];
const EN_SUBJECTS = ['you', 'anyone', 'anybody', 'someone', 'somebody', 'we', 'i', 'they', 'people', 'y\'all'];
const EN_SEEKERS = ['anyone', 'anybody', 'someone', 'somebody'];

const en: Lexicon = {
  stopwords: [
    'the', 'a', 'an', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'for', 'with', 'is', 'are', 'was', 'were', 'be',
    'been', 'it', 'its', 'it\'s', 'this', 'that', 'these', 'those', 'i', 'i\'m', 'you', 'he', 'she', 'we', 'they', 'my',
    'your', 'our', 'their', 'me', 'us', 'them', 'at', 'by', 'from', 'as', 'have', 'has', 'had', 'do', 'does', 'did',
    'not', 'so', 'if', 'just', 'about', 'what', 'how', 'why', 'when', 'where', 'who', 'which', 'there', 'here', 'will',
    'would', 'can', 'could', 'should', 'all', 'more', 'than', 'then', 'out', 'up', 'get', 'got', 'don\'t', 'any',
    'some', 'one', 'like', 'into', 'over', 'only', 'also', 'too', 'you\'re', 'two', 'three', 'four', 'five',
  ],
  markers: ['thanks', 'thank', 'hello', 'the', 'and'],
  letters: /(?!)/, // English has no letters of its own among the four
  questionOpeners: [
    ...combos(EN_WH, EN_AUX),
    ...combos(EN_AUX, EN_SUBJECTS),
    ...combos(['is', 'was', 'does', 'did', 'can', 'would', 'will'], ['it', 'this', 'that', 'there']),
    ...combos(['are'], ['there']),
    ...combos(EN_SEEKERS, ['know', 'knows', 'have', 'has', 'tried', 'else', 'here', 'got', 'using', 'used', 'seen', 'recommend', 'ever']),
    'what\'s', 'whats', 'how\'s', 'who\'s', 'where\'s', 'why\'s', 'how many', 'how much', 'how long', 'how often',
    'which one', 'why not', 'any idea', 'any ideas', 'any tips', 'any advice', 'any recommendations', 'any thoughts',
    'thoughts', 'i wonder', 'wondering', 'curious if', 'curious whether',
  ],
  accentedOpeners: [],
  notQuestions: ['how to'],
  negators: [
    'not', 'no', 'never', 'nothing', 'none', 'nobody', 'neither', 'nor', 'without', 'hardly', 'barely', 'cannot',
    'cant', 'dont', 'doesnt', 'didnt', 'isnt', 'wasnt', 'arent', 'werent', 'wont', 'wouldnt', 'shouldnt', 'couldnt',
    'aint',
  ],
  intensifiers: [
    'very', 'really', 'so', 'super', 'extremely', 'totally', 'absolutely', 'incredibly', 'truly', 'completely',
    'utterly', 'highly', 'deeply', 'such', 'too',
  ],
  contrasts: ['but', 'however', 'although', 'though'],
  sentiment: {
    love: 3, loved: 3, loving: 2, great: 3, excellent: 3, amazing: 3, awesome: 3, fantastic: 3, brilliant: 3,
    perfect: 3, wonderful: 3, best: 3, good: 2, nice: 2, helpful: 2, useful: 2, happy: 2, glad: 2, liked: 2,
    'enjoy*': 2, 'recommend*': 2, insightful: 2, beautiful: 2, impressive: 2, fun: 2, 'thank*': 2, cool: 1,
    interesting: 1, works: 1, worked: 1, easy: 1, clear: 1, solid: 1, smooth: 1, fixed: 1, fast: 1,
    bad: -2, poor: -2, wrong: -2, broken: -2, annoying: -2, annoyed: -2, angry: -3, 'frustrat*': -2, 'disappoint*': -2,
    'fail*': -2, 'crash*': -2, buggy: -2, ridiculous: -2, waste: -2, sad: -2, upset: -2, worse: -2, rude: -2,
    misleading: -2, spam: -2, fake: -2, boring: -2, confusing: -2, overpriced: -2, ugly: -2, mess: -2, ignored: -2,
    lazy: -2, stupid: -2, terrible: -3, awful: -3, horrible: -3, worst: -3, hate: -3, hated: -3, useless: -3,
    scam: -3, unacceptable: -3, sucks: -3, nightmare: -3, garbage: -3, pathetic: -3, slow: -1, bug: -1, bugs: -1,
    problem: -1, problems: -1, issue: -1, issues: -1, confused: -1, expensive: -1, meh: -1, unfortunately: -1,
  },
  complaints: [
    'worst', 'refund', 'refunds', 'doesn\'t work', 'does not work', 'doesnt work', 'don\'t work', 'not working',
    'stopped working', 'still broken', 'is broken', 'scam', 'still waiting', 'no response', 'no reply',
    'never arrived', 'cancel my', 'money back', 'unacceptable', 'rip off', 'ripoff', 'fix this', 'what a joke',
    'disappointed', 'disappointing', 'charged twice', 'never received', 'want my money', 'broken',
  ],
  thanks: [
    'thank you', 'thanks', 'thank', 'thx', 'ty', 'tysm', 'tyvm', 'appreciate', 'appreciated', 'grateful', 'thankful',
  ],
  notThanks: ['no thanks', 'no thank you', 'thanks but no thanks', 'thanks for nothing'],
  fillers: [
    'actually', 'basically', 'literally', 'probably', 'definitely', 'especially', 'everything', 'something',
    'anything', 'nothing', 'everyone', 'someone', 'anyone', 'everybody', 'somebody', 'anybody', 'because', 'though',
    'although', 'without', 'always', 'never', 'today', 'tomorrow', 'yesterday', 'think', 'thought', 'people', 'thing',
    'things', 'about', 'after', 'before', 'being', 'while', 'other', 'another', 'still', 'maybe', 'going', 'make',
    'made', 'know', 'want', 'need', 'please', 'really', 'wondering', 'anyone\'s', 'getting', 'looking', 'years',
    'finally', 'pretty', 'sure', 'thoughts', 'share', 'sharing', 'shared', 'post', 'posted',
  ],
  celebrations: [
    'launch', 'launched', 'launching', 'shipped', 'shipping', 'is live', 'now live', 'went live', 'milestone',
    'anniversary', 'proud', 'excited to announce', 'thrilled', 'we hit', 'we reached', 'celebrating', 'congrats',
    'congratulations', 'huge thanks', 'big thanks', 'thank you to', 'thanks to', 'shoutout', 'shout out', 'promoted',
    'new job', 'just joined', 'award', 'announcing', 'released', 'we did it', 'grateful',
  ],
  debateMarkers: [
    'hot take', 'unpopular opinion', 'controversial opinion', 'change my mind', 'prove me wrong', 'fight me',
    'agree or disagree', 'am i wrong', 'tell me i\'m wrong', 'convince me otherwise',
  ],
  claims: [
    'i think', 'i believe', 'in my opinion', 'imo', 'should', 'shouldn\'t', 'is overrated', 'is dead', 'is a myth',
    'stop', 'nobody', 'the only', 'is worth more', 'matters more', 'beats',
  ],
};

const es: Lexicon = {
  stopwords: [
    'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'y', 'o', 'pero', 'de', 'del', 'a', 'al', 'en', 'con', 'por',
    'para', 'que', 'es', 'son', 'está', 'están', 'esta', 'este', 'esto', 'eso', 'ese', 'esa', 'lo', 'le', 'les', 'se',
    'su', 'sus', 'mi', 'mis', 'tu', 'tus', 'me', 'te', 'nos', 'yo', 'él', 'ella', 'ellos', 'ellas', 'muy', 'más', 'ya',
    'no', 'sí', 'si', 'como', 'hay', 'tiene', 'tengo', 'ser', 'fue', 'era', 'también', 'porque', 'cuando', 'donde',
    'todo', 'todos', 'nada', 'algo', 'sobre', 'entre', 'hasta', 'desde', 'sin', 'estoy', 'hace', 'qué', 'cómo',
    'nuestro', 'nuestra', 'nuestros', 'nuestras', 'hoy', 'dos', 'tres', 'cuatro', 'cinco',
  ],
  markers: ['gracias', 'hola', 'saludos', 'también', 'porque', 'muy', 'hito'],
  letters: /[ñ¿¡áíóú]/,
  questionOpeners: [
    'por qué', 'alguien', 'alguno sabe', 'alguna sabe', 'sabéis', 'sabes si', 'hay alguien', 'alguna idea',
    'algún consejo', 'algún truco', 'me pueden', 'me podéis', 'me podrías', 'podrían', 'podríais', 'se puede',
    'conocéis', 'conoces', 'cuál', 'cuáles', 'qué opinan', 'qué opináis',
  ],
  accentedOpeners: ['qué', 'cómo', 'cuándo', 'dónde', 'quién', 'quiénes', 'cuánto', 'cuántos', 'cuánta', 'cuántas'],
  notQuestions: [],
  negators: ['no', 'nunca', 'jamás', 'ni', 'tampoco', 'sin', 'nada', 'nadie', 'ningún', 'ninguno', 'ninguna'],
  intensifiers: [
    'muy', 'super', 'súper', 'tan', 'realmente', 'bastante', 'totalmente', 'increíblemente', 'demasiado', 'sumamente',
  ],
  contrasts: ['pero', 'aunque', 'embargo'],
  sentiment: {
    excelente: 3, genial: 3, 'increíble*': 3, 'maravillos*': 3, 'perfect*': 3, encanta: 3, encantó: 3,
    'fantástic*': 3, 'estupend*': 3, mejor: 2, bueno: 2, buena: 2, buenos: 2, buenas: 2, bien: 2, gusta: 2,
    gustó: 2, 'encantad*': 2, útil: 2, útiles: 2, feliz: 2, contento: 2, contenta: 2, 'recomiend*': 2, bonito: 2, guay: 2,
    gracias: 2, interesante: 1, funciona: 1, rápido: 1, fácil: 1, chulo: 1,
    malo: -2, mala: -2, malos: -2, malas: -2, mal: -2, 'decepcion*': -2, 'molest*': -2, 'enfadad*': -2,
    'enojad*': -2, 'frustra*': -2, roto: -2, rota: -2, fallo: -2, falla: -2, vergüenza: -2, triste: -2, engaño: -2,
    'aburrid*': -2, terrible: -3, horrible: -3, 'pésim*': -3, peor: -3, odio: -3, fatal: -3, estafa: -3,
    inaceptable: -3, basura: -3, inútil: -3, desastre: -3, lamentable: -3, asco: -3, lento: -1, lenta: -1,
    problema: -1, problemas: -1, error: -1, errores: -1, caro: -1, 'confus*': -1,
  },
  complaints: [
    'no funciona', 'dejó de funcionar', 'reembolso', 'devolución', 'estafa', 'lo peor', 'el peor', 'la peor', 'pésimo',
    'pésima', 'sigo esperando', 'nadie responde', 'no responden', 'quiero mi dinero', 'una vergüenza', 'inaceptable',
    'decepcionado', 'decepcionada', 'me cobraron', 'no llegó', 'roto', 'rota',
  ],
  thanks: ['gracias', 'agradezco', 'agradecido', 'agradecida', 'agradecer', 'agradecemos'],
  notThanks: ['no gracias'],
  fillers: [
    'porque', 'siempre', 'nunca', 'cualquier', 'alguien', 'nadie', 'mucho', 'muchos', 'mucha', 'muchas', 'realmente',
    'entonces', 'después', 'antes', 'ahora', 'gente', 'cosa', 'cosas', 'hacer', 'tener', 'puede', 'pueden', 'quiero',
    'mismo', 'misma', 'otro', 'otra', 'otros', 'creo', 'pienso', 'hoy', 'mañana', 'ayer', 'aquí', 'todavía',
    'nuestro', 'nuestra', 'vuestro', 'cuando', 'compartir', 'compartido', 'publicación',
  ],
  celebrations: [
    'lanzamos', 'lanzamiento', 'hemos lanzado', 'ya está disponible', 'ya disponible', 'hito', 'aniversario',
    'orgullosa', 'orgulloso', 'orgullosos', 'felices de anunciar', 'celebramos', 'enhorabuena', 'felicidades',
    'gracias a todos', 'muchas gracias a', 'premio', 'cumplimos', 'llegamos a', 'nuevo trabajo',
  ],
  debateMarkers: [
    'opinión impopular', 'opinión polémica', 'cámbiame de opinión', 'demuéstrame que me equivoco', 'me equivoco',
    'estáis de acuerdo', 'estás de acuerdo',
  ],
  claims: [
    'creo que', 'pienso que', 'en mi opinión', 'debería', 'deberían', 'está sobrevalorado', 'está sobrevalorada',
    'ha muerto', 'nadie', 'lo único', 'vale más',
  ],
};

const de: Lexicon = {
  stopwords: [
    'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'und', 'oder', 'aber', 'ist',
    'sind', 'war', 'nicht', 'kein', 'keine', 'ich', 'du', 'er', 'sie', 'es', 'wir', 'ihr', 'mit', 'von', 'zu', 'zum',
    'zur', 'auf', 'für', 'im', 'in', 'an', 'am', 'auch', 'noch', 'schon', 'nur', 'sehr', 'wie', 'was', 'wer', 'wenn',
    'dass', 'weil', 'mir', 'mich', 'dich', 'dir', 'sich', 'uns', 'euch', 'hat', 'habe', 'haben', 'wird', 'werden',
    'kann', 'mal', 'ja', 'nein', 'doch', 'bei', 'aus', 'nach', 'über', 'dieser', 'diese', 'dieses', 'man', 'hier',
    'da', 'gibt', 'mein', 'meine', 'dein', 'deine', 'unser', 'unsere', 'mehr', 'seit', 'dann', 'denn', 'alle', 'viel',
    'viele', 'sein', 'seine', 'ihre', 'bis', 'um', 'als', 'vor', 'meinem', 'meiner', 'unseren', 'unserer', 'heute',
    'zwei', 'drei', 'vier', 'fünf', 'niemand', 'jemand',
  ],
  markers: ['danke', 'hallo', 'moin', 'servus', 'bitte', 'und', 'nicht', 'ich', 'ist'],
  letters: /[ßäöü]/,
  questionOpeners: [
    'warum', 'wieso', 'weshalb', 'was ist', 'was sind', 'was haltet', 'was haltet ihr', 'was denkt', 'was meint',
    'was macht', 'was kann', 'was sollte', 'was würdet', 'wie kann', 'wie macht', 'wie geht', 'wie findet', 'wie seht',
    'wie viel', 'wie viele', 'wie lange', 'wie oft', 'wie schafft', 'wer kennt', 'wer hat', 'wer weiß', 'welche',
    'welcher', 'welches', 'weiß jemand', 'kennt jemand', 'hat jemand', 'kann jemand', 'gibt es', 'kann mir jemand',
    'habt ihr', 'hast du', 'kennt ihr', 'wisst ihr', 'wann', 'wo gibt', 'wo finde', 'wo bekomme', 'ist das', 'sind das',
  ],
  accentedOpeners: [],
  notQuestions: ['wie immer', 'wie gesagt', 'was für ein', 'was für eine'],
  negators: ['nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'nie', 'niemals', 'ohne', 'nichts', 'kaum'],
  intensifiers: [
    'sehr', 'echt', 'wirklich', 'total', 'extrem', 'super', 'richtig', 'voll', 'so', 'ziemlich', 'absolut', 'äußerst',
    'mega',
  ],
  contrasts: ['aber', 'jedoch', 'allerdings', 'trotzdem'],
  sentiment: {
    toll: 3, tolle: 3, tollen: 3, toller: 3, tolles: 3, klasse: 3, großartig: 3, hervorragend: 3, ausgezeichnet: 3, perfekt: 3, genial: 3, liebe: 3, lieben: 3,
    begeistert: 3, wunderbar: 3, wunderschön: 3, beste: 3, gut: 2, gute: 2, guter: 2, gutes: 2, super: 2, prima: 2,
    schön: 2, gefällt: 2, gefallen: 2, mag: 2, hilfreich: 2, nützlich: 2, spannend: 2, froh: 2, glücklich: 2,
    'empfehl*': 2, danke: 2, dank: 2, stark: 2, interessant: 1, cool: 1, schnell: 1, funktioniert: 1,
    schlecht: -2, schlechte: -2, schlechter: -2, mies: -2, 'enttäusch*': -2, 'ärger*': -2, nervig: -2, nervt: -2,
    'frustrier*': -2, kaputt: -2, defekt: -2, unmöglich: -2, frech: -2, sinnlos: -2, traurig: -2, sauer: -2,
    peinlich: -2, mist: -2, langweilig: -2, 'schlechteste*': -3, schrecklich: -3, furchtbar: -3, 'katastroph*': -3,
    betrug: -3, unverschämt: -3, nutzlos: -3, wütend: -3, scheiße: -3, hasse: -3, zumutung: -3, abzocke: -3,
    langsam: -1, fehler: -1, problem: -1, probleme: -1, teuer: -1, leider: -1,
  },
  complaints: [
    'funktioniert nicht', 'geht nicht', 'klappt nicht', 'erstattung', 'rückerstattung', 'geld zurück', 'betrug',
    'abzocke', 'unverschämt', 'warte immer noch', 'immer noch nicht', 'keine antwort', 'schlechteste', 'kaputt',
    'frechheit', 'zumutung', 'reklamation', 'enttäuscht', 'nie angekommen', 'doppelt abgebucht',
  ],
  thanks: [
    'danke', 'dankeschön', 'danke schön', 'vielen dank', 'herzlichen dank', 'besten dank', 'tausend dank', 'dank dir',
    'dank euch', 'bedanke', 'dankbar',
  ],
  notThanks: ['nein danke', 'danke für nichts'],
  fillers: [
    'eigentlich', 'wirklich', 'natürlich', 'vielleicht', 'immer', 'niemals', 'heute', 'morgen', 'gestern', 'etwas',
    'nichts', 'alles', 'jemand', 'niemand', 'jeder', 'einfach', 'wieder', 'gerade', 'deshalb', 'deswegen', 'trotzdem',
    'obwohl', 'damit', 'können', 'müssen', 'sollen', 'wollen', 'würde', 'könnte', 'sollte', 'leute', 'machen',
    'gemacht', 'denke', 'glaube', 'bitte', 'jemanden', 'irgendwie', 'teilen', 'geteilt', 'beitrag',
  ],
  celebrations: [
    'launch', 'gelauncht', 'gestartet', 'ist live', 'ist online', 'meilenstein', 'jubiläum', 'stolz', 'freuen uns',
    'freue mich', 'glückwunsch', 'gratuliere', 'danke an', 'großes danke', 'geschafft', 'feiern', 'auszeichnung',
    'veröffentlicht', 'neuen job', 'neue stelle',
  ],
  debateMarkers: [
    'unpopuläre meinung', 'steile these', 'kontroverse meinung', 'überzeugt mich vom gegenteil', 'seht ihr das anders',
    'liege ich falsch', 'hot take',
  ],
  claims: [
    'ich finde', 'ich glaube', 'meiner meinung nach', 'sollte', 'sollten', 'überbewertet', 'ist tot', 'niemand',
    'das einzige', 'mehr wert',
  ],
};

const fr: Lexicon = {
  stopwords: [
    'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'et', 'ou', 'mais', 'donc', 'car', 'est', 'sont', 'était',
    'être', 'avoir', 'a', 'ai', 'as', 'avons', 'avez', 'ont', 'je', 'tu', 'il', 'elle', 'on', 'nous', 'vous', 'ils',
    'elles', 'ce', 'cet', 'cette', 'ces', 'c\'', 'j\'', 'l\'', 'd\'', 'n\'', 'qu\'', 's\'', 'qui', 'que', 'dans', 'sur',
    'pour', 'par', 'avec', 'sans', 'pas', 'plus', 'très', 'bien', 'tout', 'tous', 'aussi', 'mon', 'ma', 'mes', 'ton',
    'ta', 'tes', 'son', 'sa', 'ses', 'notre', 'votre', 'leur', 'au', 'aux', 'y', 'en', 'me', 'te', 'se', 'lui', 'ne',
    'si', 'comme', 'alors', 'ça', 'depuis', 'chez', 'entre', 'après', 'avant', 'sous', 'deux', 'trois', 'quatre',
    'cinq',
  ],
  // Not "très": without its accent it is Spanish "tres".
  markers: ['merci', 'bonjour', 'salut', 'bonsoir', 'est', 'pas'],
  letters: /[çœèêàùâîôûë]/,
  questionOpeners: [
    'pourquoi', 'comment', 'quoi', 'quel', 'quelle', 'quels', 'quelles', 'combien', 'est-ce que', 'est-ce qu\'',
    'qu\'est-ce', 'quelqu\'un', 'qui a', 'qui sait', 'qui connaît', 'savez-vous', 'avez-vous', 'connaissez-vous',
    'pouvez-vous', 'sais-tu', 'as-tu', 'une idée', 'des idées', 'des conseils', 'vous en pensez quoi',
  ],
  accentedOpeners: ['où'],
  notQuestions: ['comment j\'', 'comment nous avons', 'quand même'],
  negators: ['ne', 'n\'', 'pas', 'jamais', 'rien', 'aucun', 'aucune', 'sans', 'ni', 'guère'],
  intensifiers: [
    'très', 'vraiment', 'trop', 'super', 'tellement', 'si', 'extrêmement', 'totalement', 'hyper', 'vachement',
    'carrément', 'complètement',
  ],
  contrasts: ['mais', 'cependant', 'pourtant', 'toutefois'],
  sentiment: {
    'génia*': 3, 'excellent*': 3, 'parfait*': 3, 'merveilleu*': 3, formidable: 3, magnifique: 3, adore: 3,
    adoré: 3, incroyable: 3, bravo: 3, bon: 2, bonne: 2, bons: 2, bonnes: 2, bien: 2, super: 2, top: 2, aime: 2,
    aimé: 2, utile: 2, utiles: 2, 'content*': 2, 'heureu*': 2, 'ravi*': 2, recommande: 2, merci: 2, 'meilleur*': 2,
    chouette: 2, sympa: 2, 'intéressant*': 1, rapide: 1, facile: 1, clair: 1, claire: 1, fonctionne: 1,
    'mauvais*': -2, 'déçu*': -2, 'décevant*': -2, déception: -2, 'agaç*': -2, 'énerv*': -2, 'frustr*': -2,
    'cassé*': -2, honte: -2, triste: -2, naze: -2, galère: -2, 'ennuyeu*': -2, nul: -3, nulle: -3, horrible: -3,
    terrible: -3, pire: -3, arnaque: -3, inadmissible: -3, inacceptable: -3, 'scandal*': -3, inutile: -3,
    'catastroph*': -3, déteste: -3, 'lent*': -1, 'problème*': -1, 'bug*': -1, 'erreur*': -1, bof: -1,
  },
  complaints: [
    'ne marche pas', 'marche pas', 'ne fonctionne pas', 'fonctionne pas', 'remboursement', 'rembourser', 'arnaque',
    'inadmissible', 'toujours pas', 'toujours rien', 'aucune réponse', 'le pire', 'la pire', 'en panne',
    'pas terrible', 'honteux', 'c\'est une honte', 'déçu', 'déçue', 'jamais reçu', 'remboursez', 'cassé',
  ],
  thanks: [
    'merci', 'mercis', 'je vous remercie', 'je te remercie', 'remercie', 'remercier', 'remerciements', 'reconnaissant',
    'reconnaissante',
  ],
  notThanks: ['non merci', 'merci pour rien'],
  fillers: [
    'vraiment', 'toujours', 'jamais', 'aujourd\'hui', 'demain', 'hier', 'quelque', 'quelqu\'un', 'personne', 'chose',
    'choses', 'toutes', 'beaucoup', 'peut-être', 'maintenant', 'ensuite', 'parce', 'pourquoi', 'comment', 'encore',
    'déjà', 'fait', 'faire', 'peux', 'peut', 'veux', 'dois', 'pense', 'crois', 'gens', 'autre', 'autres', 'même',
    'celui', 'celle', 'partager', 'partagé', 'publication',
  ],
  celebrations: [
    'lancement', 'lancé', 'lancée', 'lançons', 'est en ligne', 'étape', 'anniversaire', 'fier', 'fière', 'fiers',
    'ravi d\'annoncer', 'ravie d\'annoncer', 'heureux d\'annoncer', 'heureuse d\'annoncer', 'félicitations', 'bravo',
    'merci à', 'un grand merci', 'célébrer', 'on fête', 'prix', 'nouveau poste',
  ],
  debateMarkers: [
    'avis impopulaire', 'opinion impopulaire', 'avis tranché', 'prouvez-moi le contraire', 'je me trompe',
    'vous êtes d\'accord', 'êtes-vous d\'accord', 'hot take',
  ],
  claims: [
    'je pense que', 'je crois que', 'à mon avis', 'selon moi', 'devrait', 'devraient', 'surcoté', 'surcotée',
    'est mort', 'personne ne', 'la seule', 'le seul', 'vaut plus',
  ],
};

export const LEXICONS: Readonly<Record<LexiconLanguage, Lexicon>> = { en, es, de, fr };

/**
 * Common words of neighbouring languages we have no templates for (Portuguese, Italian). They share
 * "de", "que", "para" with Spanish and French; counting them keeps such posts from being answered in
 * the wrong language.
 */
export const OTHER_LANGUAGE_WORDS: readonly string[] = [
  'não', 'você', 'uma', 'com', 'são', 'isso', 'muito', 'também', 'obrigado', 'obrigada', 'che', 'sono',
  'della', 'questo', 'grazie', 'anche', 'perché', 'molto', 'ciao', 'gli',
];

/** Emoji carry tone in short replies where there are few words to go on. */
export const EMOJI_SENTIMENT: Readonly<Record<string, number>> = {
  '😍': 3, '❤': 2, '🥰': 3, '👍': 2, '🙏': 2, '🎉': 2, '👏': 2, '🙌': 2, '😊': 2, '🙂': 1, '😀': 2, '💯': 2,
  '😡': -3, '😠': -3, '🤬': -3, '👎': -2, '💩': -3, '😤': -2, '😞': -2, '😢': -2, '😭': -2, '🙄': -2, '😒': -2,
};
