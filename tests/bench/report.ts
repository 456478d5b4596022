/** Figures, budget checks and the Markdown report of a benchmark run. */
import type { EntrypointSize } from './bundle';
import type { FeedPair, FeedRun } from './feed-bench';
import { FLOOR_KINDS, type FloorKind } from './floor';
import type { PopupOpen, PopupResult } from './popup';
import type { RelayoutFigures } from './relayout';
import { causedByExtension, WORK_KINDS, type WorkKind } from './trace';

export interface Environment {
  command: string;
  date: string;
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  chromium: string;
  node: string;
  commit: string;
  durationS: number;
  /** One-minute load average at the start and end of the run. */
  load: string;
  posts: number;
  rounds: number;
  /** Which floor the run measured beside FeedCoach (tests/bench/floor.ts), if any. */
  floor?: FloorKind;
}

export type Status = 'holds' | 'missed' | 'missed widely';

export interface BudgetCheck {
  budget: string;
  measured: string;
  status: Status;
  /** Whether bench:ci fails on this budget (issue 21: the script per post, the start-up and the popup); the others are reported. */
  gated: boolean;
  /** How far over the budget counts as a wide miss. */
  wideFactor: number;
  /** A gated budget exceeded by the wide margin that fails CI. */
  wide: boolean;
}

const quantile = (values: number[], q: number) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};
const median = (values: number[]) => quantile(values, 0.5);
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const ms = (value: number, digits = 0) => (Number.isFinite(value) ? `${value.toFixed(digits)} ms` : 'n/a');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export interface SiteFigures {
  site: string;
  posts: number;
  withRuns: FeedRun[];
  withoutRuns: FeedRun[];
  /** Added main-thread time per post (ms): TaskDuration with minus without, over the posts. */
  addedPerPost: number;
  /** The same for each pair of runs (one with, one without, back to back): their spread is the machine's noise. */
  addedPerPair: number[];
  taskRatio: number;
  scriptRatio: number;
  /** The extension's own script time per post, from the trace (ms). */
  extensionScriptPerPost: number;
  /** The same for each run with the extension. */
  extensionScriptPerRun: number[];
  /** The content script's start on each page load (ms): evaluating and compiling it, with minus without. */
  startupMs: number;
  /** The same for each pair of runs. */
  startupPerPair: number[];
  layoutsWith: number;
  layoutsWithout: number;
  stylesWith: number;
  stylesWithout: number;
  longTasksWith: number;
  longTasksWithout: number;
  causedByExtension: number;
  worstExtensionTaskMs: number;
  forcedLayoutsByExtension: number;
  heapWithMb: number;
  heapWithoutMb: number;
  nodesWith: number;
  nodesWithout: number;
  badgeLag: number[];
  firstScreenLag: number[];
  unbadged: number;
  transactions: number;
  storageWindowS: number;
  /** Transactions per second between the first and the last of a run (averaged over runs). */
  transactionRate: number;
  /** Most readwrite transactions in any one-second window (with 50 ms of timer slack). */
  maxTransactionsPerSecond: number;
  extensionRequests: number;
  overlayStyleElements: number;
  /** Transactions per run by the object stores they wrote. */
  transactionKinds: Record<string, number>;
  /** Trace self time per post by kind of work, with minus without (ms). */
  addedByKind: Record<WorkKind, number>;
  /** The floor (tests/bench/floor.ts), when the run measured it: the same figures for its stripped extension. */
  floor?: {
    addedPerPost: number;
    addedPerRun: number[];
    scriptPerPost: number;
    startupMs: number;
    addedByKind: Record<WorkKind, number>;
  };
}

const avg = (runs: FeedRun[], pick: (run: FeedRun) => number) => mean(runs.map(pick));
/** Evaluating and compiling scripts at load (the page's own in both runs, the content script's only with it). */
const startupOf = (run: FeedRun) => (run.trace.selfMsByEvent['EvaluateScript'] ?? 0) + (run.trace.selfMsByEvent['v8.compile'] ?? 0);

function maxInWindow(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let start = 0, end = 0; end < sorted.length; end += 1) {
    while (sorted[end]! - sorted[start]! >= windowMs) start += 1;
    best = Math.max(best, end - start + 1);
  }
  return best;
}

