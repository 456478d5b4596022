import type { IndexableType, Table } from 'dexie';
import { z } from 'zod';
import type { FeedCoachDatabase } from '../db/database';
import { SCHEMA_VERSIONS, type AccountRow, type DailyRow, type HealthRow, type InteractionRow, type PersonRow, type ReminderRow, type SnapshotRow } from '../db/schema';
import { metricsSchema, postReadingSchema } from '../messages/schema';
import { uiLocale } from '../i18n/active-locale';
import { t, type MessageKey } from '../i18n/messages';
import { formatNumber } from '../model/format';
import { personKey } from '../reciprocity/ledger';
import { INTERACTION_KINDS } from '../reciprocity/types';
import { CLOCK_SKEW_MS } from '../messages/limits';
import { exportedSettingsSchema, type Settings } from '../settings/schema';
import { postKey, SITE_IDS } from '../sites/types';
import {
  EXPORT_FORMAT,
  LATEST_SCHEMA_VERSION,
  TABLE_NAMES,
  keyOf,
  primaryKeyPath,
  tablesAt,
  type Assert,
  type ExportFile,
  type ExportTables,
  type Same,
  type StoredPostRow,
  type TableName,
} from './format';

export type { ExportFile, ExportTables, TableName } from './format';

// ---------------------------------------------------------------------------------------------------------------
// Row schemas. They accept every row any released build could have stored (so an old backup always loads), and
// nothing else: no unknown fields, no negative counts, no table that does not exist.
// ---------------------------------------------------------------------------------------------------------------

const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const wholeNumber = z.number().int();
/**
 * Milliseconds since 1970, no later than now (and the clock skew allowed): a stored time in the future would make
 * every later reading of that post look like a late retry, and escape retention.
 */
/** The description the problem's words name a timestamp by (describeNumber). */
const TIMESTAMP = 'importProblem.timestamp' satisfies MessageKey;
const timestamp = z
  .number()
  .int()
  .min(0)
  .refine((at) => at <= Date.now() + CLOCK_SKEW_MS, { error: () => t('importProblem.timeNotLater') })
  .describe(TIMESTAMP);
/** Whether "2026-02-30" is a day a calendar has (Date.UTC would quietly roll it over into March). */
function isCalendarDay(text: string): boolean {
  const [year, month, date] = text.split('-').map(Number) as [number, number, number];
  const parsed = new Date(Date.UTC(year, month - 1, date));
  return parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === date;
}
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: () => t('importProblem.dayWritten'), abort: true })
  .refine(isCalendarDay, { error: (issue) => `${t('importProblem.calendarDay')} ${found(issue.input)}` });
const site = z.enum(SITE_IDS);
const kind = z.enum(INTERACTION_KINDS);
const text = (max: number) => z.string().max(max);
const permalink = z.url({ protocol: /^https$/ }).max(2000);
const kindCounts = z.partialRecord(kind, count);

/** A row whose key must be what FeedCoach itself would derive from its other fields ("x:123" from x and 123). */
function keyMustBe<T>(field: keyof T & string, derive: (row: T) => string, what: MessageKey) {
  return (row: T, context: z.RefinementCtx<T>) => {
    const expected = derive(row);
    const key = row[field];
    if (key !== expected) context.addIssue({ code: 'custom', path: [field], input: key, message: `${t('importProblem.expected', { what: `${JSON.stringify(expected)}, ${t(what)}` })} ${found(key)}` });
  };
}

const SITE_PREFIX = new RegExp(`^(${SITE_IDS.join('|')}):.`);
/** A post or person key, "<site>:<id>", of one of the sites. */
const siteKey = text(1000).regex(SITE_PREFIX, { error: (issue) => `${t('importProblem.siteKey')} ${found(issue.input)}` });

const postRow = z.strictObject({
  key: text(1000).min(1),
  ...postReadingSchema.shape,
  firstSeenAt: timestamp,
  lastSeenAt: timestamp,
  lastSeenDay: day,
});

const snapshotRow = z.strictObject({ postKey: siteKey, at: timestamp, metrics: metricsSchema });

const dailyRow = z.strictObject({
  day,
  postsSeen: count,
  snapshots: count,
  thanksSent: count,
  repliesGiven: count,
  // Absent on days stored before the ledger existed (schema version 1): unknown, not 0.
  received: count.optional(),
  given: count.optional(),
});

