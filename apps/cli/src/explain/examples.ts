import { type Fragment, RULE_EXAMPLES } from '@diemmac/core/vocabulary';

// The worked examples live with their rules in the core (`packages/core/src/rules/<family>/
// examples.ts`), where a test runs each one; `explain` runs the real check on them, so the
// sentence shown is the sentence a user would get.
export { baseSupervision, EXAMPLE_DAY, type Fragment, withFragment } from '@diemmac/core/vocabulary';

/** Every rule's example: the fragment laid over the base supervision, by code. */
export const EXAMPLES: Record<string, Fragment> = Object.fromEntries(
  Object.entries(RULE_EXAMPLES).map(([code, example]) => [code, example.input]),
);