export function siteFigures(pair: FeedPair): SiteFigures {
  const withRuns = pair.runs.filter((run) => run.withExtension && !run.floor);
  const withoutRuns = pair.runs.filter((run) => !run.withExtension);
  const floorRuns = pair.runs.filter((run) => run.floor);
  const posts = withRuns[0]!.posts;
  const task = (runs: FeedRun[]) => avg(runs, (run) => run.metrics.TaskDuration);
  const script = (runs: FeedRun[]) => avg(runs, (run) => run.metrics.ScriptDuration);
  const byKind = (runs: FeedRun[]) =>
    Object.fromEntries(
      WORK_KINDS.map((kind) => [kind, (avg(runs, (run) => run.trace.selfMsByKind[kind]) - avg(withoutRuns, (run) => run.trace.selfMsByKind[kind])) / posts]),
    ) as Record<WorkKind, number>;
  const longWith = withRuns.flatMap((run) => run.trace.longTasks);
  const transactions = withRuns.flatMap((run) => run.transactions ?? []);
  return {
    site: pair.site,
    posts,
    withRuns,
    withoutRuns,
    addedPerPost: (task(withRuns) - task(withoutRuns)) / posts,
    addedPerPair: withRuns.flatMap((run, index) => {
      const other = withoutRuns[index];
      return other ? [(run.metrics.TaskDuration - other.metrics.TaskDuration) / posts] : [];
    }),
    taskRatio: task(withRuns) / task(withoutRuns),
    scriptRatio: script(withRuns) / script(withoutRuns),
    extensionScriptPerPost: avg(withRuns, (run) => run.trace.extensionScriptMs) / posts,
    extensionScriptPerRun: withRuns.map((run) => run.trace.extensionScriptMs / posts),
    startupMs: avg(withRuns, startupOf) - avg(withoutRuns, startupOf),
    startupPerPair: withRuns.flatMap((run, index) => {
      const other = withoutRuns[index];
      return other ? [startupOf(run) - startupOf(other)] : [];
    }),
    layoutsWith: avg(withRuns, (run) => run.metrics.LayoutCount),
    layoutsWithout: avg(withoutRuns, (run) => run.metrics.LayoutCount),
    stylesWith: avg(withRuns, (run) => run.metrics.RecalcStyleCount),
    stylesWithout: avg(withoutRuns, (run) => run.metrics.RecalcStyleCount),
    longTasksWith: longWith.length / withRuns.length,
    longTasksWithout: withoutRuns.flatMap((run) => run.trace.longTasks).length / withoutRuns.length,
    causedByExtension: longWith.filter(causedByExtension).length,
    worstExtensionTaskMs: Math.max(0, ...longWith.filter(causedByExtension).map((long) => long.duration)),
    forcedLayoutsByExtension: avg(withRuns, (run) => run.trace.forcedByExtension.layouts + run.trace.forcedByExtension.styleRecalcs),
    heapWithMb: avg(withRuns, (run) => run.heapAfterMb),
    heapWithoutMb: avg(withoutRuns, (run) => run.heapAfterMb),
    nodesWith: avg(withRuns, (run) => run.nodesAfter),
    nodesWithout: avg(withoutRuns, (run) => run.nodesAfter),
    badgeLag: withRuns.flatMap((run) => run.badgeLagMs),
    firstScreenLag: withRuns.flatMap((run) => run.firstScreenLagMs),
    unbadged: withRuns.reduce((sum, run) => sum + run.unbadged, 0),
    transactions: transactions.length / withRuns.length,
    storageWindowS: avg(withRuns, (run) => run.storageWindowMs) / 1000,
    maxTransactionsPerSecond: Math.max(0, ...withRuns.map((run) => maxInWindow(run.transactions ?? [], 950))),
    transactionRate: avg(withRuns, (run) => {
      const times = run.transactions ?? [];
      return times.length < 2 ? times.length : ((times.length - 1) / (Math.max(...times) - Math.min(...times))) * 1000;
    }),
    extensionRequests: avg(withRuns, (run) => run.extensionRequests),
    overlayStyleElements: Math.max(0, ...withRuns.map((run) => run.overlayStyleElements)),
    addedByKind: byKind(withRuns),
    ...(floorRuns.length > 0 && {
      floor: {
        addedPerPost: (task(floorRuns) - task(withoutRuns)) / posts,
        addedPerRun: floorRuns.map((run) => (run.metrics.TaskDuration - task(withoutRuns)) / posts),
        scriptPerPost: avg(floorRuns, (run) => run.trace.extensionScriptMs) / posts,
        startupMs: avg(floorRuns, startupOf) - avg(withoutRuns, startupOf),
        addedByKind: byKind(floorRuns),
      },
    }),
    transactionKinds: withRuns
      .flatMap((run) => run.transactionStores ?? [])
      .reduce<Record<string, number>>((kinds, stores) => ({ ...kinds, [stores]: (kinds[stores] ?? 0) + 1 / withRuns.length }), {}),
  };
}

