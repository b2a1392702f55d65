import type { SupervisionInput } from '../supervision/schema.js';

/** The day the examples are checked on, so `explain` says the same thing every day. */
export const EXAMPLE_DAY = { year: 2024, month: 11, day: 20 } as const;

/** The conclusion notice of the examples: a draft of November 2024. */
export const DRAFT_NOTICE = { number: null, date: '11/2024', place: 'Thanh Bình' };

/** A small supervision with nothing to find; each example changes it in one place. */
export function baseSupervision(): SupervisionInput {
  return {
    schemaVersion: 1,
    id: 'vi-du-2024',
    year: 2024,
    subject: 'Kết luận giám sát công tác cải cách hành chính năm 2024',
    framework: 'cchc-xa',
    body: { level: 'xa', kind: 'thuong-truc', name: 'Hội đồng nhân dân xã Thanh Bình' },
    locality: { unit: 'xa', name: 'Thanh Bình', province: 'Thái Nguyên' },
    supervised: ['Ủy ban nhân dân xã Thanh Bình'],
    documents: { conclusion: { ...DRAFT_NOTICE } },
    signature: { authority: 'TM.', body: 'ĐOÀN GIÁM SÁT', position: 'TRƯỞNG ĐOÀN', signer: 'Nguyễn Văn An' },
  };
}

/** The part of a supervision an example shows: top-level keys, laid over the base. */
export type Fragment = Partial<SupervisionInput>;

/**
 * A rule's worked example: the input (a fragment laid over {@link baseSupervision}) and the
 * finding it gives when checked on {@link EXAMPLE_DAY}: that rule's, and no other.
 */
export interface Example {
  readonly input: Fragment;
  readonly finding: { readonly code: string };
}

export const example = (code: string, input: Fragment): Example => ({ input, finding: { code } });

/** One figure block in one section. */
export const figure = (block: Record<string, unknown>): Fragment => ({
  sections: [{ key: 'direction', title: 'Công tác chỉ đạo điều hành', figures: [block as never] }],
});

/** Citations (and paragraphs) of one section. */
export const cited = (citations: unknown[], paragraphs: string[] = []): Fragment => ({
  sections: [
    { key: 'direction', title: 'Công tác chỉ đạo điều hành', paragraphs, citations: citations as never },
  ],
});

export const PORTAL_6 = (scores: Record<string, string | number>, max: Record<string, number> = {}) =>
  Object.entries({ ckmb: 18, tdgq: 20, clgq: 12, tttt: 10, mdhl: 18, mdsh: 22 }).map(([key, m]) => ({
    key,
    score: scores[key] ?? m,
    max: max[key] ?? m,
  }));

/**
 * The base with an example laid over it.
 *
 * @example
 * withFragment(RULE_EXAMPLES['dossier.balance']!.input).sections?.[0]?.figures?.[0] // { kind: 'dossiers', … }
 */
export function withFragment(fragment: Fragment): SupervisionInput {
  const base = baseSupervision();
  return { ...base, ...fragment, documents: { ...base.documents, ...fragment.documents } };
}