const accountRow = z.strictObject({ site, handle: text(200).min(1), seenAt: timestamp });

const personRow = z.strictObject({
  key: text(1000).min(1),
  site,
  handle: text(200).min(1),
  name: text(500).optional(),
  received: kindCounts,
  given: kindCounts,
  owed: wholeNumber,
  lastInteractionAt: timestamp,
  activeDays: z.array(day).max(10_000),
  linkedTo: siteKey.optional(),
});

const interactionRow = z.strictObject({
  id: text(2000).min(1),
  direction: z.enum(['received', 'given']),
  site,
  kind,
  // Empty for something the user gave that addressed nobody in particular.
  personKey: z.union([z.literal(''), siteKey]),
  at: timestamp,
  postKey: siteKey.optional(),
  permalink: permalink.optional(),
  thanks: z.boolean().optional(),
  sameAs: text(2000).min(1).optional(),
});

const reminderRow = z.strictObject({
  id: text(2000).min(1),
  site,
  personKey: text(1000).min(1),
  handle: text(200).min(1),
  name: text(500).optional(),
  kind,
  owes: z.enum(['thanks', 'reply']),
  status: z.enum(['open', 'snoozed', 'done']),
  snoozedUntil: timestamp,
  createdAt: timestamp,
  closedAt: timestamp.optional(),
  closedBy: z.enum(['thanks', 'reply', 'marked-done']).optional(),
  permalink: permalink.optional(),
  excerpt: text(1000).optional(),
  sourcePostId: text(1000).optional(),
  usedAt: timestamp.optional(),
});

const healthRow = z.strictObject({
  site,
  day,
  seen: count,
  read: count,
  // Built from deltas, one of which may take an earlier failure back: any whole number.
  missing: z.partialRecord(z.enum(['postId', 'author', 'metrics']), wholeNumber),
  rejected: count.optional(),
  reports: z.array(text(100)).max(50).optional(),
});

/** Someone an interaction on a site involves is a person of that site. */
function personOnItsSite(row: z.infer<typeof interactionRow>, context: z.RefinementCtx<z.infer<typeof interactionRow>>): void {
  if (row.personKey !== '' && !row.personKey.startsWith(`${row.site}:`)) {
    const message = `${t('importProblem.personOnSite', { site: row.site, key: `"${row.site}:…"` })} ${found(row.personKey)}`;
    context.addIssue({ code: 'custom', path: ['personKey'], input: row.personKey, message });
  }
}

/** Keys must agree with the fields they are made of: a file whose keys do not would file rows under the wrong post or person. */
export const ROW_SCHEMAS = {
  posts: postRow.superRefine(keyMustBe('key', (post) => postKey(post.site, post.postId), 'importProblem.keyOfPost')),
  snapshots: snapshotRow,
  daily: dailyRow,
  accounts: accountRow,
  people: personRow.superRefine(keyMustBe('key', (person) => personKey(person.site, person.handle), 'importProblem.keyOfPerson')),
  interactions: interactionRow.superRefine(personOnItsSite),
  reminders: reminderRow.superRefine(keyMustBe('personKey', (reminder) => personKey(reminder.site, reminder.handle), 'importProblem.keyOfPerson')),
  health: healthRow,
} satisfies Record<TableName, z.ZodType>;

/**
 * tsc fails here when a row type in lib/db/schema.ts changes without its schema above: otherwise an export of
 * the new field would be refused on import (or, with a lax schema, dropped).
 */
export type RowSchemasMatchRowTypes = [
  Assert<Same<z.infer<typeof postRow>, StoredPostRow>>,
  Assert<Same<z.infer<typeof snapshotRow>, SnapshotRow>>,
  Assert<Same<z.infer<typeof dailyRow>, DailyRow>>,
  Assert<Same<z.infer<typeof accountRow>, AccountRow>>,
  Assert<Same<z.infer<typeof personRow>, PersonRow>>,
  Assert<Same<z.infer<typeof interactionRow>, InteractionRow>>,
  Assert<Same<z.infer<typeof reminderRow>, ReminderRow>>,
  Assert<Same<z.infer<typeof healthRow>, HealthRow>>,
  Assert<Same<keyof typeof ROW_SCHEMAS, TableName>>,
];

