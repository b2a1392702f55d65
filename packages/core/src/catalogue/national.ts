import { type CivilDate, readDate } from '../figures/values.js';
import type { CataloguedDocument, CataloguedDocumentInput } from './schema.js';

// Each entry says where its facts were read. Tags as in shared/DOMAIN.md: [official] an official
// or press summary, [code] someone's implementation, [unsure] not confirmed; `unsure` lists the
// facts no rule may raise a finding on.
const ENTRIES: CataloguedDocumentInput[] = [
  {
    type: 'QĐ',
    number: '766',
    symbol: 'TTg',
    date: '23/6/2022',
    issuer: 'Thủ tướng Chính phủ',
    subject:
      'phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử',
    topics: [
      'bộ chỉ số chỉ đạo điều hành',
      'chất lượng phục vụ người dân doanh nghiệp',
      'theo thời gian thực',
    ],
    source:
      'shared/DOMAIN.md ("Quyết định 766/QĐ-TTg, 23/6/2022") [official]; the same number, date and subject in public implementations of the index [code]',
  },
  {
    type: 'NĐ',
    number: '30',
    year: 2020,
    symbol: 'CP',
    date: '05/3/2020',
    issuer: 'Chính phủ',
    subject: 'công tác văn thư',
    topics: ['công tác văn thư', 'thể thức văn bản', 'kỹ thuật trình bày văn bản'],
    effective: { from: '05/3/2020' },
    replaces: ['110/2004/NĐ-CP', '09/2010/NĐ-CP'],
    source:
      'https://lawnet.vn/thong-tin-phap-luat/en/hanh-chinh/only-a4-paper-size-shall-be-used-for-all-types-of-documents-starting-march-05-2020-in-vietnam-148146.html (effective 05/3/2020, replaces 110/2004 and 09/2010) [official]',
  },
  {
    type: 'NĐ',
    number: '61',
    year: 2018,
    symbol: 'CP',
    date: '23/4/2018',
    issuer: 'Chính phủ',
    subject: 'thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính',
    topics: ['cơ chế một cửa', 'một cửa liên thông'],
    effective: { from: '21/6/2018' },
    source:
      'https://english.luatvietnam.vn/decree-no-61-2018-nd-cp-dated-april-23-2018-of-the-government-on-the-implementation-of-the-single-window-and-inter-agency-single-window-mechanism-in-162320-doc1.html; effective 21/6/2018: https://bizlawyer.vn/zh-hans/application-of-information-technology-in-administrative-procedures [official]. Followed by 118/2025/NĐ-CP from 01/7/2025; whether that repeals it is [unsure], so no end date here',
  },
  {
    type: 'NĐ',
    number: '107',
    year: 2021,
    symbol: 'CP',
    date: '06/12/2021',
    issuer: 'Chính phủ',
    subject:
      'sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính',
    topics: ['cơ chế một cửa', 'một cửa liên thông'],
    amends: ['61/2018/NĐ-CP'],
    source:
      'https://english.luatvietnam.vn/decree-no-107-2021-nd-cp-of-the-government-amending-and-supplementing-a-number-of-articles-of-the-governments-decree-no-61-213706-doc1.html [official]',
  },
  {
    type: 'NĐ',
    number: '118',
    year: 2025,
    symbol: 'CP',
    date: '09/6/2025',
    issuer: 'Chính phủ',
    subject:
      'thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia',
    topics: ['cơ chế một cửa', 'một cửa liên thông', 'bộ phận một cửa', 'trung tâm phục vụ hành chính công'],
    effective: { from: '01/7/2025' },
    source:
      'https://en.vneconomy.vn/one-stop-shop-divisions-to-be-established-at-ministerial-provincial-communal-levels.htm (dated 09/6/2025, effective 01/7/2025) [official]; amended by 367/2025/NĐ-CP (news.laodong.vn) [official]',
  },
  {
    type: 'NĐ',
    number: '42',
    year: 2022,
    symbol: 'CP',
    date: '24/6/2022',
    issuer: 'Chính phủ',
    subject:
      'quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng',
    topics: ['dịch vụ công trực tuyến', 'cung cấp thông tin'],
    effective: { from: '15/8/2022' },
    source:
      'https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Nghi-dinh-42-2022-ND-CP-cung-cap-thong-tin-dich-vu-cong-truc-tuyen-tren-moi-truong-mang-518831.aspx; effective 15/8/2022: https://trademarkvn.com.vn/legal-updated/149-administrative/2205-state-agencies-information-channels-in-cyber-environment.html [official]',
  },
  {
    type: 'NĐ',
    number: '33',
    year: 2023,
    symbol: 'CP',
    date: '10/6/2023',
    issuer: 'Chính phủ',
    subject:
      'quy định về cán bộ, công chức cấp xã và người hoạt động không chuyên trách ở cấp xã, ở thôn, tổ dân phố',
    topics: ['cán bộ công chức cấp xã', 'cán bộ công chức', 'người hoạt động không chuyên trách', 'biên chế'],
    effective: { from: '01/8/2023' },
    source:
      'https://lawnet.vn/en/laws/issued-decree-no-33-2023-nd-cp-on-commune-level-officials-and-non-specialized-activists-at-commune-l-166880.html; effective 01/8/2023: https://vietnam.vn/en/tu-1-8-so-luong-can-bo-cong-chuc-cap-xa-se-thay-doi-the-nao [official]',
  },
  {
    type: 'NĐ',
    number: '63',
    year: 2024,
    symbol: 'CP',
    date: '10/6/2024',
    issuer: 'Chính phủ',
    subject:
      'quy định thực hiện liên thông điện tử 02 nhóm thủ tục hành chính: đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi; đăng ký khai tử, xóa đăng ký thường trú, giải quyết mai táng phí, tử tuất',
    topics: ['liên thông điện tử', 'đăng ký khai sinh', 'đăng ký khai tử', 'hộ tịch'],
    source:
      'https://lawnet.vn/en/laws/da-co-nghi-dinh-632024ndcp-quy-dinh-ve-dang-ky-khai-sinh-thuong-tru-cap-the-bhyt-cho-tre-duoi-6-tuo-157811.html (dated 10/6/2024; interlinking on VNeID from 01/7/2024) [official]',
  },
  {
    type: 'NĐ',
    number: '130',
    year: 2005,
    symbol: 'CP',
    date: '17/10/2005',
    issuer: 'Chính phủ',
    subject:
      'quy định chế độ tự chủ, tự chịu trách nhiệm về sử dụng biên chế và kinh phí quản lý hành chính đối với các cơ quan nhà nước',
    topics: ['tự chủ tự chịu trách nhiệm', 'kinh phí quản lý hành chính'],
    source:
      'Thông tư liên tịch 03/2006/TTLT-BTC-BNV, which cites "Nghị định số 130/2005/NĐ-CP ngày 17/10/2005": https://luatminhkhue.vn/en/joint-circular-no-03-2006-ttlt-btc-bnv-guiding-the-implemen-tation-of-the-government%E2%80%99s-decree-no-130-2005-nd-cp-providing-for-the-regime-of-autonomy-and-self-responsibility-for-use-of-administrative-management-payrolls-and-funds.aspx [official]. A replacing decree from 2026 is reported [unsure], so no end date here',
  },
  {
    type: 'NĐ',
    number: '117',
    year: 2013,
    symbol: 'CP',
    date: '07/10/2013',
    issuer: 'Chính phủ',
    subject:
      'sửa đổi, bổ sung một số điều của Nghị định số 130/2005/NĐ-CP quy định chế độ tự chủ, tự chịu trách nhiệm về sử dụng biên chế và kinh phí quản lý hành chính đối với các cơ quan nhà nước',
    topics: ['tự chủ tự chịu trách nhiệm', 'kinh phí quản lý hành chính'],
    amends: ['130/2005/NĐ-CP'],
    source:
      'Amends 130/2005: https://www.scribd.com/presentation/710331453/BAI-2-NHOM-1 (a summary of both decrees) [code]; the date 07/10/2013 from a secondary summary [unsure]',
    unsure: ['date'],
  },
  {
    type: 'Luật',
    number: '87',
    year: 2015,
    symbol: 'QH13',
    title: 'Hoạt động giám sát của Quốc hội và Hội đồng nhân dân',
    date: '20/11/2015',
    issuer: 'Quốc hội',
    subject: 'hoạt động giám sát của Quốc hội và Hội đồng nhân dân',
    topics: ['hoạt động giám sát'],
    effective: { from: '01/7/2016', until: '28/02/2026' },
    source:
      'https://english.luatvietnam.vn/law-no-87-2015-qh13-on-oversight-activities-of-the-national-assembly-and-peoples-councils-101337-doc1.html (passed 20/11/2015); effective 01/7/2016: https://lawnet.vn/thong-tin-phap-luat/en/chinh-sach-moi/supreme-supervision-by-the-national-assembly-of-vietnam-130698.html; replaced from 01/3/2026 (shared/DOMAIN.md) [official]',
  },
  {
    type: 'Luật',
    number: '121',
    year: 2025,
    symbol: 'QH15',
    title: 'Hoạt động giám sát của Quốc hội và Hội đồng nhân dân',
    date: '10/12/2025',
    issuer: 'Quốc hội',
    subject: 'hoạt động giám sát của Quốc hội và Hội đồng nhân dân (sửa đổi)',
    topics: ['hoạt động giám sát'],
    effective: { from: '01/3/2026' },
    replaces: ['87/2015/QH13'],
    source:
      'Passed on 10/12/2025, in force 01/3/2026: https://www.vietnam.vn/en/quoc-hoi-thong-qua-luat-hoat-dong-giam-sat-cua-quoc-hoi-va-hdnd-sua-doi [official]; the number 121/2025/QH15 from shared/DOMAIN.md [official]',
  },
  {
    type: 'Luật',
    number: '10',
    year: 2022,
    symbol: 'QH15',
    title: 'Thực hiện dân chủ ở cơ sở',
    date: '10/11/2022',
    issuer: 'Quốc hội',
    subject: 'thực hiện dân chủ ở cơ sở',
    topics: ['dân chủ ở cơ sở', 'quy chế dân chủ'],
    effective: { from: '01/7/2023' },
    source:
      'https://thuvienphapluat.vn/van-ban/EN/Quyen-dan-su/Law-10-2022-QH15-implementation-of-grassroots-level-democracy/549905/tieng-anh.aspx (Law No. 10/2022/QH15, 10/11/2022); effective 01/7/2023: https://lawnet.vn/thong-tin-phap-luat/en/chinh-sach-moi/official-in-vietnam-the-law-on-implementation-of-grassroots-level-democracy-2022-127556.html [official]',
  },
];

