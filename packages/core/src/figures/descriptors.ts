import { COMMUNE_BUDGET_CATEGORIES } from '../frameworks/budget.js';
import { INDEX766_DECISION_5, INDEX766_PORTAL_6 } from '../frameworks/index766.js';
import type {
  FieldDescriptor,
  FigureDescriptor,
  ItemDescriptor,
  ListDescriptor,
  OptionDescriptor,
  Term,
  WrittenForm,
} from './descriptor.js';
import { BUDGET_DIRECTIONS, type FigureKind, QUALIFICATION_GROUPS } from './schema.js';

// The words of every figure field, once. Vietnamese is the word a notice uses; English the
// word the English interface and messages use. The glossary in the core's README lists them.

const term = (vi: string, en: string): Term => ({ vi, en });
const field = (
  path: string,
  form: WrittenForm,
  words: Term,
  more: Omit<FieldDescriptor, 'path' | 'form' | 'term'> = {},
): FieldDescriptor => ({ path, form, term: words, ...more });

const DOSSIER = term('hồ sơ', 'dossiers');
const PEOPLE = term('người', 'people');
const PETITION = term('đơn', 'petitions');
const count = (path: string, words: Term, unit: Term = DOSSIER) => field(path, 'count', words, { unit });

const RATE = term('Tỷ lệ', 'Rate');
const IN_WORDS = term('Bằng chữ', 'In words');
const IN_WORDS_HELP = term(
  'Số tiền bằng chữ như văn bản ghi: "Một trăm hai mươi triệu đồng"',
  'The amount in words, as the notice writes it',
);
const LABEL = term('Nội dung', 'What');

/** The versions of the 766 index the core knows, named in both languages. */
const INDEX766_VERSIONS: readonly OptionDescriptor[] = [
  {
    value: INDEX766_PORTAL_6.id,
    term: term(INDEX766_PORTAL_6.name, 'Index 766 on the National Public Service Portal (6 groups)'),
  },
  {
    value: INDEX766_DECISION_5.id,
    term: term(INDEX766_DECISION_5.name, 'Index 766 under Decision 766/QĐ-TTg (5 groups)'),
  },
];
/** Every component key of every version, once, with its title. */
const INDEX766_COMPONENTS: readonly OptionDescriptor[] = [
  ...new Map(
    [...INDEX766_PORTAL_6.components, ...INDEX766_DECISION_5.components].map((c) => [
      c.key,
      { value: c.key, term: term(c.title, c.titleEn) },
    ]),
  ).values(),
];
const BUDGET_CATEGORY_OPTIONS: readonly OptionDescriptor[] = COMMUNE_BUDGET_CATEGORIES.map((c) => ({
  value: c.key,
  term: term(c.title, c.titleEn),
}));
const DIRECTION_WORDS: Record<(typeof BUDGET_DIRECTIONS)[number], Term> = {
  revenue: term('Thu', 'Revenue'),
  expenditure: term('Chi', 'Expenditure'),
};
const GROUP_WORDS: Record<(typeof QUALIFICATION_GROUPS)[number], Term> = {
  cadres: term('Cán bộ', 'Cadres'),
  civilServants: term('Công chức', 'Civil servants'),
  all: term('Cán bộ, công chức', 'Cadres and civil servants'),
};

const budgetItems: ListDescriptor = {
  list: 'items',
  term: term('Khoản chi tiết', 'Items'),
  columns: [
    field('label', 'text', term('Khoản', 'Item')),
    field('category', 'select', term('Loại', 'Category'), {
      options: BUDGET_CATEGORY_OPTIONS,
      help: term('Mã loại thu, chi trong danh mục, vd "vat"', 'Category code, e.g. "vat"'),
    }),
    field('direction', 'select', term('Thu hay chi', 'Revenue or expenditure'), {
      options: BUDGET_DIRECTIONS.map((value) => ({ value, term: DIRECTION_WORDS[value] })),
      help: term('Bỏ trống thì suy ra từ loại', 'Inferred from the category when left out'),
    }),
    field('actual', 'money', term('Thực hiện', 'Actual')),
    field('inWords', 'text', IN_WORDS, { help: IN_WORDS_HELP }),
    field('plan', 'money', term('Dự toán', 'Plan')),
    field('rate', 'rate', RATE),
  ],
};
const budgetSide = (side: 'revenue' | 'expenditure', words: Term) => ({
  group: side,
  term: words,
  items: [
    field(`${side}.actual`, 'money', term('Thực hiện', 'Actual')),
    field(`${side}.inWords`, 'text', IN_WORDS, { help: IN_WORDS_HELP }),
    field(`${side}.plan`, 'money', term('Dự toán', 'Plan'), {
      help: term('Dự toán được giao', 'The budget plan as assigned'),
    }),
    field(`${side}.rate`, 'rate', RATE),
    { ...budgetItems, list: `${side}.items` },
  ],
});

