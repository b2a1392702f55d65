import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  checkSupervision,
  type Finding,
  formatIssue,
  parseSupervisionText,
  parseSupervisionUnsafe,
  type SectionInput,
  type Supervision,
  type SupervisionInput,
} from '@diemmac/core';
import { citationText } from '@diemmac/core/adapters';

/** The day the tests pretend it is, as an adapter's clock would say. */
export const NOW = { year: 2024, month: 11, day: 20 } as const;

/** Where an example of the repository's `examples/` folder lives. */
export function examplePath(name: string): string {
  return fileURLToPath(new URL(`../../../examples/${name}`, import.meta.url));
}

export const hasExample = (name: string): boolean => existsSync(examplePath(name));

/**
 * An example read, parsed and checked, as an adapter would do it: the core reads the YAML
 * text itself, so that an unquoted 1.248 keeps its written form.
 */
export function example(
  name: string,
  now: { year: number; month: number; day: number } = NOW,
): { model: Supervision; findings: Finding[] } {
  const read = parseSupervisionText(readFileSync(examplePath(name), 'utf8'));
  if (!read.ok) {
    const why =
      read.stage === 'syntax'
        ? JSON.stringify(read.errors)
        : read.issues.map((i) => formatIssue(i, 'en')).join('\n');
    throw new Error(`examples/${name} does not parse:\n${why}`);
  }
  return { model: read.value, findings: checkSupervision(read.value, { now }) };
}

type FigureInput = NonNullable<SectionInput['figures']>[number];

/**
 * A minimal valid supervision, with the given figure blocks in one section. Builders,
 * not copied blobs: each test says only what matters to it.
 */
export function supervision(
  figures: FigureInput[] = [],
  overrides: Partial<SupervisionInput> = {},
): Supervision {
  return parseSupervisionUnsafe({
    schemaVersion: 1,
    id: 'test',
    year: 2025,
    subject: 'Kết luận giám sát thử',
    body: { level: 'xa', kind: 'thuong-truc', name: 'Hội đồng nhân dân xã Thử' },
    locality: { name: 'Thử', province: 'Thái Nguyên' },
    supervised: ['Ủy ban nhân dân xã Thử'],
    documents: { conclusion: { number: '5', date: '30/10/2025', place: 'Thử' } },
    sections: [{ key: 'reform.procedures', number: '1.', title: 'Thủ tục hành chính', figures }],
    signature: { authority: 'TM.', body: 'ĐOÀN GIÁM SÁT', position: 'TRƯỞNG ĐOÀN', signer: 'Nguyễn Văn A' },
    ...overrides,
  } satisfies SupervisionInput);
}

/**
 * Every figure the model reports, written the Vietnamese way: dots group thousands, a
 * comma marks decimals, and a figure keeps the decimals it was written with.
 */
export function reportedFigures(model: Supervision): { written: string; vietnamese: string }[] {
  const out: { written: string; vietnamese: string }[] = [];
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    const r = node as { written?: unknown; scale?: unknown; value?: { toFixed(): string } };
    if (typeof r.written === 'string' && typeof r.scale === 'number' && r.value) {
      out.push({ written: r.written, vietnamese: vietnamese(r.value.toFixed(), r.scale) });
      return;
    }
    for (const child of Object.values(node)) visit(child);
  };
  const walk = (sections: Supervision['sections']): void => {
    for (const s of sections) {
      for (const f of s.figures) visit(f);
      walk(s.sections);
    }
  };
  walk(model.sections);
  return out;
}

// Written independently of the renderer's formatters, so the test can catch them.
function vietnamese(plain: string, scale: number): string {
  const [int = '', frac = ''] = plain.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return scale > 0 ? `${grouped},${frac.padEnd(scale, '0')}` : grouped;
}

/** The text of every citation of the model, in reading order. */
export function citations(model: Supervision): string[] {
  const out = model.legalBases.map((c) => citationText(c));
  const walk = (sections: Supervision['sections']): void => {
    for (const s of sections) {
      for (const c of s.citations) out.push(citationText(c));
      walk(s.sections);
    }
  };
  walk(model.sections);
  return out;
}
