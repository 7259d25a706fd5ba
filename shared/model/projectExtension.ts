/**
 * The file extension of projects, without the dot. On its own so that code
 * that only needs to recognise a project path (the CLI's `check`) does not
 * load the project schema and zod with it.
 */
export const PROJECT_EXTENSION = 'dragoman';