// ---------------------------------------------------------------------------------------------------------------
// Plain-English problems: "tables.posts[12].metrics.likes: expected a whole number ≥ 0 (it is -1)".
// ---------------------------------------------------------------------------------------------------------------

/** A path as a person reads it in JavaScript: tables.posts[12].metrics.likes, tables["odd key"]. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_$][\w$]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out;
}

function describeValue(value: unknown): string {
  if (value === undefined) return t('importProblem.missing');
  if (value === null) return 'null';
  if (Array.isArray(value)) return t('importProblem.aList');
  if (typeof value === 'string') return t('importProblem.theText', { text: value.length > 40 ? `"${value.slice(0, 40)}…"` : JSON.stringify(value) });
  if (typeof value === 'object') return t('importProblem.anObject');
  return String(value);
}

/** "(it is the text "2")": what the file holds where something else was expected. */
const found = (value: unknown): string => t('importProblem.found', { value: describeValue(value) });

const TYPE_WORDS: Record<string, MessageKey> = {
  string: 'importProblem.text',
  boolean: 'importProblem.trueOrFalse',
  object: 'importProblem.anObject',
  array: 'importProblem.aList',
  record: 'importProblem.anObject',
};

/** "expected text": the kind of value a field takes, as Zod names it when it has no words for it. */
const expectedType = (type: string): string => t('importProblem.expected', { what: type in TYPE_WORDS ? t(TYPE_WORDS[type]!) : type });

/** "expected a whole number ≥ 0", "expected a number from 0 to 1000". */
function expectedNumber(whole: boolean, min?: number, max?: number): string {
  const what = t(whole ? 'importProblem.aWholeNumber' : 'importProblem.aNumber');
  if (min !== undefined && max !== undefined) return t('importProblem.expectedFromTo', { what, min: formatNumber(min), max: formatNumber(max) });
  if (min !== undefined) return t('importProblem.expectedAtLeast', { what, min: formatNumber(min) });
  if (max !== undefined) return t('importProblem.expectedAtMost', { what, max: formatNumber(max) });
  return t('importProblem.expected', { what });
}

function describeNumber(schema: unknown, issue: z.core.$ZodRawIssue): string {
  if (!(schema instanceof z.ZodNumber)) {
    // A zod/mini number (the settings) does not list its bounds; the issue gives the one that was crossed.
    const whole = schema instanceof z.core.$ZodNumberFormat;
    if (issue.code === 'too_small') return expectedNumber(whole, Number(issue.minimum));
    if (issue.code === 'too_big') return expectedNumber(whole, undefined, Number(issue.maximum));
    return expectedNumber(whole);
  }
  if (schema.description) return t('importProblem.expected', { what: t(schema.description as MessageKey) });
  const min = schema.minValue;
  const max = schema.maxValue;
  const hasMin = typeof min === 'number' && min > Number.MIN_SAFE_INTEGER;
  const hasMax = typeof max === 'number' && max < Number.MAX_SAFE_INTEGER;
  return expectedNumber(schema.isInt, hasMin ? min : undefined, hasMax ? max : undefined);
}

/** Zod's error map for import files and for settings saved in the options page: what was expected, in words, and what was found. */
export function describeIssue(issue: z.core.$ZodRawIssue): string | undefined {
  const it = found(issue.input);
  const numeric = issue.schema instanceof z.core.$ZodNumber;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return t('importProblem.missingExpected', { expected: numeric ? describeNumber(issue.schema, issue) : expectedType(issue.expected) });
      if (numeric) return `${describeNumber(issue.schema, issue)} ${it}`;
      return `${expectedType(issue.expected)} ${it}`;
    case 'too_small':
    case 'too_big': {
      if (numeric) return `${describeNumber(issue.schema, issue)} ${it}`;
      const small = issue.code === 'too_small';
      const count = formatNumber(Number(small ? issue.minimum : issue.maximum));
      if (issue.origin === 'string') return small && issue.minimum === 1 ? t('importProblem.textNotEmpty') : t(small ? 'importProblem.textAtLeast' : 'importProblem.textAtMost', { count });
      if (issue.origin === 'array') return t(small ? 'importProblem.listAtLeast' : 'importProblem.listAtMost', { count });
      return undefined;
    }
    case 'invalid_value': {
      const values = issue.values.map((value) => JSON.stringify(value));
      const expected = values.length === 1 ? t('importProblem.expected', { what: values[0]! }) : t('importProblem.expectedOneOf', { values: values.join(', ') });
      return `${expected} ${it}`;
    }
    case 'unrecognized_keys':
      return t('importProblem.unknownFields', issue.keys.length, { fields: issue.keys.map((key) => JSON.stringify(key)).join(', ') });
    case 'invalid_key':
      return t('importProblem.unknownFields', 1, { fields: JSON.stringify(issue.input) });
    case 'invalid_format':
      if (issue.format === 'datetime') return `${t('importProblem.dateTimeLike')} ${it}`;
      if (issue.format === 'url') return `${t('importProblem.httpsLink')} ${it}`;
      return undefined;
    default:
      return undefined;
  }
}

