/** A Chromium trace of one page, taken over CDP, and what the benchmark reads from it. */
import type { CDPSession } from '@playwright/test';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  /** µs */
  ts: number;
  /** µs, for complete ('X') events */
  dur?: number;
  /** µs of the thread's own CPU time, for complete events: unlike `dur`, not inflated while the thread waits for a core. */
  tdur?: number;
  args?: { data?: { url?: string; functionName?: string } };
}

const CATEGORIES = ['devtools.timeline', 'toplevel'];

export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const collect = (payload: { value: object[] }) => {
    for (const event of payload.value) events.push(event as TraceEvent);
  };
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReportEvents',
  });
  return async () => {
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
    return events;
  };
}

const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'v8.compile', 'v8.compileModule', 'V8.CompileCode']);
const LAYOUT_EVENTS = new Set(['Layout', 'UpdateLayoutTree']);

export interface LongTask {
  /** ms */
  duration: number;
  /** ms of extension script inside the task */
  extensionMs: number;
  /** ms of other script inside the task (the page's) */
  pageMs: number;
}

export interface TraceSummary {
  /** Script time on the page's main thread by script URL (ms), nested calls counted once. */
  scriptMsByUrl: Record<string, number>;
  extensionScriptMs: number;
  /** Tasks of 50 ms or more on the page's main thread. */
  longTasks: LongTask[];
  /** Layout / style recalculations forced synchronously inside extension script (layout reads). */
  forcedByExtension: { layouts: number; styleRecalcs: number };
  /** Forced inside the page's own script, for comparison. */
  forcedByPage: { layouts: number; styleRecalcs: number };
  /** Self time (ms) on the page's main thread by kind of work, inside tasks. */
  selfMsByKind: Record<WorkKind, number>;
  /** The same self time by trace event name (Paint, Layerize, Layout…): where a kind's time goes. */
  selfMsByEvent: Record<string, number>;
}

export const WORK_KINDS = ['extension script', 'page and unattributed script', 'style', 'layout', 'paint and composite', 'intersection observers', 'HTML parsing', 'GC', 'other'] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

const PAINT_EVENTS = new Set(['Paint', 'PrePaint', 'Layerize', 'UpdateLayer', 'Commit', 'PaintImage', 'CompositeLayers', 'UpdateLayerTree', 'Decode Image', 'ImageDecodeTask']);

function kindOf(name: string): Exclude<WorkKind, 'extension script' | 'page and unattributed script'> | 'script' {
  if (SCRIPT_EVENTS.has(name) || name === 'TimerFire' || name === 'FireAnimationFrame' || name === 'EventDispatch' || name === 'RunMicrotasks' || name.startsWith('V8.') || name === 'FireIdleCallback') return 'script';
  if (name === 'UpdateLayoutTree' || name === 'RecalculateStyles' || name === 'ScheduleStyleRecalculation') return 'style';
  if (name === 'Layout') return 'layout';
  if (PAINT_EVENTS.has(name)) return 'paint and composite';
  if (name.startsWith('IntersectionObserver')) return 'intersection observers';
  if (name === 'ParseHTML' || name === 'ParseAuthorStyleSheet') return 'HTML parsing';
  if (/GC|Garbage/i.test(name)) return 'GC';
  return 'other';
}

const isExtension = (url: string) => url.startsWith('chrome-extension://');

