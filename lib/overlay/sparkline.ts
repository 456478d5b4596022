import type { Snapshot } from '../model/velocity';
import type { MetricKey } from '../sites/types';

const SVG = 'http://www.w3.org/2000/svg';

/** Points of one count over time, scaled into a width x height box (time on x, count on y). */
export function sparklinePoints(history: readonly Snapshot[], key: MetricKey, width: number, height: number): string {
  const points = history.filter((snapshot) => snapshot.metrics[key] !== undefined);
  if (points.length < 2) return '';
  const first = points[0]!.at;
  const span = Math.max(1, points[points.length - 1]!.at - first);
  const values = points.map((point) => point.metrics[key]!);
  const low = Math.min(...values);
  const range = Math.max(1, Math.max(...values) - low);
  return points
    .map((point, index) => {
      const x = ((point.at - first) / span) * width;
      const y = height - ((values[index]! - low) / range) * height;
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
}

/** A small chart of how replies and likes grew across the stored snapshots; hidden from screen readers (the text says it). */
export function sparkline(history: readonly Snapshot[], width = 280, height = 40): SVGSVGElement | undefined {
  const lines = (['replies', 'likes'] as const)
    .map((key) => ({ key, points: sparklinePoints(history, key, width, height - 4) }))
    .filter((line) => line.points);
  if (lines.length === 0) return undefined;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 -2 ${width} ${height}`);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('aria-hidden', 'true');
  for (const { key, points } of lines) {
    const line = document.createElementNS(SVG, 'polyline');
    line.setAttribute('points', points);
    line.setAttribute('class', `spark ${key}`);
    svg.append(line);
  }
  return svg;
}
