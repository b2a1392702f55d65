import { checkSupervision } from '@diemmac/core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  allFigures,
  EXAMPLES,
  type ExampleName,
  example,
  exampleDocx,
  figureValues,
} from '../test/examples.js';
import { convert, haveOffice } from '../test/soffice.js';
import { readNotice } from './open.js';
import { checkNotice } from './read.js';

// Before Thanh Bình's recommendations fall due: the clean example has nothing to report.
const NOW = { year: 2025, month: 11, day: 1 };
const office = await haveOffice();

/** The core's finding codes for the example's YAML, sorted. */
const yamlCodes = (name: ExampleName) =>
  checkSupervision(example(name), { now: NOW })
    .map((f) => f.code)
    // Our renderer prints "15.3." as "15,3": the stray mark of the source is not in our .docx.
    .filter((code) => code !== 'number.stray-separator')
    .sort();

async function readBack(name: ExampleName, bytes: Uint8Array, extension = 'docx') {
  const reading = await readNotice({ name: `${name}.${extension}`, bytes });
  const check = checkNotice(reading, { now: NOW });
  return { reading, ...check };
}

describe.each([
  ['our .docx', async (name: ExampleName) => exampleDocx(name, NOW), 'docx', true],
  [
    'our .docx re-saved by LibreOffice',
    async (name: ExampleName) => convert(`${name}.docx`, await exampleDocx(name, NOW), 'docx'),
    'docx',
    office,
  ],
  [
    'our .docx saved as .doc by LibreOffice',
    async (name: ExampleName) => convert(`${name}.docx`, await exampleDocx(name, NOW), 'doc'),
    'doc',
    office,
  ],
] as const)('%s, read back', (_label, make, extension, available) => {
  describe.skipIf(!available).each(EXAMPLES)('%s', (name) => {
    let result: Awaited<ReturnType<typeof readBack>>;
    beforeAll(async () => {
      result = await readBack(name, await make(name), extension);
    });

    it('is read as a conclusion notice, without notes', () => {
      expect(result.reading.notes).toEqual([]);
      expect(result.reading.recognised.parts).toEqual([
        'process',
        'results',
        'assessment',
        'recommendations',
      ]);
      expect(result.issues).toEqual([]);
    });

    it('gives every figure of the YAML, and no other', () => {
      const got = result.supervision ? figureValues(allFigures(result.supervision)) : [];
      expect(got).toEqual(figureValues(allFigures(example(name))));
    });

    it("gives the YAML's findings", () => {
      const core = result.findings.filter((f) => !f.code.startsWith('text.')).map((f) => f.code);
      expect(core.sort()).toEqual(yamlCodes(name));
    });
  });
});

describe('the clean example', () => {
  it('read back from our .docx, has nothing to report at all', async () => {
    const { findings } = await readBack('thanh-binh-2025', await exampleDocx('thanh-binh-2025', NOW));
    expect(findings).toEqual([]);
  });

  it('with its amounts also in words, still nothing: the words say the amounts', async () => {
    const { findings, reading } = await readBack(
      'thanh-binh-2025',
      await exampleDocx('thanh-binh-2025', NOW, true),
    );
    expect(reading.document.items.some((i) => i.kind === 'paragraph' && /Bằng chữ/.test(i.text))).toBe(true);
    expect(findings).toEqual([]);
  });
});

describe('the transcribed seed', () => {
  it('read back from our .docx, still shows the faults of its text', async () => {
    const { findings } = await readBack('diem-mac-2024', await exampleDocx('diem-mac-2024', NOW));
    const text = findings.filter((f) => f.code.startsWith('text.')).map((f) => [f.code, f.params.written]);
    expect(text).toContainEqual(['text.repeated-words', 'Thực hiện Thực hiện']);
    expect(text).toContainEqual(['text.symbol-form', '43 /KH-UBND']);
  });
});