export interface BenchResult {
  env: Environment;
  sites: SiteFigures[];
  popup?: PopupResult;
  bundle: EntrypointSize[];
  relayout?: RelayoutFigures[];
}

function check(budget: string, measured: string, value: number, limit: number, factor: number, gated = false): BudgetCheck {
  const status: Status = value <= limit ? 'holds' : value <= limit * factor ? 'missed' : 'missed widely';
  return { budget, measured, status, gated, wideFactor: factor, wide: gated && status === 'missed widely' };
}

/** docs/design.md's budgets (issue 21), per post while a feed scrolls and per page load. */
export const SCRIPT_PER_POST_BUDGET_MS = 0.15;
export const OVER_FLOOR_BUDGET_MS = 0.15;
export const STARTUP_BUDGET_MS = 20;
/**
 * bench:ci fails on the script per post or the start-up only when a site is over the budget by more than this in
 * every one of its pairs of runs: one pair can land far off on a busy machine; what the gates guard against (a React
 * root per badge, every adapter or a heavy library loaded on every page) costs more in every pair.
 */
export const GATE_FACTOR = 2;

/**
 * The factor each gate fails at: issue 21's GATE_FACTOR, unless a run sets another for the script per post
 * (`--script-gate-factor`, e.g. to see how far over a change is).
 */
export const gateFactors: Record<'script per post' | 'start-up', number> = { 'script per post': GATE_FACTOR, 'start-up': GATE_FACTOR };

/** The per-site figures bench:ci gates on, each with its value in every pair of runs. */
const GATES = [
  { name: 'script per post', limit: SCRIPT_PER_POST_BUDGET_MS, mean: (site: SiteFigures) => site.extensionScriptPerPost, pairs: (site: SiteFigures) => site.extensionScriptPerRun },
  { name: 'start-up', limit: STARTUP_BUDGET_MS, mean: (site: SiteFigures) => site.startupMs, pairs: (site: SiteFigures) => site.startupPerPair },
] as const;

const overInEveryPair = (values: number[], gate: (typeof GATES)[number]) => values.length > 0 && values.every((value) => value > gate.limit * gateFactors[gate.name]);

/** The gates a site misses by more than its factor in every pair of runs it has so far. */
export function widelyMissedGates(site: SiteFigures): string[] {
  return GATES.filter((gate) => overInEveryPair(gate.pairs(site), gate)).map((gate) => gate.name);
}

function gatedCheck(budget: string, sites: SiteFigures[], gate: (typeof GATES)[number], digits: number, unit: string): BudgetCheck {
  const worst = sites.reduce((a, b) => (gate.mean(b) > gate.mean(a) ? b : a));
  const wide = sites.filter((site) => overInEveryPair(gate.pairs(site), gate));
  const status: Status = gate.mean(worst) <= gate.limit ? 'holds' : wide.length > 0 ? 'missed widely' : 'missed';
  const measured =
    `${mean(sites.map(gate.mean)).toFixed(digits)} ${unit} over all sites; worst ${worst.site} ${gate.mean(worst).toFixed(digits)} ${unit} ` +
    `(its pairs: ${gate.pairs(worst).map((value) => value.toFixed(digits)).join(', ')})` +
    (wide.length > 0 ? `; over ${gateFactors[gate.name]}x in every pair: ${wide.map((site) => site.site).join(', ')}` : '');
  return { budget, measured, status, gated: true, wideFactor: gateFactors[gate.name], wide: wide.length > 0 };
}

