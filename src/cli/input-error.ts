/** A problem the user can fix: printed as one line, exit code 2. */
export class InputError extends Error {}