/** The first problem of a failed parse, with its path, and how many more there are. */
function firstProblem(error: z.core.$ZodError, prefix: readonly PropertyKey[]): string {
  const [first] = error.issues;
  if (!first) return t('importProblem.notValid', { path: formatPath(prefix) });
  const path = [...prefix, ...(first.code === 'invalid_key' || first.code === 'invalid_element' ? first.path.slice(0, -1) : first.path)];
  const more = error.issues.length - 1;
  return `${formatPath(path)}: ${first.message}${more > 0 ? ` ${t('importProblem.more', more)}` : ''}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Older exports: one step per schema version, each turning a file of the version before into one of its own.
// ---------------------------------------------------------------------------------------------------------------

/** A file's tables before row validation: a step must accept any JSON and leave judging it to ROW_SCHEMAS. */
export type RawTables = Record<string, unknown[]>;

export interface RawExport {
  format: typeof EXPORT_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  settings?: Partial<Settings>;
  dismissedPersonLinks?: string[];
  tables: RawTables;
}

/**
 * UPGRADE_STEPS[n] turns the tables of an export of the version before n into version n's. Every version after the first
 * has one (a test checks it). A new version adds its step here, and the same change to stored rows, if any, as
 * a Dexie upgrade in lib/db, so that a migrated database and an imported old export end up with the same rows.
 */
export const UPGRADE_STEPS: Readonly<Record<number, (tables: RawTables) => RawTables>> = {
  // Version 2 added the reciprocity ledger and adapter health: those tables start empty. Daily rows keep no
  // received/given counts, as in a database migrated from version 1: those days' counts are unknown, not 0.
  2: (tables) => ({ ...tables, accounts: [], people: [], interactions: [], reminders: [], health: [] }),
  // Version 3 added replies owed: every reminder before it waited for a thank-you.
  3: (tables) => ({ ...tables, reminders: (tables.reminders ?? []).map((row) => (isPlainObject(row) ? { ...row, owes: 'thanks' } : row)) }),
};

/** Brings a valid older export up to the current schema version, in memory; the file itself is untouched. */
export function upgradeExport(file: RawExport): RawExport {
  let tables = file.tables;
  for (const { version } of SCHEMA_VERSIONS.filter((entry) => entry.version > file.schemaVersion)) {
    const step = UPGRADE_STEPS[version];
    if (!step) throw new Error(`FeedCoach cannot upgrade an export to schema version ${version}: no upgrade step`);
    tables = step(tables);
    const expected = tablesAt(version);
    if (expected.length !== Object.keys(tables).length || expected.some((name) => !Array.isArray(tables[name]))) {
      throw new Error(`The upgrade step to schema version ${version} did not produce the tables ${expected.join(', ')}`);
    }
  }
  return { ...file, schemaVersion: LATEST_SCHEMA_VERSION, tables };
}

// ---------------------------------------------------------------------------------------------------------------
// Reading a file.
// ---------------------------------------------------------------------------------------------------------------

export type ParseResult =
  | {
      ok: true;
      file: ExportFile;
      /** The schema version the file was written with, when it was older and upgraded in memory. */
      upgradedFrom?: number;
    }
  | { ok: false; error: string };

/** A damaged export, and where: `problem` is a field's path and what is wrong with it. */
const damaged = (problem: string): string => t('importFile.damaged', { problem });

const fail = (error: string): ParseResult => ({ ok: false, error });

/** Whether JSON-looking text stops in the middle: inside a string, or with brackets still open. */
function endsEarly(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') depth += 1;
    else if (char === '}' || char === ']') depth -= 1;
  }
  return inString || depth > 0;
}

function whyNotJson(text: string): string {
  const start = text.trimStart();
  const firstLine = start.slice(0, start.search(/\r?\n|$/));
  if (/^[{[]/.test(start) && endsEarly(start)) {
    return t(/"format"\s*:\s*"feedcoach-export"/.test(start.slice(0, 500)) ? 'importFile.incomplete' : 'importFile.cutJson');
  }
  if (/^(site,post id,|time,direction,)/.test(firstLine)) {
    return t('importFile.csv');
  }
  return t('importFile.notJson');
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

function whatJsonIs(value: unknown): string {
  if (Array.isArray(value)) return t('importFile.jsonList');
  if (value === null) return t('importFile.jsonNull');
  if (typeof value === 'string') return t('importFile.jsonText');
  return t(typeof value === 'number' ? 'importFile.jsonNumber' : 'importFile.jsonBoolean');
}

/** The top of the file: is it ours, which version, and are its tables the right ones. */
function readEnvelope(data: unknown): { ok: true; file: RawExport } | { ok: false; error: string } {
  if (!isPlainObject(data)) return { ok: false, error: t('importFile.notObject', { what: whatJsonIs(data) }) };
  const { format, schemaVersion, exportedAt, tables } = data;
  if (format === undefined) {
    return { ok: false, error: t('importFile.noFormat', { format: EXPORT_FORMAT }) };
  }
  if (format !== EXPORT_FORMAT) {
    return { ok: false, error: t('importFile.otherFormat', { found: JSON.stringify(format), format: EXPORT_FORMAT }) };
  }
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) {
    return { ok: false, error: damaged(`schemaVersion: ${expectedNumber(true, 1)} ${found(schemaVersion)}`) };
  }
  if (schemaVersion > LATEST_SCHEMA_VERSION) {
    return { ok: false, error: t('importFile.newer', { version: schemaVersion, latest: LATEST_SCHEMA_VERSION }) };
  }
  const known = tablesAt(schemaVersion);
  if (!SCHEMA_VERSIONS.some((entry) => entry.version === schemaVersion)) return { ok: false, error: damaged(`schemaVersion: ${t('importProblem.neverVersion', { version: schemaVersion })}`) };
  if (typeof exportedAt !== 'string' || Number.isNaN(Date.parse(exportedAt))) {
    return { ok: false, error: damaged(`exportedAt: ${t('importProblem.expected', { what: t('importProblem.aDateAndTime') })} ${found(exportedAt)}`) };
  }
  if (!isPlainObject(tables)) return { ok: false, error: damaged(`tables: ${t('importProblem.tablesObject')} ${found(tables)}`) };
  const listed = t('importProblem.versionHas', { version: schemaVersion, tables: known.join(', ') });
  for (const name of Object.keys(tables)) {
    if (!known.includes(name)) return { ok: false, error: damaged(`${formatPath(['tables', name])}: ${t('importProblem.unknownTable', { listed })}`) };
  }
  for (const name of known) {
    const rows = tables[name];
    if (rows === undefined) return { ok: false, error: damaged(`${formatPath(['tables', name])}: ${t('importProblem.missingTable', { listed })}`) };
    if (!Array.isArray(rows)) return { ok: false, error: damaged(`${formatPath(['tables', name])}: ${t('importProblem.rowsList')} ${found(rows)}`) };
  }
  const choices = readChoices(data);
  if (!choices.ok) return choices;
  return { ok: true, file: { format: EXPORT_FORMAT, schemaVersion, exportedAt, ...choices.choices, tables: tables as RawTables } };
}

const dismissedLinksSchema = z.array(z.string().max(2100)).max(10_000);

/** The user's settings and "not the same person" answers, when the file has them (older exports do not). */
function readChoices(data: Record<string, unknown>): { ok: true; choices: Pick<RawExport, 'settings' | 'dismissedPersonLinks'> } | { ok: false; error: string } {
  const choices: Pick<RawExport, 'settings' | 'dismissedPersonLinks'> = {};
  if (data.settings !== undefined) {
    const settings = exportedSettingsSchema.safeParse(data.settings, { error: describeIssue });
    if (!settings.success) return { ok: false, error: damaged(firstProblem(settings.error, ['settings'])) };
    choices.settings = settings.data;
  }
  if (data.dismissedPersonLinks !== undefined) {
    const dismissed = dismissedLinksSchema.safeParse(data.dismissedPersonLinks, { error: describeIssue });
    if (!dismissed.success) return { ok: false, error: damaged(firstProblem(dismissed.error, ['dismissedPersonLinks'])) };
    choices.dismissedPersonLinks = dismissed.data;
  }
  return { ok: true, choices };
}

/** Rows validated between two progress steps of parseImportAsync. */
const PARSE_STEP = 5000;

/** Progress of a parse: rows validated so far, of all rows in the file. */
type ParseProgress = [done: number, total: number];

/** Validates every row; rejects the first bad one and any row that repeats another's key. */
function* readTables(tables: RawTables): Generator<ParseProgress, { ok: true; tables: ExportTables } | { ok: false; error: string }> {
  const out = {} as Record<TableName, unknown[]>;
  const total = TABLE_NAMES.reduce((sum, name) => sum + (tables[name]?.length ?? 0), 0);
  let done = 0;
  for (const name of TABLE_NAMES) {
    const schema: z.ZodType = ROW_SCHEMAS[name];
    const keyPath = primaryKeyPath(name);
    const seen = new Map<string, number>();
    const rows: unknown[] = [];
    for (const [index, row] of (tables[name] ?? []).entries()) {
      // Valid rows take the fast path; only a bad row is parsed again to word its problem.
      const parsed = schema.safeParse(row);
      if (!parsed.success) {
        const worded = schema.safeParse(row, { error: describeIssue });
        return { ok: false, error: damaged(firstProblem(worded.error ?? parsed.error, ['tables', name, index])) };
      }
      const key = JSON.stringify(keyOf(parsed.data, keyPath));
      const first = seen.get(key);
      if (first !== undefined) {
        return { ok: false, error: damaged(`${formatPath(['tables', name, index])}: ${t('importProblem.sameKey', { key, first: formatPath(['tables', name, first]) })}`) };
      }
      seen.set(key, index);
      rows.push(parsed.data);
      done += 1;
      if (done % PARSE_STEP === 0) yield [done, total];
    }
    out[name] = rows;
  }
  yield [total, total];
  return { ok: true, tables: out as unknown as ExportTables };
}

/** The whole parse as steps: JSON, envelope, upgrade, then rows, yielding progress between chunks of rows. */
function* parseSteps(text: string): Generator<ParseProgress, ParseResult> {
  if (typeof text !== 'string' || text.trim() === '') return fail(t('importFile.empty'));
  const body = text.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    // A text too large for one JSON value fails with a RangeError, not a SyntaxError.
    return fail(error instanceof RangeError ? t('importFile.tooLargeToRead') : whyNotJson(body));
  }
  const envelope = readEnvelope(data);
  if (!envelope.ok) return envelope;
  const from = envelope.file.schemaVersion;
  let upgraded: RawExport;
  try {
    upgraded = upgradeExport(envelope.file);
  } catch (error) {
    return fail(t('importFile.upgradeFailed', { version: from, error: errorText(error) }));
  }
  const tables = yield* readTables(upgraded.tables);
  if (!tables.ok) return tables;
  const { settings, dismissedPersonLinks, exportedAt } = upgraded;
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    schemaVersion: LATEST_SCHEMA_VERSION,
    exportedAt,
    ...(settings && { settings }),
    ...(dismissedPersonLinks && { dismissedPersonLinks }),
    tables: tables.tables,
  };
  return from < LATEST_SCHEMA_VERSION ? { ok: true, file, upgradedFrom: from } : { ok: true, file };
}

/**
 * Reads an export file's text. Never throws: anything that is not a complete, valid FeedCoach export of this
 * version or an older one comes back as ok: false with a sentence saying what is wrong and where.
 * Synchronous: about 2 s per million rows. For large files in a page, prefer parseImportAsync.
 */
export function parseImport(text: string): ParseResult {
  const steps = parseSteps(text);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** parseImport that lets the page breathe between chunks of rows (a million rows take seconds to check). */
export async function parseImportAsync(text: string, options: { onProgress?(done: number, total: number): void } = {}): Promise<ParseResult> {
  const steps = parseSteps(text);
  let step = steps.next();
  while (!step.done) {
    options.onProgress?.(...step.value);
    await new Promise((resolve) => setTimeout(resolve, 0));
    step = steps.next();
  }
  return step.value;
}

/**
 * The largest file read: a browser holds at most about 536 million characters in one string (V8), and an
 * export of a year of heavy use is about a fifth of that.
 */
export const MAX_IMPORT_BYTES = 500_000_000;


const SIZE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** "1.4 GB", "820 kB" ("1,4 GB", "820 ko"): a file size as a person reads it, in the language FeedCoach speaks. */
export function formatSize(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < SIZE_UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit > 0 && value < 10 ? 1 : 0;
  return new Intl.NumberFormat(uiLocale(), { style: 'unit', unit: SIZE_UNITS[unit], unitDisplay: unit === 0 ? 'long' : 'short', maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
}

/**
 * Reads and checks a chosen file. Never throws and never hangs on a file the browser cannot read: a file over
 * MAX_IMPORT_BYTES, or one that fails to load (moved, unreadable, too large for memory), comes back as a sentence.
 */
export async function parseImportFile(file: Pick<Blob, 'size' | 'text'>, options: { onProgress?(done: number, total: number): void } = {}): Promise<ParseResult> {
  if (file.size > MAX_IMPORT_BYTES) {
    return fail(t('importFile.tooLarge', { size: formatSize(file.size), limit: formatSize(MAX_IMPORT_BYTES) }));
  }
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return fail(error instanceof RangeError ? t('importFile.tooLargeToRead') : t('importFile.unreadable', { error: errorText(error) }));
  }
  return parseImportAsync(text, options);
}

// ---------------------------------------------------------------------------------------------------------------
// Writing a file into the database.
// ---------------------------------------------------------------------------------------------------------------

export type ImportMode = 'replace' | 'merge';

export interface ImportOptions {
  /** replace: the database becomes exactly the file. merge: the file's rows are put over what is there, by key. */
  mode: ImportMode;
  onProgress?(done: number, total: number): void;
  chunkSize?: number;
}

export const IMPORT_CHUNK = 5000;

/**
 * Writes a parsed export in ONE read-write transaction over every table: if any write fails, IndexedDB rolls
 * all of them back and the database is as it was. Merging is idempotent: rows are put by primary key, so the
 * same file imported twice leaves the same database.
 */
export async function importAll(db: FeedCoachDatabase, file: ExportFile, options: ImportOptions): Promise<Record<TableName, number>> {
  if (file.format !== EXPORT_FORMAT || file.schemaVersion !== LATEST_SCHEMA_VERSION) {
    throw new Error(`importAll takes a file from parseImport (format ${EXPORT_FORMAT}, schema version ${LATEST_SCHEMA_VERSION})`);
  }
  const chunkSize = options.chunkSize ?? IMPORT_CHUNK;
  const tables = TABLE_NAMES.map((name) => db.table(name) as Table<unknown, IndexableType>);
  const total = TABLE_NAMES.reduce((sum, name) => sum + file.tables[name].length, 0);
  const written = {} as Record<TableName, number>;
  await db.transaction('rw', tables, async () => {
    if (options.mode === 'replace') for (const table of tables) await table.clear();
    let done = 0;
    options.onProgress?.(0, total);
    for (const [index, name] of TABLE_NAMES.entries()) {
      const rows: readonly unknown[] = file.tables[name];
      for (let start = 0; start < rows.length; start += chunkSize) {
        await tables[index]!.bulkPut(rows.slice(start, start + chunkSize));
        done += Math.min(chunkSize, rows.length - start);
        options.onProgress?.(done, total);
      }
      written[name] = rows.length;
    }
  });
  return written;
}

export type ImportTextResult = { ok: true; written: Record<TableName, number>; upgradedFrom?: number } | { ok: false; error: string };

/** parseImport then importAll, with every failure (a bad file or a failed write) as a sentence; never throws. */
export async function importFromText(db: FeedCoachDatabase, text: string, options: ImportOptions): Promise<ImportTextResult> {
  const parsed = await parseImportAsync(text);
  if (!parsed.ok) return parsed;
  try {
    const written = await importAll(db, parsed.file, options);
    return parsed.upgradedFrom === undefined ? { ok: true, written } : { ok: true, written, upgradedFrom: parsed.upgradedFrom };
  } catch (error) {
    return { ok: false, error: t('importFile.failed', { error: errorText(error) }) };
  }
}

/** An error's first line (Dexie appends the inner error's stack-like detail on further lines). */
function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]!.trim() || t('importFile.unknownError');
}
