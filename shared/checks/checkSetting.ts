import type { Severity } from '../model/finding.js';

/** What a project says about one check. Omitted fields keep the defaults. */
export interface CheckSetting {
  enabled?: boolean;
  severity?: Severity;
}

/**
 * The project's check configuration, e.g.
 * `{"version":1,"checks":{"same-as-source":{"enabled":false},"whitespace":{"severity":"info"}}}`.
 */
export interface CheckConfig {
  version: 1;
  checks: Record<string, CheckSetting>;
}

/** A config file that cannot be used; `message` names the file, place and key. */
export class CheckConfigError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly key: string | undefined,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
    this.name = 'CheckConfigError';
  }
}

/** The config's setting for one check ({} when the config says nothing about it). */
export function settingFor(config: CheckConfig | undefined, id: string): CheckSetting {
  return config?.checks[id] ?? {};
}