/** Reads the page's main thread (the renderer thread that ran the page's own script) out of a trace. */
export function summarizeTrace(events: TraceEvent[], pageUrl: string): TraceSummary {
  const pageScript = events.find((event) => event.name === 'FunctionCall' && event.args?.data?.url === pageUrl)
    ?? events.find((event) => event.name === 'EvaluateScript' && event.args?.data?.url === pageUrl);
  if (!pageScript) throw new Error(`no script of ${pageUrl} in the trace`);
  const thread = events
    .filter((event) => event.pid === pageScript.pid && event.tid === pageScript.tid && event.ph === 'X' && event.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);

  const scriptMsByUrl: Record<string, number> = {};
  const forcedByExtension = { layouts: 0, styleRecalcs: 0 };
  const forcedByPage = { layouts: 0, styleRecalcs: 0 };
  // Outermost script events only: a callback inside a callback is counted once, under the outer URL.
  const scripts: { start: number; end: number; url: string }[] = [];
  let openUntil = -1;
  for (const event of thread) {
    if (!SCRIPT_EVENTS.has(event.name)) continue;
    const url = event.args?.data?.url ?? '';
    if (event.ts < openUntil) continue;
    openUntil = event.ts + event.dur!;
    scripts.push({ start: event.ts, end: openUntil, url });
    scriptMsByUrl[url || '(unknown)'] = (scriptMsByUrl[url || '(unknown)'] ?? 0) + (event.tdur ?? event.dur!) / 1000;
  }
  // Layout inside a script event is a synchronous (forced) layout: a layout read after a write.
  let index = 0;
  for (const event of thread) {
    if (!LAYOUT_EVENTS.has(event.name)) continue;
    while (index < scripts.length && scripts[index]!.end <= event.ts) index += 1;
    const script = scripts[index];
    if (!script || script.start > event.ts) continue;
    const target = isExtension(script.url) ? forcedByExtension : forcedByPage;
    if (event.name === 'Layout') target.layouts += 1;
    else target.styleRecalcs += 1;
  }

  const longTasks: LongTask[] = [];
  let cursor = 0;
  for (const task of thread) {
    if (task.name !== 'RunTask' || task.dur! < 50_000) continue;
    const end = task.ts + task.dur!;
    while (cursor < scripts.length && scripts[cursor]!.end <= task.ts) cursor += 1;
    let extensionMs = 0;
    let pageMs = 0;
    for (let at = cursor; at < scripts.length && scripts[at]!.start < end; at += 1) {
      const script = scripts[at]!;
      const ms = (Math.min(script.end, end) - Math.max(script.start, task.ts)) / 1000;
      if (isExtension(script.url)) extensionMs += ms;
      else pageMs += ms;
    }
    longTasks.push({ duration: task.dur! / 1000, extensionMs, pageMs });
  }
  // Self time by kind: each complete event's thread time minus its children's, on the thread's nesting stack.
  // Script self time (and what script forces, such as layout, stays with its own kind) goes to the
  // extension or the page by the URL of the outermost script event around it.
  const selfMsByKind = Object.fromEntries(WORK_KINDS.map((kind) => [kind, 0])) as Record<WorkKind, number>;
  const selfMsByEvent: Record<string, number> = {};
  const stack: { end: number; self: number; kind: WorkKind; name: string }[] = [];
  const close = (until: number) => {
    while (stack.length > 0 && stack[stack.length - 1]!.end <= until) {
      const done = stack.pop()!;
      selfMsByKind[done.kind] += done.self / 1000;
      selfMsByEvent[done.name] = (selfMsByEvent[done.name] ?? 0) + done.self / 1000;
    }
  };
  let scriptIndex = 0;
  for (const event of thread) {
    close(event.ts);
    const cpu = event.tdur ?? event.dur!;
    const parent = stack[stack.length - 1];
    if (parent) parent.self -= cpu;
    const kind = kindOf(event.name);
    let resolved: WorkKind;
    if (kind === 'script') {
      while (scriptIndex < scripts.length && scripts[scriptIndex]!.end <= event.ts) scriptIndex += 1;
      const outer = scripts[scriptIndex];
      resolved = outer && outer.start <= event.ts && isExtension(outer.url) ? 'extension script' : 'page and unattributed script';
    } else {
      resolved = kind;
    }
    stack.push({ end: event.ts + event.dur!, self: cpu, kind: resolved, name: event.name });
  }
  close(Number.POSITIVE_INFINITY);

  const extensionScriptMs = Object.entries(scriptMsByUrl)
    .filter(([url]) => isExtension(url))
    .reduce((sum, [, ms]) => sum + ms, 0);
  return { scriptMsByUrl, extensionScriptMs, longTasks, forcedByExtension, forcedByPage, selfMsByKind, selfMsByEvent };
}

/** A long task the extension caused: without the extension's script in it, it would not have been long. */
export const causedByExtension = (task: LongTask) => task.extensionMs > 0 && task.duration - task.extensionMs < 50;
