import type { InputIssue, InspectedIssue, Lang } from '@diemmac/core';
import type { LocatedIssue } from '../errors.js';
import type { Locator } from '../io/locate.js';

/**
 * Input issues with the core's wording and their place in the file. The wording function
 * is passed in, so `render` can use the same copy of the core as the notice renderer.
 *
 * @example
 * locateIssues(parsed.issues, input.locate, 'vi', formatIssue)[0] // { path: ['year'], message: 'year: …', line: 3, column: 7 }
 */
export function locateIssues(
  issues: readonly InputIssue[],
  locate: Locator,
  lang: Lang,
  formatIssue: (issue: InputIssue, lang: Lang) => string,
): LocatedIssue[] {
  return issues.map((issue) => {
    const at = locate(issue.path);
    return {
      code: issue.code,
      path: issue.path,
      expected: issue.expected,
      received: issue.received,
      message: formatIssue(issue, lang),
      line: at?.line,
      column: at?.column,
    };
  });
}

/**
 * Issues the core's pipeline has already worded and placed, as the CLI reports them.
 *
 * @example
 * reportIssues(inspection.issues, 'vi')[0] // { path: ['year'], message: 'year: …', line: 3, column: 7 }
 */
export function reportIssues(issues: readonly InspectedIssue[], lang: Lang): LocatedIssue[] {
  return issues.map((issue) => ({
    code: issue.code,
    path: issue.path,
    expected: issue.expected,
    received: issue.received,
    message: issue.words[lang] ?? issue.code,
    line: issue.at?.line,
    column: issue.at?.column,
  }));
}
