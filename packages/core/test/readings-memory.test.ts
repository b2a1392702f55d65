import { memoryUsage } from 'node:process';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { TextReadings } from '../src/citations/readings.js';

// Beside the core's sources rather than among them: it weighs the heap with Node's own tools,
// which the core's sources may not import.
describe('TextReadings, kept across checks by a batch or a server', () => {
  it('keeps no file that a kept text was cut from', () => {
    // The engine's own collector, to weigh what stays reachable (a flag Node lets a test set).
    setFlagsFromString('--expose-gc');
    const collect = runInNewContext('gc') as () => void;
    const readings = new TextReadings();
    const texts: string[] = [];
    collect();
    const before = memoryUsage().heapUsed;
    for (let i = 0; i < 50; i++) {
      // A file of some 200,000 characters, and a value cut from it as a reader cuts one.
      const text = `${i}: ${'Ủy ban nhân dân xã Điềm Mặc báo cáo. '.repeat(5000)}`.slice(0, 70);
      // A reading holds cuts of its text, as the readings of citations and names do.
      readings.keep('rest', text, (t) => [t.slice(2)]);
      readings.ofText({ text }, 'rest', (t) => [t.slice(3)]);
      // What the test itself keeps: the text, not its file.
      texts.push(` ${text}`.slice(1));
    }
    collect();
    // The 50 files are 20 MB of two-byte characters: a kept cut of each would hold every one.
    expect(memoryUsage().heapUsed - before).toBeLessThan(2_000_000);
    // Still kept, and read from the kept copy: the readings were not let go to pass the test.
    for (const text of texts) {
      expect(readings.keep('rest', text, () => ['read again'])).toEqual([text.slice(2)]);
    }
  });
});
