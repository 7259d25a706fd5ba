import type { Translate } from './keys.js';

/**
 * The name to show for a project or a recent-projects entry. The bundled
 * sample's stored name is the backend's English one, so the UI shows its own
 * translation instead; names the user chose are shown as written.
 */
export function projectName(p: { name: string; sample?: boolean | undefined }, t: Translate): string {
  return p.sample ? t('app.sampleName') : p.name;
}
