import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../src/numbers/decimal.js';

// Beside the core's sources rather than among them: it asks V8 itself, through a flag Node lets
// a test set, which the core's sources may not import.
describe("the core's Decimal constructor", () => {
  it('keeps its properties as fields, which decimal.js reads in every operation', () => {
    setFlagsFromString('--allow-natives-syntax');
    const hasFastProperties = runInNewContext('(o) => %HasFastProperties(o)') as (o: object) => boolean;
    // Laid out as fields at its first use (see `inFastMode`).
    expect(new Decimal('5824272835').plus(1).toFixed()).toBe('5824272836');
    expect(hasFastProperties(Decimal)).toBe(true);
  });
});
