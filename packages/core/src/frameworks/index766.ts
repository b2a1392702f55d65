import * as z from 'zod';
import { nonEmptyText as nonEmpty } from '../shared/text-schemas.js';

/** A version of the 766/QĐ-TTg index: its components and their maxima. */
export const Index766Framework = z.object({
  id: nonEmpty,
  name: nonEmpty,
  source: nonEmpty,
  components: z.array(z.object({ key: z.string(), title: z.string(), titleEn: z.string(), max: z.string() })),
});
export type Index766Framework = z.output<typeof Index766Framework>;

/** The five groups of Quyết định 766/QĐ-TTg (23/6/2022), summing to 100. */
export const INDEX766_DECISION_5: Index766Framework = {
  id: 'decision-5',
  name: 'Bộ chỉ số 766 theo Quyết định 766/QĐ-TTg (5 nhóm)',
  source: 'Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ',
  components: [
    { key: 'ckmb', title: 'Công khai, minh bạch', titleEn: 'Publicity and transparency', max: '18' },
    { key: 'tdgq', title: 'Tiến độ, kết quả giải quyết', titleEn: 'Timeliness of resolution', max: '20' },
    { key: 'mdsh', title: 'Số hóa hồ sơ', titleEn: 'Digitisation of dossiers', max: '22' },
    { key: 'dvtt', title: 'Cung cấp dịch vụ trực tuyến', titleEn: 'Online services', max: '22' },
    { key: 'mdhl', title: 'Mức độ hài lòng', titleEn: 'Satisfaction', max: '18' },
  ],
};

/** The six groups the national public-service portal publishes, as the seed notice uses them. */
export const INDEX766_PORTAL_6: Index766Framework = {
  id: 'portal-6',
  name: 'Bộ chỉ số 766 trên Cổng Dịch vụ công quốc gia (6 nhóm)',
  source: 'Cổng Dịch vụ công quốc gia, trang đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp',
  components: [
    { key: 'ckmb', title: 'Công khai, minh bạch', titleEn: 'Publicity and transparency', max: '18' },
    { key: 'tdgq', title: 'Tiến độ, kết quả giải quyết', titleEn: 'Timeliness of resolution', max: '20' },
    { key: 'clgq', title: 'Cung cấp dịch vụ trực tuyến', titleEn: 'Online services', max: '12' },
    { key: 'tttt', title: 'Thanh toán trực tuyến', titleEn: 'Online payment', max: '10' },
    { key: 'mdhl', title: 'Mức độ hài lòng', titleEn: 'Satisfaction', max: '18' },
    { key: 'mdsh', title: 'Số hóa hồ sơ', titleEn: 'Digitisation of dossiers', max: '22' },
  ],
};
