import { CheckConfigError, type CheckConfig, type CheckSetting } from './checkSetting.js';
import { checkIds } from './registry.js';

// The types, the error and settingFor live in checkSetting.ts: the check runner needs them on every
// run, the validation below only when a configuration is read.
export { CheckConfigError, settingFor, type CheckConfig, type CheckSetting } from './checkSetting.js';

// Validated by hand rather than with zod: the shape is two levels deep, and `dragoman check` with a
// dragoman.config.json would otherwise load zod's ~95 modules, more than the check itself costs
// on a short document (issue #12).
const SEVERITIES: readonly string[] = ['error', 'warning', 'info'];

/** A problem with the configuration: the dotted key it is about and what is wrong. */
interface Problem {
  key: string;
  what: string;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeType(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value;
}

/** The first thing wrong with `json` as a check configuration, or undefined when it fits. */
function firstProblem(json: unknown): Problem | undefined {
  if (!isPlainObject(json)) {
    return { key: '', what: `expected an object like {"version":1,"checks":{}}, not ${describeType(json)}` };
  }
  const extra = Object.keys(json).find((k) => k !== 'version' && k !== 'checks');
  if (extra !== undefined) return { key: extra, what: `unknown key "${extra}"; allowed here: version, checks` };
  if (json['version'] !== 1) return { key: 'version', what: 'version must be 1' };
  const checks = json['checks'];
  if (!isPlainObject(checks)) {
    return { key: 'checks', what: `checks must be an object of check ids, not ${describeType(checks)}` };
  }
  for (const [id, setting] of Object.entries(checks)) {
    if (!isPlainObject(setting)) {
      return { key: `checks.${id}`, what: `expected an object like {"enabled":false}, not ${describeType(setting)}` };
    }
    const unknown = Object.keys(setting).find((k) => k !== 'enabled' && k !== 'severity');
    if (unknown !== undefined) {
      return { key: `checks.${id}.${unknown}`, what: `unknown key "${unknown}"; allowed here: enabled, severity` };
    }
    if ('enabled' in setting && typeof setting['enabled'] !== 'boolean') {
      return { key: `checks.${id}.enabled`, what: 'enabled must be true or false' };
    }
    if ('severity' in setting && !SEVERITIES.includes(setting['severity'] as string)) {
      return { key: `checks.${id}.severity`, what: 'severity must be "error", "warning" or "info"' };
    }
  }
  return undefined;
}

/** The empty configuration: every check on, default severities. */
export const defaultCheckConfig: CheckConfig = { version: 1, checks: {} };

/**
 * Validates a parsed JSON value as a check configuration. Throws
 * CheckConfigError naming `file` and the offending key (e.g.
 * "checks.whitespace.severity") when the value does not fit or names a check
 * id that does not exist. `text`, when given, is the file's text: it lets the
 * error give the line and column of the key.
 */
export function parseCheckConfig(json: unknown, file: string, text?: string): CheckConfig {
  const problem = firstProblem(json);
  if (problem) throw located(file, problem.key, `${problem.what}.`, text);
  const known = new Set(checkIds);
  const config = json as { version: 1; checks: Record<string, CheckSetting> };
  for (const id of Object.keys(config.checks)) {
    if (!known.has(id)) {
      throw located(
        file,
        `checks.${id}`,
        `no check has the id "${id}"; the ids are listed in docs/checks.md (${checkIds.join(', ')}).`,
        text,
      );
    }
  }
  // A copy holding only the known fields, as the schema used to return.
  const checks: Record<string, CheckSetting> = {};
  for (const [id, setting] of Object.entries(config.checks)) {
    checks[id] = {
      ...(setting.enabled !== undefined ? { enabled: setting.enabled } : {}),
      ...(setting.severity !== undefined ? { severity: setting.severity } : {}),
    };
  }
  return { version: 1, checks };
}

/** JSON.parse with a located error, then parseCheckConfig. */
export function parseCheckConfigText(text: string, file: string): CheckConfig {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const at = position ? lineColumn(text, Number(position[1])) : undefined;
    const where = at ? `${file}:${at.line}:${at.column}` : file;
    throw new CheckConfigError(
      `${where}: not valid JSON (${message}); fix the syntax and run again.`,
      file,
      undefined,
      at?.line,
      at?.column,
    );
  }
  return parseCheckConfig(json, file, text);
}

function located(file: string, key: string, what: string, text: string | undefined): CheckConfigError {
  const at = text === undefined ? undefined : findKey(text, key);
  const where = at ? `${file}:${at.line}:${at.column}` : file;
  return new CheckConfigError(`${where}: ${key || '(top level)'}: ${what}`, file, key, at?.line, at?.column);
}

/** Finds the last path element of `key` as a JSON property name, after its parents. */
function findKey(text: string, key: string): { line: number; column: number } | undefined {
  let from = 0;
  let found = -1;
  for (const part of key.split('.')) {
    if (!part) continue;
    const index = text.indexOf(JSON.stringify(part), from);
    if (index < 0) return found < 0 ? undefined : lineColumn(text, found);
    found = index;
    from = index + 1;
  }
  return found < 0 ? undefined : lineColumn(text, found);
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
