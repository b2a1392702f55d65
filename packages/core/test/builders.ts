import type { SectionInput, SupervisionInput } from '../src/index.js';

type FigureInput = NonNullable<SectionInput['figures']>[number];

/**
 * A minimal valid supervision, with the given figure blocks in one section. Builders,
 * not copied blobs: each test says only what matters to it.
 */
export function supervision(
  figures: FigureInput[] = [],
  overrides: Partial<SupervisionInput> = {},
): SupervisionInput {
  return {
    schemaVersion: 1,
    id: 'test',
    year: 2025,
    subject: 'Giám sát thử',
    body: { level: 'xa', kind: 'thuong-truc', name: 'Hội đồng nhân dân xã Thử' },
    locality: { name: 'Thử', province: 'Thái Nguyên' },
    supervised: ['Ủy ban nhân dân xã Thử'],
    documents: { conclusion: { date: '30/10/2025', place: 'Thử' } },
    sections: [{ key: 'reform.procedures', title: 'Thủ tục hành chính', figures }],
    signature: { authority: 'TM.', body: 'ĐOÀN GIÁM SÁT', position: 'TRƯỞNG ĐOÀN', signer: 'Nguyễn Văn A' },
    framework: 'flat',
    ...overrides,
  };
}

/** A dossier block whose identities all hold, with any field replaced. */
export function dossiers(over: Record<string, unknown> = {}): FigureInput {
  return {
    kind: 'dossiers',
    received: { total: 100, online: 90, direct: 8, carriedOver: 2 },
    resolved: { total: 95, early: 60, onTime: 33, late: 2 },
    pending: { total: 5, withinDeadline: 4, overdue: 1 },
    apologies: 2,
    ...over,
  } as FigureInput;
}

/** A flat outline framework with the one section key the builder uses. */
export const FLAT_OUTLINE = {
  id: 'flat',
  name: 'Phẳng',
  version: '1',
  sections: [{ key: 'reform.procedures', title: 'Thủ tục hành chính', titleEn: 'Procedures' }],
};
