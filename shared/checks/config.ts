import { z } from 'zod';
import { CheckConfigError, type CheckConfig } from './checkSetting.js';
import { checkIds } from './registry.js';

// The types, the error and settingFor live in checkSetting.ts, which does not load zod: the check
// runner needs them on every run, the validation below only when a configuration is read.
export { CheckConfigError, settingFor, type CheckConfig, type CheckSetting } from './checkSetting.js';

const settingSchema = z
  .object({
    enabled: z.boolean().optional(),
    severity: z.enum(['error', 'warning', 'info']).optional(),
  })
  .strict();

const configSchema = z
  .object({
    version: z.literal(1),
    checks: z.record(z.string(), settingSchema),
  })
  .strict();

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
  const result = configSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const path = issue.path.map(String);
    let key = path.join('.');
    let what: string;
    if (issue.code === 'unrecognized_keys') {
      const extra = issue.keys[0] ?? '';
      key = [...path, extra].join('.');
      what = `unknown key "${extra}"; allowed here: ${allowedKeys(path).join(', ')}`;
    } else if (path.at(-1) === 'severity') {
      what = 'severity must be "error", "warning" or "info"';
    } else if (path.at(-1) === 'enabled') {
      what = 'enabled must be true or false';
    } else if (path.length === 1 && path[0] === 'version') {
      what = 'version must be 1';
    } else {
      what = issue.message;
    }
    throw located(file, key, `${what}.`, text);
  }
  const known = new Set(checkIds);
  for (const id of Object.keys(result.data.checks)) {
    if (!known.has(id)) {
      throw located(
        file,
        `checks.${id}`,
        `no check has the id "${id}"; the ids are listed in docs/checks.md (${checkIds.join(', ')}).`,
        text,
      );
    }
  }
  return result.data as CheckConfig;
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

function allowedKeys(path: readonly string[]): string[] {
  if (path.length === 0) return ['version', 'checks'];
  return ['enabled', 'severity'];
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
