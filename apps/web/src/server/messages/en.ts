import type { ErrorMessages } from './types.js';

export const en: ErrorMessages = {
  'body.invalid-json': () => 'The request body is not valid JSON.',
  'body.invalid': (p) => `The request body is not valid (${p.count} problem(s)).`,
  'body.too-large': (p) => `The request body is too large (at most ${p.limit}).`,
  'document.invalid': (p) => `The supervision document is not valid: ${p.count} problem(s), see each field.`,
  'import.syntax': (p) =>
    `Cannot read the ${p.format} file at line ${p.line}, column ${p.column}: ${p.reason}`,
  'auth.required': () => 'Please sign in.',
  'auth.bad-credentials': () => 'Wrong email or password.',
  'auth.rate-limited': (p) => `Too many failed sign-ins. Try again in ${p.minutes} minute(s).`,
  'auth.forbidden': () => 'Your account is not allowed to do this.',
  'csrf.failed': () => 'The session token does not match (CSRF). Reload the page and try again.',
  'setup.unavailable': () => 'The setup page works once, while there is no account yet.',
  'not-found': () => 'Not found.',
  'version.conflict': (p) =>
    `Someone else saved this supervision (version ${p.current}) while you were editing version ${p.sent}. Nothing was overwritten: load the latest version.`,
  'slug.taken': (p) => `A supervision with id "${p.slug}" already exists.`,
  'email.taken': (p) => `An account with email ${p.email} already exists.`,
  'notice.unavailable': () => 'The notice cannot be produced: the document renderer is not available.',
  'notice.locked': (p) =>
    `The notice is ${p.stage === 'issued' ? 'issued' : 'submitted for signature'} and cannot be edited. ${p.stage === 'issued' ? 'Open a correction (with its reason) to change it.' : 'Withdraw it from signature to edit.'}`,
  'notice.stage': (p) => `Not possible while the notice is at the "${p.stage}" stage.`,
  'followup.not-issued': () =>
    'The conclusion notice is not issued yet (it has no number and day), so its recommendations are not followed up yet.',
  'notice.busy': () => 'The server is producing many documents at once. Please try again in a few seconds.',
  'admin.last': () =>
    'The last active administrator cannot be demoted, disabled or removed: make another account an administrator first.',
  'import.format': (p) =>
    `Cannot read "${p.name}": diemmac reads ${p.formats} files (Word .docx, .doc; text .txt, .md; or a supervision file in YAML or JSON).`,
  'recount.format': (p) =>
    `Cannot read "${p.name}" as a dossier register: expected a ${p.formats} file exported from the one-stop system.`,
  'recount.no-block': (p) =>
    p.block
      ? `The supervision has no dossier block "${p.block}" stating its period (from, to): there is no period to recount.`
      : 'The supervision has no dossier block stating its period (from, to): there is no period to recount.',
  'recount.unreadable': (p) =>
    `Cannot read the register "${p.name}": expected a UTF-8 CSV or an .xlsx workbook.`,
  'recount.unusable': (p) =>
    `The register lacks ${p.count} column(s) the count needs; no dossier could be counted.`,
  'import.too-large': (p) =>
    `The file is too large to import: the limit is ${p.limit}. It was not read; split it, or ask the administrator to raise IMPORT_MAX_BYTES.`,
  'pack.invalid': (p) =>
    `The pack is not valid: ${p.count} problem(s), see each field. Nothing was installed.`,
  'pack.version-taken': (p) =>
    `Pack "${p.id}" version ${p.version} is already installed with different content. An installed version never changes: raise "version" in the file and install it again.`,
  'pack.reserved': (p) =>
    `"${p.id}" is the id of diemmac's built-in default pack: give your pack another id.`,
  internal: () => 'Server error. Your data was not changed; please try again.',
};
