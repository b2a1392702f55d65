import * as z from 'zod';

/** The register's columns the recount reads. */
export const REGISTER_FIELDS = ['code', 'received', 'due', 'resolved', 'channel', 'status'] as const;
export type RegisterField = (typeof REGISTER_FIELDS)[number];

/** Columns without which no dossier can be counted. `channel` and `status` may be absent. */
export const REQUIRED_REGISTER_FIELDS: readonly RegisterField[] = ['code', 'received', 'due', 'resolved'];

const names = z.array(z.string().min(1)).min(1);

/**
 * How one office's export of the dossier register (Sổ theo dõi hồ sơ, mẫu số 06, Thông tư
 * 01/2018/TT-VPCP) names its columns and values. Headers and values are matched after
 * trimming, lower-casing and NFC; the first header of a list that the file has wins.
 * A pack may bring its own; `DEFAULT_REGISTER_MAPPING` fits the exports we know of.
 */
export const RegisterMapping = z
  .strictObject({
    columns: z.strictObject({
      code: names.meta({ description: 'Mã hồ sơ / dossier code' }),
      received: names.meta({ description: 'Ngày tiếp nhận / date received' }),
      due: names.meta({ description: 'Ngày hẹn trả kết quả / due date' }),
      resolved: names.meta({
        description: 'Ngày có kết quả giải quyết (trống nếu chưa) / date resolved, blank if not yet',
      }),
      channel: names.meta({ description: 'Hình thức nộp / channel' }),
      status: names.meta({ description: 'Trạng thái / status' }),
    }),
    channels: z.strictObject({
      online: names,
      direct: names,
      postal: names,
    }),
    statuses: z.strictObject({
      withdrawn: names.meta({ description: 'Trạng thái nghĩa là công dân rút hồ sơ / withdrawn' }),
      suspended: names.meta({ description: 'Trạng thái nghĩa là tạm dừng giải quyết / suspended' }),
    }),
  })
  .register(z.globalRegistry, {
    id: 'RegisterMapping',
    description: 'Cách đọc sổ theo dõi hồ sơ / how to read a dossier register',
  });
export type RegisterMapping = z.output<typeof RegisterMapping>;

/** Column names and values seen in exports of the one-stop systems. */
export const DEFAULT_REGISTER_MAPPING: RegisterMapping = {
  columns: {
    code: ['Mã hồ sơ', 'Số hồ sơ', 'Mã HS'],
    received: ['Ngày tiếp nhận', 'Ngày nhận hồ sơ', 'Nhận hồ sơ', 'Thời gian tiếp nhận'],
    due: ['Ngày hẹn trả', 'Ngày hẹn trả kết quả', 'Hẹn trả kết quả', 'Hạn xử lý'],
    resolved: ['Ngày có kết quả', 'Ngày hoàn thành', 'Ngày trả kết quả', 'Trả kết quả'],
    channel: ['Hình thức nộp', 'Kênh tiếp nhận', 'Hình thức tiếp nhận', 'Kênh nộp'],
    status: ['Trạng thái', 'Tình trạng', 'Trạng thái hồ sơ'],
  },
  channels: {
    online: ['Trực tuyến', 'Nộp trực tuyến', 'Dịch vụ công trực tuyến', 'DVC trực tuyến', 'Online'],
    direct: ['Trực tiếp', 'Nộp trực tiếp', 'Tại quầy', 'Bộ phận một cửa'],
    postal: ['Bưu chính', 'Bưu chính công ích', 'Qua bưu chính', 'BCCI'],
  },
  statuses: {
    withdrawn: ['Rút hồ sơ', 'Đã rút', 'Công dân rút hồ sơ', 'Rút'],
    suspended: ['Tạm dừng', 'Dừng xử lý', 'Tạm dừng xử lý'],
  },
};

/** How headers and values are compared: trimmed, NFC, lower case, inner spaces collapsed. */
export function registerKey(text: string): string {
  return text.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
}