/** design.md's budgets against this run; `factor` is how far over a reported budget, or the popup's, counts as "widely". */
export function checkBudgets(result: BenchResult, factor: number): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const { sites, popup, bundle } = result;
  if (sites.length > 0) {
    checks.push(
      gatedCheck("The extension's own script per post while the feed scrolls (trace self time): at most 0.15 ms (goal 0.05)", sites, GATES[0], 3, 'ms/post'),
      gatedCheck('Start-up per page load (evaluating and compiling the content script, with minus without): at most 20 ms (goal 10)', sites, GATES[1], 0, 'ms'),
    );
    if (result.env.floor && sites.every((site) => site.floor)) {
      const over = (site: SiteFigures) => site.addedPerPost - site.floor!.addedPerPost;
      const worst = sites.reduce((a, b) => (over(b) > over(a) ? b : a));
      checks.push(
        check(
          'FeedCoach over the floor: at most 0.15 ms per post (goal 0.05)',
          `${mean(sites.map(over)).toFixed(3)} ms/post over all sites; worst ${worst.site} ${over(worst).toFixed(3)} ms/post; ` +
            `added in all: ${mean(sites.map((site) => site.addedPerPost)).toFixed(3)} ms/post, of which the floor (${FLOOR_KINDS[result.env.floor].briefly}): ${mean(sites.map((site) => site.floor!.addedPerPost)).toFixed(3)} ms/post`,
          over(worst),
          OVER_FLOOR_BUDGET_MS,
          factor,
        ),
      );
    }
    const caused = sites.reduce((sum, site) => sum + site.causedByExtension, 0);
    const worstTask = Math.max(0, ...sites.map((site) => site.worstExtensionTaskMs));
    checks.push(check('No main-thread task of 50 ms or more caused by the extension', `${caused} such tasks${caused > 0 ? `, longest ${ms(worstTask)}` : ''}`, worstTask, 49.999, factor));
    const forced = Math.max(...sites.map((site) => site.forcedLayoutsByExtension / site.posts));
    checks.push(
      check(
        'The watcher does no layout reads (forced layouts / style recalculations inside extension script)',
        sites.map((site) => `${site.site} ${site.forcedLayoutsByExtension.toFixed(0)}`).join(', '),
        // Widely: one forced layout for every 10 posts.
        forced === 0 ? 0 : 1 + forced * 10 * (factor - 1),
        0,
        factor,
      ),
    );
    const styles = Math.max(...sites.map((site) => site.overlayStyleElements));
    const requests = Math.max(...sites.map((site) => site.extensionRequests));
    checks.push(
      check(
        'Per-post badges stay light (no style element or CSS fetch per post)',
        `${styles} style elements in overlays, ${requests.toFixed(0)} extension resource fetches per page`,
        Math.max(styles, requests) / Math.max(1, sites[0]!.posts / 10),
        0.1,
        factor,
      ),
    );
    const rate = Math.max(...sites.map((site) => site.transactionRate));
    const burst = Math.max(...sites.map((site) => site.maxTransactionsPerSecond));
    checks.push(
      check(
        'Storage: at most one write transaction per second per tab while scrolling',
        `at most ${burst} in any one-second window; ${rate.toFixed(2)} per second at most (site average); written: ${[
          ...new Set(sites.flatMap((site) => Object.keys(site.transactionKinds))),
        ].join(', ')}`,
        burst,
        1,
        factor,
      ),
    );
  }
  const content = bundle.filter((entry) => entry.kind === 'content script');
  if (content.length > 0) {
    // A page loads one site's script (and the lazy chunks it may load): the largest of them is what a page can cost.
    const largest = content.reduce((a, b) => (b.bytes + b.lazyBytes > a.bytes + a.lazyBytes ? b : a));
    const bytes = largest.bytes + largest.lazyBytes;
    const mixed = content.filter((entry) => entry.sites.length !== 1);
    checks.push(
      check(
        "Content script: at most 250 KB minified in all, and a page loads only what its own site needs",
        `largest ${largest.name}: ${kb(bytes)}; ${content.length} scripts, ` +
          (mixed.length === 0 ? "each with one site's adapter" : `with several sites' adapters: ${mixed.map((entry) => `${entry.name} (${entry.sites.join(', ')})`).join('; ')}`),
        // Several sites' adapters in one script is missed widely, whatever its size.
        mixed.length > 0 ? Infinity : bytes / 1024,
        250,
        factor,
      ),
    );
  }
  if (popup) {
    const heavy = median(popup.heavy.map((open) => open.figuresMs));
    checks.push(
      check(
        `Popup: first figures within 150 ms with a year of heavy history (${popup.plan.snapshots.toLocaleString('en')} snapshot rows)`,
        `median ${ms(heavy)} (p95 ${ms(quantile(popup.heavy.map((open) => open.figuresMs), 0.95))}); first open after a browser start ${ms(popup.heavyCold.figuresMs)}`,
        heavy,
        150,
        factor,
        true,
      ),
    );
  }
  return checks;
}

