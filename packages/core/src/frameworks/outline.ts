import * as z from 'zod';
import { nonEmptyText as nonEmpty } from '../shared/text-schemas.js';

/** One heading of an outline framework; children nest as in the notice. */
export interface OutlineNode {
  key: string;
  title: string;
  titleEn: string;
  /** A notice must have this section (any number, title, order or nesting); others are optional. */
  mandatory?: boolean | undefined;
  children?: OutlineNode[] | undefined;
}

export const OutlineNode: z.ZodType<OutlineNode> = z.object({
  key: nonEmpty,
  title: nonEmpty,
  titleEn: nonEmpty,
  mandatory: z.boolean().optional(),
  get children() {
    return z.array(OutlineNode).optional();
  },
});

/** An outline of the results sections (đề cương): data, so a province can define its own. */
export const OutlineFramework = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  name: nonEmpty,
  version: nonEmpty,
  sections: z.array(OutlineNode).min(1),
});
export type OutlineFramework = z.output<typeof OutlineFramework>;

/**
 * The outline of the Điềm Mặc 2024 notice: direction, public service, the six reform
 * areas, governance (PAPI), grassroots democracy, emulation. The default framework. No
 * section is mandatory in it: notices of other communes order, nest, merge or leave out
 * sections and are right to; a province's pack marks what its own notices must have.
 */
export const CCHC_XA: OutlineFramework = {
  id: 'cchc-xa',
  name: 'Giám sát cải cách hành chính, công vụ cấp xã',
  version: '2024.1',
  sections: [
    {
      key: 'direction',
      title: 'Công tác chỉ đạo điều hành',
      titleEn: 'Direction and administration',
    },
    {
      key: 'results',
      title: 'Kết quả thực hiện',
      titleEn: 'Results',
      children: [
        { key: 'public-service', title: 'Thực hiện công vụ', titleEn: 'Public service' },
        {
          key: 'reform',
          title: 'Cải cách hành chính',
          titleEn: 'Administrative reform',
          children: [
            { key: 'reform.institutions', title: 'Cải cách thể chế', titleEn: 'Institutions' },
            {
              key: 'reform.procedures',
              title: 'Cải cách thủ tục hành chính, cơ chế một cửa',
              titleEn: 'Procedures and one-stop shop',
            },
            { key: 'reform.apparatus', title: 'Cải cách tổ chức bộ máy', titleEn: 'Apparatus' },
            { key: 'reform.civil-service', title: 'Cải cách chế độ công vụ', titleEn: 'Civil service' },
            { key: 'reform.public-finance', title: 'Cải cách tài chính công', titleEn: 'Public finance' },
            {
              key: 'reform.e-government',
              title: 'Chính quyền điện tử, chính quyền số',
              titleEn: 'E-government',
            },
          ],
        },
        {
          key: 'governance',
          title: 'Nâng cao chỉ số hiệu quả quản trị và hành chính công (PAPI)',
          titleEn: 'Governance and public administration (PAPI)',
        },
        { key: 'grassroots-democracy', title: 'Thực hiện dân chủ ở cơ sở', titleEn: 'Grassroots democracy' },
        { key: 'emulation', title: 'Thi đua, khen thưởng', titleEn: 'Emulation and commendation' },
      ],
    },
  ],
};

/**
 * The sections a notice under this framework must have, wherever it puts them.
 *
 * @example
 * mandatorySections(withMandatory).map((n) => n.key) // ['direction', 'reform']
 */
export function mandatorySections(framework: OutlineFramework): OutlineNode[] {
  const out: OutlineNode[] = [];
  const walk = (nodes: OutlineNode[]) => {
    for (const node of nodes) {
      if (node.mandatory) out.push(node);
      if (node.children) walk(node.children);
    }
  };
  walk(framework.sections);
  return out;
}

/**
 * Every key of a framework with the key of its parent (undefined at the top).
 *
 * @example
 * outlineParents(CCHC_XA).get('reform.procedures') // 'reform'
 */
export function outlineParents(framework: OutlineFramework): Map<string, string | undefined> {
  const parents = new Map<string, string | undefined>();
  const walk = (nodes: OutlineNode[], parent: string | undefined) => {
    for (const node of nodes) {
      parents.set(node.key, parent);
      if (node.children) walk(node.children, node.key);
    }
  };
  walk(framework.sections, undefined);
  return parents;
}
