import { userInfo } from 'node:os';

/**
 * The OS user's login name, recorded as who changed a glossary entry or
 * ignored a finding; "" when the OS cannot say (no passwd entry in a container).
 */
export function systemUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
}