/**
 * The national documents diemmac knows, with the dates that matter. A province adds its own
 * through `withFrameworks({ documents })`.
 *
 * @example
 * NATIONAL_DOCUMENTS.find((d) => d.number === '33' && d.year === 2023)?.date.written // '10/6/2023'
 */
export const NATIONAL_DOCUMENTS: CataloguedDocument[] = ENTRIES.map(catalogued);

/**
 * The entries as `CataloguedDocument` gives them (dates read, lists and `effective` defaulted,
 * keys in the schema's order), made without zod: they are diemmac's own constant data, which the
 * test beside this file parses with the schema and compares, so no start pays for checking them
 * again (zod's parse took a few milliseconds of every start).
 */
function catalogued(entry: CataloguedDocumentInput): CataloguedDocument {
  const { number, year, symbol, title, effective = {} } = entry;
  return {
    type: entry.type,
    ...(number !== undefined && { number }),
    ...(year !== undefined && { year }),
    ...(symbol !== undefined && { symbol }),
    ...(title !== undefined && { title }),
    date: dateOf(entry.date),
    issuer: entry.issuer,
    subject: entry.subject,
    topics: [...(entry.topics ?? [])],
    effective: {
      ...(effective.from !== undefined && { from: dateOf(effective.from) }),
      ...(effective.until !== undefined && { until: dateOf(effective.until) }),
    },
    amends: [...(entry.amends ?? [])],
    replaces: [...(entry.replaces ?? [])],
    source: entry.source,
    unsure: [...(entry.unsure ?? [])],
  };
}

/** A catalogue date, which must be readable (the test checks every entry with the schema too). */
function dateOf(written: string): CivilDate {
  const date = readDate(written);
  if (!date) throw new Error(`national catalogue: unreadable date ${written}`);
  return date;
}

/** The entries as written, for the test that parses them with the schema. */
export const NATIONAL_ENTRIES: readonly CataloguedDocumentInput[] = ENTRIES;
