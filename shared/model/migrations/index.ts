import type { Migration } from './migrate.js';

/**
 * The migrations of the project file, oldest first. Version 1 is the first
 * format, so there are none yet; a change to the file format adds one entry
 * (`{ from: 1, up: (doc) => … }`) and bumps PROJECT_FORMAT_VERSION.
 */
export const projectMigrations: readonly Migration[] = [];