/** The figure kinds the core knows, each with its words and fields. */
export const FIGURE_DESCRIPTORS: Readonly<Record<FigureKind, FigureDescriptor>> = {
  index766: {
    kind: 'index766',
    schemaName: 'Index766Block',
    term: term('Bộ chỉ số 766', 'Service index 766'),
    help: term(
      'Bộ chỉ số phục vụ người dân, doanh nghiệp (Quyết định 766/QĐ-TTg): điểm từng thành phần so với điểm tối đa, và tổng điểm',
      'The citizen and business service index (Decision 766/QĐ-TTg): each component against its maximum, and the total',
    ),
    items: [
      field('total', 'score', term('Tổng điểm', 'Total score')),
      field('framework', 'select', term('Khung chỉ số', 'Index version'), {
        options: INDEX766_VERSIONS,
        help: term('Phiên bản khung; mặc định "portal-6"', 'Version of the index; "portal-6" by default'),
      }),
      {
        list: 'components',
        term: term('Thành phần', 'Components'),
        columns: [
          field('key', 'select', term('Mã thành phần', 'Component key'), { options: INDEX766_COMPONENTS }),
          field('label', 'text', term('Tên thành phần', 'Component name')),
          field('score', 'score', term('Điểm', 'Score')),
          field('max', 'score', term('Điểm tối đa', 'Maximum'), { numeric: true }),
        ],
      },
    ],
  },
  dossiers: {
    kind: 'dossiers',
    schemaName: 'DossierBlock',
    term: term('Hồ sơ thủ tục hành chính', 'One-stop-shop dossiers'),
    help: term(
      'Tiếp nhận và giải quyết hồ sơ theo cơ chế một cửa (Biểu II.06a, Thông tư 01/2020/TT-VPCP): tiếp nhận = đã giải quyết + đang giải quyết',
      'One-stop-shop dossiers (form II.06a, Circular 01/2020/TT-VPCP): received = resolved + pending',
    ),
    items: [
      {
        group: 'received',
        term: term('Tiếp nhận', 'Received'),
        items: [
          count('received.total', term('Tổng tiếp nhận', 'Total received')),
          count('received.online', term('Qua mạng', 'Online')),
          count('received.direct', term('Trực tiếp', 'Direct')),
          count('received.postal', term('Qua bưu chính công ích', 'By public post')),
          {
            ...count(
              'received.directOrPostal',
              term('Trực tiếp và qua bưu chính công ích', 'Direct and by post'),
            ),
            help: term('Trực tiếp và bưu chính gộp một số', 'Direct and postal counted together'),
          },
          count('received.carriedOver', term('Kỳ trước chuyển sang', 'Carried over')),
        ],
      },
      {
        group: 'resolved',
        term: term('Đã giải quyết', 'Resolved'),
        items: [
          count('resolved.total', term('Tổng đã giải quyết', 'Total resolved')),
          count('resolved.early', term('Trước hạn', 'Early')),
          count('resolved.onTime', term('Đúng hạn', 'On time')),
          count('resolved.late', term('Quá hạn', 'Late')),
        ],
      },
      {
        group: 'pending',
        term: term('Đang giải quyết', 'Pending'),
        items: [
          count('pending.total', term('Tổng đang giải quyết', 'Total pending')),
          count('pending.withinDeadline', term('Chưa tới hạn', 'Not yet due')),
          count('pending.overdue', term('Quá hạn', 'Overdue')),
        ],
      },
      {
        group: 'other',
        term: term('Khác', 'Other'),
        items: [
          count('withdrawn', term('Rút hồ sơ', 'Withdrawn')),
          count('suspended', term('Tạm dừng', 'Suspended')),
          count('apologies', term('Văn bản xin lỗi', 'Written apologies'), term('văn bản', 'letters')),
        ],
      },
    ],
  },
  digitisation: {
    kind: 'digitisation',
    schemaName: 'DigitisationBlock',
    term: term('Số hóa hồ sơ', 'Digitisation of dossiers'),
    help: term(
      'Số hồ sơ, kết quả giải quyết đã số hóa trên tổng số, và tỷ lệ như văn bản ghi',
      'Dossiers and results digitised out of the total, and the rate as written',
    ),
    items: [
      count('done', term('Đã số hóa', 'Digitised')),
      count('total', term('Tổng số hồ sơ', 'Total dossiers')),
      field('rate', 'rate', RATE),
    ],
  },
  onlineServices: {
    kind: 'onlineServices',
    schemaName: 'OnlineServicesBlock',
    term: term('Hồ sơ trực tuyến toàn trình', 'Full-process online dossiers'),
    help: term(
      'Hồ sơ của dịch vụ công trực tuyến toàn trình và số được xử lý trực tuyến',
      'Dossiers of full-process online services, and how many were processed online',
    ),
    items: [
      count('fullProcessDossiers', term('Hồ sơ toàn trình', 'Full-process dossiers')),
      count('processedOnline', term('Xử lý trực tuyến', 'Processed online')),
      field('rate', 'rate', RATE),
    ],
  },
  budget: {
    kind: 'budget',
    schemaName: 'BudgetBlock',
    term: term('Thu, chi ngân sách', 'Budget revenue and expenditure'),
    help: term(
      'Thực hiện thu, chi ngân sách xã so với dự toán giao, bằng đồng',
      'Commune budget execution against plan, in whole đồng',
    ),
    items: [
      budgetSide('revenue', term('Tổng thu ngân sách', 'Total revenue')),
      budgetSide('expenditure', term('Tổng chi ngân sách', 'Total expenditure')),
    ],
  },
  staffing: {
    kind: 'staffing',
    schemaName: 'StaffingBlock',
    term: term('Biên chế', 'Staffing'),
    help: term(
      'Biên chế được giao và hiện có, cán bộ theo cơ quan, công chức, trình độ',
      'Staff quota and present, cadres by body, civil servants, qualifications',
    ),
    items: [
      field('asOf', 'date', term('Tính đến ngày', 'As of')),
      count('quota', term('Biên chế được giao', 'Staff quota'), PEOPLE),
      count('present', term('Biên chế hiện có', 'Staff present'), PEOPLE),
      count('cadres.total', term('Cán bộ', 'Cadres'), PEOPLE),
      count('civilServants.total', term('Công chức', 'Civil servants'), PEOPLE),
      {
        list: 'cadres.byBody',
        term: term('Cán bộ theo cơ quan', 'Cadres by body'),
        columns: [
          field('label', 'text', term('Cơ quan', 'Body')),
          count('count', term('Số người', 'People'), PEOPLE),
        ],
      },
      {
        list: 'qualifications',
        term: term('Trình độ', 'Qualifications'),
        help: term(
          '"Trình độ đại học 07/09": số người của nhóm có trình độ đó',
          'How many of a group hold a qualification',
        ),
        columns: [
          field('group', 'select', term('Nhóm', 'Group'), {
            options: QUALIFICATION_GROUPS.map((value) => ({ value, term: GROUP_WORDS[value] })),
          }),
          field('label', 'text', term('Trình độ', 'Qualification')),
          count('count', term('Số người', 'People'), PEOPLE),
          count('of', term('Trên tổng số', 'Out of'), PEOPLE),
        ],
      },
    ],
  },
  count: {
    kind: 'count',
    schemaName: 'CountBlock',
    term: term('Số lượng', 'Count'),
    help: term(
      'Một số đếm, có thể chia thành các phần: "09 tuyên truyền viên: đại học 06, trung cấp 03"',
      'A count, optionally broken down into parts',
    ),
    items: [
      field('label', 'text', LABEL),
      field('unit', 'text', term('Đơn vị tính', 'Unit')),
      field('value', 'count', term('Số lượng', 'Count')),
      field('partsComplete', 'bool', term('Các phần cộng lại bằng tổng', 'The parts add up to the total'), {
        help: term('Bỏ chọn khi văn bản chỉ nêu một phần', 'Unset when the notice lists only some parts'),
      }),
      {
        list: 'parts',
        term: term('Gồm', 'Parts'),
        columns: [
          field('label', 'text', term('Phần', 'Part')),
          field('value', 'count', term('Số lượng', 'Count')),
        ],
      },
    ],
  },
  dialogues: {
    kind: 'dialogues',
    schemaName: 'DialogueBlock',
    term: term('Đối thoại với Nhân dân', 'Dialogues with the people'),
    help: term(
      'Các cuộc đối thoại của người đứng đầu với Nhân dân và số người tham gia',
      'Dialogues of leaders with the people, and how many took part',
    ),
    items: [
      count('count', term('Số cuộc đối thoại', 'Dialogues held'), term('cuộc', 'dialogues')),
      count('participants', term('Số người tham gia', 'Participants'), PEOPLE),
      {
        list: 'places',
        term: term('Địa điểm', 'Places'),
        scalar: true,
        columns: [field('value', 'text', term('Địa điểm', 'Place'))],
      },
    ],
  },
  amount: {
    kind: 'amount',
    schemaName: 'AmountBlock',
    term: term('Số tiền', 'Amount'),
    help: term('Một số tiền mà các loại số liệu khác không bao quát', 'A sum of money no other kind covers'),
    items: [
      field('label', 'text', LABEL),
      field('value', 'money', term('Số tiền', 'Amount')),
      field('inWords', 'text', IN_WORDS, { help: IN_WORDS_HELP }),
    ],
  },
  ratio: {
    kind: 'ratio',
    schemaName: 'RatioBlock',
    term: term('Tỷ lệ', 'Ratio'),
    help: term(
      'Một phần trên tổng, với tỷ lệ như văn bản ghi',
      'A part of a whole, with its rate as written',
    ),
    items: [
      field('label', 'text', LABEL),
      field('part', 'count', term('Phần', 'Part')),
      field('whole', 'count', term('Tổng', 'Whole')),
      field('rate', 'rate', RATE),
    ],
  },
  citizenReception: {
    kind: 'citizenReception',
    schemaName: 'CitizenReceptionBlock',
    term: term('Tiếp công dân, xử lý đơn thư', 'Citizen reception and petitions'),
    help: term(
      'Số buổi tiếp công dân, lượt người được tiếp, đơn thư tiếp nhận và kết quả xử lý (Luật Tiếp công dân 2013)',
      'Reception sessions held, people received, petitions received and what became of them (Law on Citizen Reception 2013)',
    ),
    items: [
      count('sessions', term('Số buổi tiếp công dân', 'Reception sessions'), term('buổi', 'sessions')),
      count('people', term('Lượt người được tiếp', 'People received'), term('lượt người', 'visits')),
      {
        group: 'petitions',
        term: term('Đơn thư', 'Petitions'),
        items: [
          count('petitions.received', term('Đơn tiếp nhận', 'Petitions received'), PETITION),
          count(
            'petitions.withinJurisdiction',
            term('Thuộc thẩm quyền', 'Within the commune’s jurisdiction'),
            PETITION,
          ),
          count(
            'petitions.outsideJurisdiction',
            term('Không thuộc thẩm quyền', 'Outside its jurisdiction'),
            PETITION,
          ),
          count('petitions.resolved', term('Đã giải quyết', 'Resolved'), PETITION),
          count('petitions.pending', term('Đang giải quyết', 'Pending'), PETITION),
          {
            ...count('petitions.forwarded', term('Chuyển, hướng dẫn', 'Forwarded or referred'), PETITION),
            help: term(
              'Đơn chuyển hoặc hướng dẫn đến cơ quan có thẩm quyền',
              'Petitions passed or referred to the competent body',
            ),
          },
        ],
      },
    ],
    examples: {
      'reception.resolved-exceeds-received': {
        kind: 'citizenReception',
        sessions: 12,
        people: 41,
        petitions: { received: 30, withinJurisdiction: 20, outsideJurisdiction: 10, resolved: 22 },
      },
    },
  },
};

/** Fields every figure block has. */
export const COMMON_FIGURE_FIELDS: readonly ItemDescriptor[] = [
  field('id', 'text', term('Mã khối', 'Block id'), {
    help: term('Chữ thường và gạch nối', 'Lower case and hyphens'),
  }),
  {
    group: 'period',
    term: term('Kỳ số liệu', 'Period'),
    items: [
      field('period.from', 'date', term('Kỳ: từ ngày', 'Period: from')),
      field('period.to', 'date', term('Kỳ: đến ngày', 'Period: to')),
      field('period.label', 'text', term('Kỳ (như văn bản ghi)', 'Period (as written)')),
    ],
  },
  field('note', 'text', term('Ghi chú', 'Note')),
  {
    list: 'statedPeriods',
    term: term('Các kỳ khác văn bản nêu', 'Other stated periods'),
    help: term(
      'Các kỳ khác văn bản nêu cho cùng nhóm số liệu',
      'Other periods the text states for the same figures',
    ),
    columns: [
      field('from', 'date', term('Kỳ: từ ngày', 'Period: from')),
      field('to', 'date', term('Kỳ: đến ngày', 'Period: to')),
      field('label', 'text', term('Kỳ (như văn bản ghi)', 'Period (as written)')),
    ],
  },
];
