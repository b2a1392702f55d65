import type { Lang } from '../messages/types.js';
import type { SupervisionStatus } from './status.js';

/** The words of a province's summary: view names and column headings, Vietnamese and English. */
export interface SummaryWording {
  title: string;
  views: { communes: string; rules: string; index766: string; recommendations: string };
  status: Record<SupervisionStatus, string>;
  columns: {
    commune: string;
    supervisions: string;
    errors: string;
    warnings: string;
    infos: string;
    resolved: string;
    onTime: string;
    late: string;
    onTimeRate: string;
    index766: string;
    index766Year: string;
    open: string;
    overdue: string;
    code: string;
    rule: string;
    severity: string;
    findings: string;
    communes: string;
    framework: string;
    component: string;
    max: string;
    count: string;
    min: string;
    minAt: string;
    median: string;
    maxScore: string;
    maxAt: string;
  };
  /** "tổng" for the 766 total's row. */
  total: string;
  filters: { year: string; body: string; status: string; all: string; asOf: string };
  /** How the on-time rate is rounded, said once beside the figures. */
  rounding: (scale: number, mode: string) => string;
}

const ROUNDING_VI: Record<string, string> = {
  'half-up': 'làm tròn nửa lên',
  'half-even': 'làm tròn nửa về số chẵn',
  truncate: 'cắt bỏ phần thừa',
};

/**
 * The summary's words, per language.
 *
 * @example
 * SUMMARY_WORDING.vi.views.communes // 'Theo xã'
 */
export const SUMMARY_WORDING: Record<Lang, SummaryWording> = {
  vi: {
    title: 'Tổng hợp kết quả giám sát',
    views: {
      communes: 'Theo xã',
      rules: 'Theo quy tắc',
      index766: 'Chỉ số 766',
      recommendations: 'Kiến nghị chưa xong',
    },
    status: { draft: 'Dự thảo', issued: 'Đã ban hành', closed: 'Đã hoàn thành kiến nghị' },
    columns: {
      commune: 'Xã, phường',
      supervisions: 'Số cuộc giám sát',
      errors: 'Lỗi',
      warnings: 'Cảnh báo',
      infos: 'Lưu ý',
      resolved: 'Hồ sơ đã giải quyết',
      onTime: 'Trước hạn và đúng hạn',
      late: 'Quá hạn',
      onTimeRate: 'Tỷ lệ đúng hạn (%)',
      index766: 'Tổng điểm 766',
      index766Year: 'Năm của điểm 766',
      open: 'Kiến nghị chưa hoàn thành',
      overdue: 'Trong đó quá hạn',
      code: 'Mã quy tắc',
      rule: 'Quy tắc',
      severity: 'Mức độ',
      findings: 'Số phát hiện',
      communes: 'Số xã',
      framework: 'Khung chỉ số',
      component: 'Thành phần',
      max: 'Điểm tối đa',
      count: 'Số cuộc giám sát có điểm',
      min: 'Thấp nhất',
      minAt: 'Xã thấp nhất',
      median: 'Trung vị',
      maxScore: 'Cao nhất',
      maxAt: 'Xã cao nhất',
    },
    total: 'Tổng điểm',
    filters: {
      year: 'Năm',
      body: 'Cơ quan giám sát',
      status: 'Tình trạng',
      all: 'Tất cả',
      asOf: 'Tính đến ngày',
    },
    rounding: (scale, mode) => `Tỷ lệ lấy ${scale} chữ số thập phân, ${ROUNDING_VI[mode] ?? mode}.`,
  },
  en: {
    title: 'Summary of supervisions',
    views: {
      communes: 'By commune',
      rules: 'By rule',
      index766: '766 index',
      recommendations: 'Open recommendations',
    },
    status: { draft: 'Draft', issued: 'Issued', closed: 'Recommendations done' },
    columns: {
      commune: 'Commune',
      supervisions: 'Supervisions',
      errors: 'Errors',
      warnings: 'Warnings',
      infos: 'Notes',
      resolved: 'Dossiers resolved',
      onTime: 'Early or on time',
      late: 'Late',
      onTimeRate: 'On-time rate (%)',
      index766: '766 total',
      index766Year: 'Year of the 766 total',
      open: 'Open recommendations',
      overdue: 'of which overdue',
      code: 'Rule code',
      rule: 'Rule',
      severity: 'Severity',
      findings: 'Findings',
      communes: 'Communes',
      framework: 'Index framework',
      component: 'Component',
      max: 'Maximum points',
      count: 'Supervisions with a score',
      min: 'Lowest',
      minAt: 'Lowest in',
      median: 'Median',
      maxScore: 'Highest',
      maxAt: 'Highest in',
    },
    total: 'Total',
    filters: { year: 'Year', body: 'Supervising body', status: 'Status', all: 'All', asOf: 'As of' },
    rounding: (scale, mode) => `Rates to ${scale} decimal places, rounded ${mode.replace('-', ' ')}.`,
  },
};
