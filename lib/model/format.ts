/**
 * For fractions: toLocaleString would build a new formatter on every call, which is slow per post. Built on first
 * use, not at load: the first Intl formatter of a page loads ICU's locale data (about 30 ms of CPU on every page
 * load the content script starts on, on the benchmark machine, for a formatter that only the panel's rates need).
 */
let fractions: Intl.NumberFormat | undefined;

/**
 * 11716 -> "11,716", 2.5 -> "2.5". Whole numbers, which is what badges show for every post, are grouped by
 * hand: even a cached Intl formatter costs several microseconds a call, and a badge names six counts.
 */
export function formatNumber(value: number): string {
  if (!Number.isSafeInteger(value)) return (fractions ??= new Intl.NumberFormat('en')).format(value);
  const digits = String(Math.abs(value));
  const head = digits.length % 3 || 3;
  let grouped = digits.slice(0, head);
  for (let at = head; at < digits.length; at += 3) grouped += `,${digits.slice(at, at + 3)}`;
  return value < 0 ? `-${grouped}` : grouped;
}