const table = (head: string[], rows: (string | number)[][]) =>
  [`| ${head.join(' | ')} |`, `|${head.map((cell, index) => (index === 0 ? '---' : '---:')).join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');

const opens = (list: PopupOpen[]) => list.map((open) => open.figuresMs);
const phases = (list: PopupOpen[]) =>
  [list.map((open) => open.domContentLoadedMs ?? NaN), list.map((open) => open.firstRenderMs ?? NaN), list.map((open) => open.figuresMs - (open.firstRenderMs ?? NaN))]
    .map((values, index) => `${index === 2 ? '+' : ''}${ms(median(values))}`)
    .join(' / ');

function floorSection(sites: SiteFigures[], kind: FloorKind): string[] {
  const floorOf = (site: SiteFigures) => site.floor!;
  const overall = (pick: (site: SiteFigures) => number) => mean(sites.map(pick)).toFixed(3);
  return [
    `## The floor: ${FLOOR_KINDS[kind].title}`,
    '',
    `A third browser ran the same feeds, taking turns with the other two, with a copy of the extension whose content script ${FLOOR_KINDS[kind].content} ` +
      `(\`--floor ${kind}\`, tests/bench/floor.ts). What it adds is what that much of FeedCoach costs on this machine; FeedCoach over the floor is what the rest of it adds.`,
    '',
    table(
      ['Site', 'FeedCoach: added per post', 'The floor: added per post', 'Each floor run', 'FeedCoach over the floor', "The floor's script per post (trace)", "The floor's start-up", 'The floor: layout / paint per post'],
      [
        ...sites.map((site) => [
          site.site,
          ms(site.addedPerPost, 3),
          ms(floorOf(site).addedPerPost, 3),
          floorOf(site).addedPerRun.map((added) => added.toFixed(2)).join(', '),
          ms(site.addedPerPost - floorOf(site).addedPerPost, 3),
          ms(floorOf(site).scriptPerPost, 3),
          ms(floorOf(site).startupMs),
          `${floorOf(site).addedByKind.layout.toFixed(3)} / ${floorOf(site).addedByKind['paint and composite'].toFixed(3)}`,
        ]),
        [
          '**mean**',
          `${overall((site) => site.addedPerPost)} ms`,
          `${overall((site) => floorOf(site).addedPerPost)} ms`,
          '',
          `${overall((site) => site.addedPerPost - floorOf(site).addedPerPost)} ms`,
          `${overall((site) => floorOf(site).scriptPerPost)} ms`,
          '',
          `${overall((site) => floorOf(site).addedByKind.layout)} / ${overall((site) => floorOf(site).addedByKind['paint and composite'])}`,
        ],
      ],
    ),
    '',
    'Each floor run: its added time per post against the mean of the runs without the extension.',
    '',
  ];
}

