import { describe, expect, it } from 'vitest';
import { exitCode } from './errors.js';

describe('exitCode', () => {
  it('is 0 when no finding is an error, 1 when one is', () => {
    expect(exitCode({ kind: 'checked', errorFindings: 0, failedInputs: 0 })).toBe(0);
    expect(exitCode({ kind: 'checked', errorFindings: 3, failedInputs: 0 })).toBe(1);
  });

  it('is 2 when an input could not be checked, whatever the findings of the others', () => {
    expect(exitCode({ kind: 'checked', errorFindings: 3, failedInputs: 1 })).toBe(2);
    expect(exitCode({ kind: 'failed', error: { code: 'input.not-found', file: 'a.yaml' } })).toBe(2);
    expect(exitCode({ kind: 'failed', error: { code: 'output.exists', file: 'a.docx' } })).toBe(2);
    expect(exitCode({ kind: 'failed', error: { code: 'usage', detail: '' } })).toBe(2);
  });

  it('is 3 when diemmac itself failed', () => {
    expect(exitCode({ kind: 'failed', error: { code: 'internal', detail: 'bug' } })).toBe(3);
    expect(exitCode({ kind: 'failed', error: { code: 'install.broken', module: 'x', reason: 'y' } })).toBe(3);
  });

  it('is 0 for a command that simply finished', () => {
    expect(exitCode({ kind: 'done' })).toBe(0);
  });
});
