// A seeded, realistic one-stop dossier register for the recount benchmark: Vietnamese names
// and procedures, three channels, most dossiers early or on time, a few late, pending,
// withdrawn or suspended; received over 15 months around the period 01/01–30/09/2024.
import { createWriteStream } from 'node:fs';

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Ngọc', 'Quốc', 'Thu', 'Xuân'];
const GIVEN = [
  'An',
  'Bình',
  'Chi',
  'Dũng',
  'Giang',
  'Hà',
  'Hải',
  'Hằng',
  'Hùng',
  'Lan',
  'Long',
  'Mai',
  'Nam',
  'Nga',
  'Phúc',
  'Quân',
  'Sơn',
  'Thảo',
  'Trang',
  'Tuấn',
  'Vy',
  'Yến',
];
const PROCEDURES = [
  'Chứng thực bản sao từ bản chính giấy tờ, văn bản',
  'Đăng ký khai sinh',
  'Đăng ký kết hôn',
  'Đăng ký khai tử',
  'Cấp bản sao trích lục hộ tịch',
  'Chứng thực chữ ký trong các giấy tờ, văn bản',
  'Xác nhận tình trạng hôn nhân',
  'Đăng ký thường trú',
];
const CHANNELS = [
  ['Trực tuyến', 0.68],
  ['Trực tiếp', 0.28],
  ['Bưu chính công ích', 0.04],
];

/** mulberry32: a small seeded generator, so every run writes the same register. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const show = (ms) => {
  const d = new Date(ms);
  const dd = String(d.getUTCDate()).padStart(2, '0');
  const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${d.getUTCFullYear()}`;
};

export const HEADER =
  'STT,Mã hồ sơ,Tên thủ tục,Người nộp,Địa chỉ,Ngày tiếp nhận,Ngày hẹn trả,Ngày có kết quả,Hình thức nộp,Trạng thái';

/** Writes `rows` rows to `file`; resolves when the file is closed. */
export function writeRegister(file, rows, seed = 2024) {
  const rnd = random(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const start = Date.UTC(2023, 9, 1);
  const span = Date.UTC(2024, 11, 31) - start;
  const out = createWriteStream(file);
  let buffer = `${HEADER}\n`;
  for (let i = 1; i <= rows; i++) {
    const received = start + Math.floor(rnd() * (span / DAY)) * DAY;
    const due = received + (3 + Math.floor(rnd() * 8)) * DAY;
    const u = rnd();
    let status = 'Đã trả kết quả';
    let resolved = '';
    if (u < 0.6) resolved = show(due - (1 + Math.floor(rnd() * 3)) * DAY);
    else if (u < 0.93) resolved = show(due);
    else if (u < 0.96) resolved = show(due + (1 + Math.floor(rnd() * 10)) * DAY);
    else if (u < 0.99) status = 'Đang xử lý';
    else if (u < 0.995) status = 'Rút hồ sơ';
    else status = 'Tạm dừng';
    let c = rnd();
    let channel = CHANNELS[0][0];
    for (const [name, share] of CHANNELS) {
      if (c < share) {
        channel = name;
        break;
      }
      c -= share;
    }
    const name = `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`;
    const address = `"Thôn ${1 + Math.floor(rnd() * 12)}, xã Điềm Mặc, tỉnh Thái Nguyên"`;
    const code = `000.00.12.H55-${show(received).replace(/\//g, '').slice(2)}-${String(i).padStart(7, '0')}`;
    const procedure = pick(PROCEDURES);
    buffer += `${i},${code},${procedure.includes(',') ? `"${procedure}"` : procedure},${name},${address},${show(received)},${show(due)},${resolved},${channel},${status}\n`;
    if (buffer.length > 1 << 20) {
      out.write(buffer);
      buffer = '';
    }
  }
  out.end(buffer);
  return new Promise((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
  });
}