export function renderReport(result: BenchResult, checks: BudgetCheck[], factor: number): string {
  const { env, sites, popup, bundle, relayout } = result;
  const lines: string[] = [];
  const push = (...text: string[]) => lines.push(...text);
  push(
    '# FeedCoach benchmarks',
    '',
    `Generated by \`${env.command}\` (tests/bench/run.ts) on ${env.date}, at commit ${env.commit}. The whole run took ${(env.durationS / 60).toFixed(1)} minutes.`,
    '',
    `Machine: ${env.cpu}, ${env.cores} cores, ${env.memoryGb.toFixed(0)} GB RAM, ${env.os}; ${env.chromium} (headless), Node ${env.node}. ` +
      `Load average ${env.load}.`,
    '',
    'Figures are measured against the same page without the extension, in the same run, in the same Chromium:',
    'the ratios and differences are what count; the absolute times are this machine\'s.',
    '',
    '## Budgets (docs/design.md)',
    '',
    table(
      ['Budget', 'Measured', 'Status', 'bench:ci'],
      checks.map((entry) => [
        entry.budget,
        entry.measured,
        entry.status === 'holds' ? 'holds' : entry.status === 'missed' ? '**missed**' : `**missed by more than ${entry.wideFactor}x**`,
        entry.gated ? 'fails on a wide miss' : 'reported',
      ]),
    ),
    '',
    `bench:ci fails only on a wide miss of a gated budget: the script per post over ${gateFactors['script per post']}x or the start-up over ${gateFactors['start-up']}x its budget in every pair of runs of a site, or the popup over ${factor}x.`,
    '',
  );

  if (sites.length > 0) {
    const withFloor = Boolean(env.floor) && sites.every((site) => site.floor);
    push(
      '## Content-script overhead',
      '',
      `A feed of ${env.posts.toLocaleString('en')} posts per site, in the site's real markup, scrolled from top to end ` +
        `(${env.rounds} run${env.rounds > 1 ? 's' : ''} with and ${env.rounds} without the extension per site${sites.every((site) => site.floor) ? ', and as many with the floor' : ''}, taking turns).`,
      '',
      "The three figures design.md budgets, per site, with the floor beside them when the run measured it (`--floor`):",
      '',
      table(
        [
          'Site',
          "Extension's own script per post (trace; each run)",
          ...(withFloor ? ["The floor's script per post"] : []),
          ...(withFloor ? ['FeedCoach over the floor per post', 'The floor: added per post'] : []),
          'Start-up per page load (each pair)',
          ...(withFloor ? ["The floor's start-up"] : []),
        ],
        sites.map((site) => [
          site.site,
          `${ms(site.extensionScriptPerPost, 3)} (${site.extensionScriptPerRun.map((value) => value.toFixed(3)).join(', ')})`,
          ...(withFloor ? [ms(site.floor!.scriptPerPost, 3)] : []),
          ...(withFloor ? [ms(site.addedPerPost - site.floor!.addedPerPost, 3), ms(site.floor!.addedPerPost, 3)] : []),
          `${ms(site.startupMs)} (${site.startupPerPair.map((value) => value.toFixed(0)).join(', ')})`,
          ...(withFloor ? [ms(site.floor!.startupMs)] : []),
        ]),
      ),
      '',
      table(
        ['Site', 'Added main-thread time per post', 'Each pair of runs', 'Main-thread time, with / without', 'Script time, with / without', 'Extension script per post (trace)', 'Script start-up per page load', 'Layouts with / without', 'Style recalcs with / without'],
        sites.map((site) => [
          site.site,
          ms(site.addedPerPost, 3),
          site.addedPerPair.map((added) => added.toFixed(2)).join(', '),
          `${site.taskRatio.toFixed(2)}x`,
          `${site.scriptRatio.toFixed(2)}x`,
          ms(site.extensionScriptPerPost, 3),
          ms(site.startupMs),
          `${site.layoutsWith.toFixed(0)} / ${site.layoutsWithout.toFixed(0)}`,
          `${site.stylesWith.toFixed(0)} / ${site.stylesWithout.toFixed(0)}`,
        ]),
      ),
      '',
      'Each pair of runs: the added time per post of one run with and one without the extension, back to back; how far',
      'they differ is how far this machine moves between runs of the same code.',
      'Script start-up: evaluating and compiling the content script when the page loads (trace self time of EvaluateScript',
      'and v8.compile, with minus without), paid once per page and counted in the added time per post.',
      '',
      table(
        ['Site', 'Long tasks with / without', 'Caused by the extension', 'Forced layouts in extension code', 'JS heap after the posts left, with / without', 'DOM nodes after, with / without'],
        sites.map((site) => [
          site.site,
          `${site.longTasksWith.toFixed(0)} / ${site.longTasksWithout.toFixed(0)}`,
          site.causedByExtension > 0 ? `${site.causedByExtension} (longest ${ms(site.worstExtensionTaskMs)})` : '0',
          site.forcedLayoutsByExtension.toFixed(0),
          `${site.heapWithMb.toFixed(2)} / ${site.heapWithoutMb.toFixed(2)} MB (+${(site.heapWithMb - site.heapWithoutMb).toFixed(2)} MB)`,
          `${site.nodesWith.toFixed(0)} / ${site.nodesWithout.toFixed(0)}`,
        ]),
      ),
      '',
      'Where the added time goes: self time on the page\'s main thread in the trace (thread CPU time, so time spent',
      'waiting for a core does not count), by kind of work, with minus without, per post (ms). Layout and style forced',
      'inside script count as layout and style. Promise continuations carry no script URL in the trace, so the',
      'extension\'s async work lands in "page and unattributed script"; HTML parsing is the same work in both runs, so',
      'its column shows how far a single run\'s figures move by chance.',
      '',
      table(
        ['Site', ...WORK_KINDS],
        sites.map((site) => [site.site, ...WORK_KINDS.map((kind) => site.addedByKind[kind].toFixed(3))]),
      ),
      '',
      ...(env.floor && sites.every((site) => site.floor) ? floorSection(sites, env.floor) : []),
      ...(relayout && relayout.length > 0 ? relayoutSection(relayout) : []),
      '## Time from a post appearing to its badge',
      '',
      'From the frame in which a post first intersects the viewport to the moment its overlay host is in the DOM',
      '(it is painted in that same frame). Negative: the badge was there before the post scrolled into view',
      '(the watcher badges a post as soon as the site adds it, usually well below the viewport); the median and p95 count those as 0.',
      '',
      table(
        ['Site', 'Median', 'p95', 'Badged before visible', 'First screen (includes the content script\'s start), worst', 'Posts never badged'],
        sites.map((site) => {
          const clamped = site.badgeLag.map((lag) => Math.max(0, lag));
          const ahead = site.badgeLag.filter((lag) => lag <= 0).length / Math.max(1, site.badgeLag.length);
          return [site.site, ms(median(clamped), 1), ms(quantile(clamped, 0.95), 1), `${(ahead * 100).toFixed(0)}%`, ms(Math.max(...site.firstScreenLag), 0), site.unbadged];
        }),
      ),
      '',
      '## Storage',
      '',
      table(
        ['Site', 'Readwrite transactions while scrolling', 'Per second (first to last)', 'Most in any one second', 'By object stores written'],
        sites.map((site) => [
          site.site,
          `${site.transactions.toFixed(0)} in ${site.storageWindowS.toFixed(1)} s`,
          site.transactionRate.toFixed(2),
          site.maxTransactionsPerSecond,
          Object.entries(site.transactionKinds)
            .sort((a, b) => b[1] - a[1])
            .map(([stores, count]) => `${stores}: ${count.toFixed(0)}`)
            .join('; '),
        ]),
      ),
      '',
    );
  }
  if (popup) {
    const seed = popup.seed;
    push(
      ...(sites.length === 0 ? ['## Storage', ''] : []),
      `Bulk writes: raw IndexedDB in the extension origin, ${popup.rawWrite.rows.toLocaleString('en')} snapshot rows in transactions of ${popup.rawWrite.transactionRows.toLocaleString('en')}: ` +
        `**${Math.round(popup.rawWrite.rowsPerSecond).toLocaleString('en')} rows/s**. Through the product's own path (posts-seen messages of 500 readings, ` +
        `validated and ingested by the background service worker, one transaction each): **${Math.round(popup.ingest.postsPerSecond).toLocaleString('en')} posts/s** ` +
        `(${popup.ingest.transactionsPerSecond.toFixed(1)} transactions/s).`,
      '',
      '## Popup',
      '',
      'Time from navigation to popup.html until the headline figures (thanks-sent, replies-given, thanks-owed) hold numbers.',
      '',
      table(
        ['Database', 'First open', 'Median', 'p95', 'Opens', 'Median: DOMContentLoaded / first content / figures after it'],
        [
          ['empty', ms(popup.emptyFirst.figuresMs), ms(median(opens(popup.empty))), ms(quantile(opens(popup.empty), 0.95)), popup.empty.length, phases(popup.empty)],
          ['a year of heavy history', ms(popup.heavyCold.figuresMs), ms(median(opens(popup.heavy))), ms(quantile(opens(popup.heavy), 0.95)), popup.heavy.length, phases(popup.heavy)],
        ],
      ),
      '',
      '"First open" is the first after a browser start (cold caches); the median is over later opens, a second apart.',
      'The last column splits an open: the popup\'s first script has run by DOMContentLoaded; "first content" is when',
      'anything first appears in the popup (the headline figures, drawn before React loads, or React\'s loading state',
      'when the database is slower than React); the last figure is the median time from that content to the figures.',
      '',
      `Heavy history: ${Object.entries(seed.written).map(([table, rows]) => `${rows.toLocaleString('en')} ${table}`).join(', ')} rows` +
        (seed.missingTables.length > 0 ? ` (the schema has no ${seed.missingTables.join(', ')} table yet: not seeded)` : '') +
        `, written with raw IndexedDB in ${(seed.ms / 1000).toFixed(0)} s (${Math.round(seed.rowsPerSecond).toLocaleString('en')} rows/s)` +
        (popup.seedReused && popup.seededAt ? `; the seeded profile was reused from bench-output/cache (seeded ${new Date(popup.seededAt).toISOString().slice(0, 16)}Z)` : '') +
        '.',
      '',
    );
  }
  push(
    '## Bundle sizes',
    '',
    table(
      ['Entrypoint', 'Minified', 'gzip', 'Lazy chunks', 'Files'],
      bundle.map((entry) => [entry.name, kb(entry.bytes), kb(entry.gzip), entry.lazyBytes > 0 ? kb(entry.lazyBytes) : '-', entry.files.map((file) => `${file.path}${file.lazy ? ' (lazy)' : ''}`).join(', ')]),
    ),
    '',
    METHOD,
  );
  return lines.join('\n');
}

