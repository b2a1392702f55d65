import { readFileSync } from 'node:fs';
import { checkSupervision, type FigureBlock, parseSupervisionText, type Supervision } from '@diemmac/core';
import { buildNotice, toDocx } from '@diemmac/notice';

export const EXAMPLES = ['diem-mac-2024', 'thanh-binh-2025'] as const;
export type ExampleName = (typeof EXAMPLES)[number];

/** One of the repository's examples, validated. */
export function example(name: ExampleName): Supervision {
  const text = readFileSync(new URL(`../../../examples/${name}.yaml`, import.meta.url), 'utf8');
  const parsed = parseSupervisionText(text);
  if (!parsed.ok) throw new Error(`examples/${name}.yaml does not parse`);
  return parsed.value;
}

/** The example rendered as our .docx, with the annex when it has findings to show. */
export async function exampleDocx(
  name: ExampleName,
  now: { year: number; month: number; day: number },
  amountsInWords = false,
): Promise<Uint8Array> {
  const model = example(name);
  const findings = checkSupervision(model, { now });
  return toDocx(buildNotice(model, { findings, annex: true, amountsInWords }));
}

/** Every written figure of a block, as exact values: what a round trip must give back. */
export function figureValues(blocks: readonly FigureBlock[]): string[] {
  const out: string[] = [];
  const walk = (v: unknown, key: string) => {
    if (v === null || typeof v !== 'object') return;
    if ('written' in v && 'value' in v && 'scale' in v) {
      out.push(`${key}=${String((v as { value: { toFixed(): string } }).value.toFixed())}`);
      return;
    }
    for (const [k, child] of Object.entries(v)) walk(child, Array.isArray(v) ? key : k);
  };
  for (const b of blocks) walk(b, b.kind);
  return out.sort();
}

/** The figure blocks of every section, depth first. */
export function allFigures(model: Supervision): FigureBlock[] {
  const out: FigureBlock[] = [];
  const walk = (sections: Supervision['sections']) => {
    for (const s of sections) {
      out.push(...s.figures);
      walk(s.sections);
    }
  };
  walk(model.sections);
  return out;
}
