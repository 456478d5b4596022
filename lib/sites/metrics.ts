import { parseCount } from '../counts/parse';
import type { MetricKey, Metrics } from './types';

/**
 * Collects a post's counts from several places on the page, best source first:
 * an exact number is never replaced, and an abbreviated one only by an exact one.
 */
export class MetricsCollector {
  private readonly values: Metrics = {};
  private readonly approximate = new Set<MetricKey>();

  has(key: MetricKey): boolean {
    return this.values[key] !== undefined && !this.approximate.has(key);
  }

  set(key: MetricKey, value: number, exact: boolean): void {
    if (!Number.isSafeInteger(value) || value < 0) return;
    if (this.has(key)) return;
    if (!exact && this.values[key] !== undefined) return;
    this.values[key] = value;
    if (exact) this.approximate.delete(key);
    else this.approximate.add(key);
  }

  /** Parses a text ("1.2K", "17 Replies. Reply") and records its count, if it has one. */
  setFromText(key: MetricKey, text: string | null | undefined, { exactOnly = false } = {}): void {
    const parsed = parseCount(text);
    if (!parsed || (exactOnly && !parsed.exact)) return;
    this.set(key, parsed.value, parsed.exact);
  }

  get metrics(): Metrics {
    return { ...this.values };
  }

  get lowerBounds(): MetricKey[] {
    return [...this.approximate];
  }
}
