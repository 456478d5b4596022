/** Whether words thank someone (en, es, de, fr). */
export function isThanks(text: string): boolean {
  return /\b(thanks?|thank you|thx|ty|appreciate|gracias|agradezco|danke|merci|remercie)\b/i.test(text);
}
