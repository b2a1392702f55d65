import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

/** The rule, as the forms show it and the server applies it. */
export const PASSWORD_RULE = {
  /** Characters (code points), so five emoji are five, not ten. */
  minLength: 10,
  maxLength: 200,
  /** zxcvbn's score, 0–4: 3 is "safely unguessable" against an offline attack on a slow hash. */
  minScore: 3,
} as const;

/** Why a password is refused: a stable code and what the user can do, as zxcvbn's keys. */
export type PasswordProblem =
  | { code: 'too-short'; minimum: number }
  | { code: 'too-long'; maximum: number }
  | { code: 'weak'; score: number; warning: string | null; suggestions: string[] };

// Building the dictionaries takes ~100 ms: once, on first use.
let factory: ZxcvbnFactory | undefined;
const estimator = () => {
  factory ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  return factory;
};

/**
 * What is wrong with a new password, or nothing. The value itself never appears in the result,
 * so no message, log or audit entry built from it can show it.
 *
 * @example
 * passwordProblem('aaaaaaaaaa') // { code: 'weak', score: 0, warning: 'simpleRepeat', suggestions: [...] }
 * passwordProblem('mật-khẩu-mới-dài') // undefined
 */
export function passwordProblem(password: string, userInputs: string[] = []): PasswordProblem | undefined {
  const length = [...password].length;
  if (length < PASSWORD_RULE.minLength) return { code: 'too-short', minimum: PASSWORD_RULE.minLength };
  if (length > PASSWORD_RULE.maxLength) return { code: 'too-long', maximum: PASSWORD_RULE.maxLength };
  const r = estimator().check(password, userInputs);
  if (r.score >= PASSWORD_RULE.minScore) return undefined;
  return {
    code: 'weak',
    score: r.score,
    warning: r.feedback.warning ?? null,
    suggestions: [...r.feedback.suggestions],
  };
}

/**
 * A problem as an input issue's code and parameters (worded in messages/request.ts): the same
 * for the HTTP forms and the operator's command. No parameter carries the password.
 *
 * @example
 * problemIssue({ code: 'too-short', minimum: 10 }) // { code: 'too-small', params: { origin: 'string', minimum: 10 } }
 */
export function problemIssue(problem: PasswordProblem): {
  code: string;
  params: Record<string, string | number>;
} {
  switch (problem.code) {
    case 'too-short':
      return { code: 'too-small', params: { origin: 'string', minimum: problem.minimum } };
    case 'too-long':
      return { code: 'too-big', params: { origin: 'string', maximum: problem.maximum } };
    case 'weak':
      return {
        code: 'password.weak',
        params: {
          score: problem.score,
          warning: problem.warning ?? '',
          suggestions: problem.suggestions.join(','),
        },
      };
  }
}