function relayoutSection(relayout: RelayoutFigures[]): string[] {
  return [
    'What a badge costs the layout, measured apart from the scroll (tests/bench/relayout.ts): copies of the feed\'s',
    `badged posts, inserted and laid out by forced layouts in one task, ${relayout[0]!.rounds} times; microseconds per post.`,
    'Sites measure the posts they insert before the extension\'s observer runs, as the bench page does, so a badge',
    'arrives in a post that is already laid out and the post is laid out again: the relayout column is what the',
    'sites pay. The badge present at the first layout costs only the difference of the first two columns.',
    '',
    table(
      ['Site', 'First layout of a post, no badge', 'First layout with its badge in it', 'Relayout after the badge is inserted'],
      relayout.map((site) => [site.site, `${site.firstLayoutUs.toFixed(0)} µs`, `${site.withBadgeFirstLayoutUs.toFixed(0)} µs`, `${site.relayoutUs.toFixed(0)} µs`]),
    ),
    '',
  ];
}

const METHOD = `## Method

- **Feeds.** tests/bench/feeds.ts takes each site's demo feed (tests/support/feeds, the sites' real markup) and
  serves a page that repeats its posts with unique ids (same length and alphabet as the site's ids) up to the
  wanted count. The page's own script acts as the site: it appends posts in chunks of 5 when the end of the feed
  comes within two viewports, and drops posts more than three viewports above, keeping their height in a spacer
  (virtualized, like X or Bluesky). The page is served at the site's real URL through request interception.
- **With and without.** Two headless Chromium profiles run side by side, one with the built extension and one
  without; each site is measured in both, alternating which goes first. Every run opens a fresh tab, waits 1 s
  after load, scrolls 0.8 viewport every two animation frames (about 20,000 px/s) to the end, waits 1.5 s, then
  removes every post, collects garbage twice and reads the heap.
- **Main-thread time.** CDP Performance.getMetrics (thread time) from before navigation to the end of the scroll:
  TaskDuration, ScriptDuration, LayoutCount, RecalcStyleCount. Added time per post = (TaskDuration with -
  TaskDuration without) / posts. A trace (devtools.timeline, toplevel) of the same run gives script time by URL
  (the extension's is chrome-extension://...), long tasks (RunTask of 50 ms or more) and layouts forced inside
  extension script. A long task is caused by the extension when it would have been under 50 ms without the
  extension's script in it. With one run per side and site, a site's figure is noisy: on the 2-core machine this
  benchmark was written on, repeated runs moved single sites by up to 0.5-1 ms/post and the mean over sites by about
  0.3 ms/post; \`--rounds 2\` runs each side twice per site (and takes twice as long).
- **Badge latency.** The page's own IntersectionObserver and MutationObserver (main world) stamp when each post
  first intersects the viewport and when its \`data-feedcoach-post\` host appears.
- **Storage.** The background's readwrite IndexedDB transactions are counted inside its service worker (wrapping
  IDBTransaction's onabort setter, which Dexie sets on every transaction), from the start of the scroll to 1.5 s
  after it.
- **Popup.** A fresh profile opens popup.html (empty database, first and later opens); then a profile seeded with
  raw IndexedDB in the extension origin, in the schema of lib/db/schema.ts, with a heavy year (1,000,000
  snapshot rows over 50,000 posts, 20,000 people, 50,000 interactions with their reminders and daily aggregates),
  started cold, then opened again. Seeding a heavy year takes minutes on a small machine, so the seeded profile
  is kept in bench-output/cache/ and reused for up to 7 days while the schema and plan are unchanged
  (\`--reseed\` forces a new one).
- **Bundle sizes.** Every file each manifest entrypoint and HTML page loads, following static imports (dynamic
  imports listed as lazy), from the build the benchmark ran.
- **CI.** \`npm run bench:ci\` (the last step of \`npm test\`) runs a short version (2 sites, 300 posts, a lighter
  seed). It gates on the figures that move least on a busy machine (issue 21): the extension's own script per post
  from the trace and the start-up, each failing only when a site is over its gate factor in every one of its pairs of
  runs (a site over it in its one pair gets two more pairs): 2x, as issue 21 asks; and on the popup (more than 3x its budget). Every other
  budget is reported, not gated. Its report goes to bench-output/benchmarks-ci.md.
- **Start-up.** Evaluating and compiling scripts at page load (trace self time of EvaluateScript and v8.compile), with
  minus without, per pair of runs. Each site has its own content script (modules/feed-scripts.ts), so the figure is
  that site's script; the floor's scripts are built per site the same way.
- **Profiles.** \`npm run bench:profile -- --sites x\` scrolls a site's feed with an unminified build under the
  sampling profiler and writes the extension's time per post by function to bench-output/profile-<site>.txt.
`;
