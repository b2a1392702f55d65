import type { CliError, LocatedIssue } from '../errors.js';
import type { CliMessages } from './types.js';

const at = (file: string, line?: number, column?: number) =>
  line === undefined ? file : column === undefined ? `${file}:${line}` : `${file}:${line}:${column}`;

const issueLines = (file: string, issues: readonly LocatedIssue[]) =>
  issues.map((i) => `  ${at(file, i.line)}  ${i.message}`).join('\n');

const listLines = (lines: readonly number[]) =>
  lines.length > 12 ? `${lines.slice(0, 12).join(', ')}… (${lines.length} dòng)` : lines.join(', ');

const REASONS: Record<string, string> = {
  EACCES: 'không có quyền',
  EPERM: 'không được phép',
  EISDIR: 'đây là một thư mục',
  ENOTDIR: 'một phần của đường dẫn không phải là thư mục',
  ENOENT: 'thư mục không tồn tại',
  EROFS: 'ổ đĩa chỉ đọc',
  ENOSPC: 'hết dung lượng đĩa',
  EEXIST: 'tệp đã có',
};
const reason = (code: string) => REASONS[code] ?? code;

const YAML_KINDS: Record<string, string> = {
  BAD_INDENT: 'thụt lề không đúng',
  TAB_AS_INDENT: 'thụt lề bằng phím Tab (YAML chỉ nhận dấu cách)',
  DUPLICATE_KEY: 'một khóa xuất hiện hai lần',
  TOO_DEEP: 'dữ liệu lồng nhau quá 100 cấp',
  MISSING_CHAR: 'thiếu ký tự đóng (ngoặc hoặc dấu nháy)',
  MULTIPLE_DOCS: 'tệp chứa nhiều văn bản YAML (---)',
  BLOCK_AS_IMPLICIT_KEY: 'khóa viết sai chỗ hoặc thiếu dấu hai chấm',
  MULTILINE_IMPLICIT_KEY: 'khóa viết trên nhiều dòng hoặc thiếu dấu hai chấm',
  UNEXPECTED_TOKEN: 'ký tự không đúng chỗ',
  BAD_SCALAR_START: 'giá trị bắt đầu bằng ký tự đặc biệt; hãy đặt trong dấu nháy',
  BAD_DQ_ESCAPE: 'ký tự thoát sai trong chuỗi có dấu nháy kép',
  BLOCK_IN_FLOW: 'khối nhiều dòng nằm trong ngoặc { } hoặc [ ]',
};

/** A file size the Vietnamese way: "12,4 MB", "40 KB". */
const mb = (bytes: number) =>
  bytes < 1048576
    ? `${Math.ceil(bytes / 1024)} KB`
    : `${(Math.round((bytes / 1048576) * 10) / 10).toString().replace('.', ',')} MB`;

const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

const OUTPUT_KINDS: Record<string, string> = {
  symlink: 'một liên kết tượng trưng (symlink)',
  directory: 'một thư mục',
  fifo: 'một ống FIFO',
  device: 'một tệp thiết bị',
  socket: 'một socket',
  other: 'không phải tệp thường',
};

function error(e: CliError): string {
  switch (e.code) {
    case 'input.not-found':
      return `${e.file}: không tìm thấy tệp.`;
    case 'input.unreadable':
      return `${e.file}: không đọc được tệp (${reason(e.reason)}).`;
    case 'input.encoding':
      return `${e.file}: không phải văn bản UTF-8: byte ${hex(e.byte)} ở vị trí ${e.offset} (tính từ 0, dòng ${e.line}). Hãy lưu lại tệp với bảng mã UTF-8 (văn bản gõ bằng TCVN3, VNI hay Windows-1258 cần chuyển mã trước).`;
    case 'input.too-large':
      return `${e.file}: tệp quá lớn (${e.size === undefined ? `hơn ${mb(e.limit)}` : mb(e.size)}; giới hạn ${mb(e.limit)}), không đọc. Nếu đúng là tệp này, tăng giới hạn bằng --max-size <MB> hoặc biến DIEMMAC_MAX_SIZE.`;
    case 'input.syntax': {
      const what = e.kind && YAML_KINDS[e.kind] ? `${YAML_KINDS[e.kind]} — ${e.reason}` : e.reason;
      const where =
        e.line === undefined ? '' : ` ở dòng ${e.line}${e.column === undefined ? '' : `, cột ${e.column}`}`;
      const head = `${e.file}: lỗi cú pháp ${e.format.toUpperCase()}${where}: ${what}`;
      if (e.excerpt === undefined || e.column === undefined) return head;
      return `${head}\n    ${e.excerpt}\n    ${' '.repeat(Math.max(0, e.column - 1))}^`;
    }
    case 'input.invalid':
      return `${e.file}: không phải tệp giám sát hợp lệ (${e.issues.length} vấn đề):\n${issueLines(e.file, e.issues)}`;
    case 'followup.invalid':
      return `${e.file}: không phải tệp theo dõi kiến nghị hợp lệ (${e.issues.length} vấn đề):\n${issueLines(e.file, e.issues)}`;
    case 'input.no-match':
      return `không có tệp nào khớp với "${e.pattern}".`;
    case 'config.invalid':
      return `${e.file}: cấu hình quy tắc không hợp lệ (${e.issues.length} vấn đề):\n${issueLines(e.file, e.issues)}`;
    case 'pack.invalid':
      return `${e.file}: gói không hợp lệ (${e.issues.length} vấn đề):\n${issueLines(e.file, e.issues)}`;
    case 'pack.not-found':
      return e.package
        ? `gói "${e.given}" đã cài nhưng package.json của nó không chỉ tới tệp gói (trường "diemmac": { "pack": "…" } hoặc "main").`
        : `không tìm thấy gói "${e.given}": cần đường dẫn tới tệp YAML/JSON hoặc tên một gói npm đã cài.`;
    case 'output.exists':
      return `${e.file}: tệp đã có; thêm --force để ghi đè.`;
    case 'output.unwritable':
      return `${e.file}: không ghi được tệp (${reason(e.reason)}); không có tệp nào được tạo.`;
    case 'output.not-file': {
      const hint = e.kind === 'symlink' ? ' Hãy ghi thẳng vào tệp mà liên kết trỏ tới (-o <tệp đích>).' : '';
      return `${e.file}: đây là ${OUTPUT_KINDS[e.kind]}; diemmac chỉ ghi đè tệp thường, kể cả với --force. Không có gì được ghi.${hint}`;
    }
    case 'usage':
      return `lệnh chưa đúng: ${e.detail}\nXem: diemmac --help`;
    case 'option.invalid':
      return `${e.option} "${e.value}" không hợp lệ: cần ${e.expected}.`;
    case 'rule.unknown':
      return `không có quy tắc "${e.given}". Các mã quy tắc:\n${e.known.map((c) => `  ${c}`).join('\n')}`;
    case 'framework.unknown':
      return `không có khung đề cương "${e.given}". Các khung có sẵn: ${e.known.join(', ')}.`;
    case 'install.broken':
      return `không nạp được ${e.module} (${e.reason}); hãy cài lại diemmac.`;
    case 'internal':
      return `lỗi nội bộ của diemmac: ${e.detail}\nXin báo lỗi kèm lệnh đã chạy (đặt DIEMMAC_DEBUG=1 để xem chi tiết).`;
  }
}

/** Lời của lệnh diemmac bằng tiếng Việt. */
export const vi: CliMessages = {
  lang: 'vi',
  help: {
    program: 'Kiểm tra số liệu và soạn Thông báo kết luận giám sát của HĐND cấp xã',
    lang: 'ngôn ngữ: vi (mặc định) hoặc en; cũng đọc biến DIEMMAC_LANG',
    noColor: 'không tô màu',
    version: 'in số phiên bản',
    help: 'xem hướng dẫn',
    helpCommand: 'xem hướng dẫn của một lệnh',
    check: 'kiểm tra số liệu của các tệp giám sát (YAML, JSON, thư mục, mẫu glob)',
    checkFiles: 'tệp, thư mục hoặc mẫu glob',
    format: 'dạng kết quả: text hoặc json',
    config: 'tệp cấu hình quy tắc (tắt hoặc đổi mức quy tắc)',
    today: 'ngày làm mốc, dạng DD/MM/YYYY (hoặc YYYY-MM-DD) (mặc định: hôm nay)',
    asOf: 'xét thời hạn tính đến ngày này, dạng DD/MM/YYYY (hoặc YYYY-MM-DD) (mặc định: ngày của chính thông báo)',
    jobs: 'số luồng khi kiểm tra nhiều tệp',
    render: 'soạn Thông báo kết luận ra .docx, .html hoặc .md',
    renderFile: 'tệp giám sát (YAML hoặc JSON)',
    to: 'dạng tệp: docx, html hoặc md',
    output: 'tệp kết quả ("-" để in ra màn hình)',
    annex: 'kèm phụ lục các phát hiện',
    force:
      'ghi đè tệp thường đã có (không bao giờ ghi lên thư mục, tệp thiết bị, FIFO; một liên kết tượng trưng bị từ chối: hãy ghi thẳng vào tệp đích)',
    maxSize: 'không đọc tệp lớn hơn số MB này (mặc định 5; cũng đọc biến DIEMMAC_MAX_SIZE)',
    init: 'tạo tệp giám sát mới từ mẫu có chú thích',
    initOutput: 'tệp sẽ tạo ("-" để in ra màn hình)',
    commune: 'tên xã, phường',
    province: 'tên tỉnh, thành phố',
    year: 'năm giám sát',
    framework: 'khung đề cương',
    pack: 'gói của tỉnh: tệp YAML/JSON hoặc gói npm (mặc định: pack: của diemmac.config)',
    schema: 'in JSON Schema của tệp giám sát',
    rules: 'liệt kê các quy tắc kiểm tra',
    explain: 'giải thích một quy tắc: nội dung, căn cứ, ví dụ',
    explainCode: 'mã quy tắc, ví dụ dossier.balance',
    titles: {
      'Usage:': 'Cách dùng:',
      'Options:': 'Tùy chọn:',
      'Commands:': 'Lệnh:',
      'Arguments:': 'Tham số:',
      'Global Options:': 'Tùy chọn chung:',
    },
  },
  error,
  errorPrefix: 'diemmac: ',
  yamlKinds: YAML_KINDS,
  check: {
    heading: (files, today) => `Kiểm tra ${files} tệp, tính đến ngày ${today}`,
    failed: (count) => `Không kiểm tra được (${count})`,
    clean: (file) => `✓ ${file}: không có phát hiện nào.`,
    alsoAt: (lines) => `↳ cũng ở dòng ${listLines(lines)}`,
    cleanFiles: (count) => `✓ ${count} tệp khác không có phát hiện nào`,
    byRule: 'Theo quy tắc',
    byFile: 'Theo tệp',
    notChecked: 'không kiểm tra được',
    columns: { file: 'Tệp', rule: 'Quy tắc', count: 'Số lần' },
    totals: (s) => {
      const failed = s.failed > 0 ? `; ${s.failed} tệp không kiểm tra được` : '';
      return `Tổng cộng: ${s.files} tệp; ${s.error} lỗi, ${s.warning} cảnh báo, ${s.info} lưu ý${failed}.`;
    },
    unit: 'tệp',
  },
  render: {
    written: (file) => `Đã ghi ${file}.`,
    hasErrors: (file, errors) =>
      `Lưu ý: ${file} còn ${errors} lỗi số liệu; chạy "diemmac check ${file}" để xem trước khi ban hành.`,
    binaryToStdout: 'tệp .docx không in ra màn hình được; hãy chọn tên tệp với -o',
  },
  init: {
    written: (file) => `Đã tạo ${file}. Điền các mục còn trống, rồi chạy: diemmac check ${file}`,
  },
  rules: {
    columns: { code: 'Mã', severity: 'Mức', title: 'Nội dung', source: 'Nguồn', pack: 'Gói' },
    sources: { core: 'lõi', data: 'dữ liệu', code: 'mã' },
  },
  explain: {
    severity: 'Mức',
    legalBasis: 'Căn cứ',
    noLegalBasis: 'quy tắc số học, không dựa vào một văn bản riêng',
    reads: 'Số liệu được đọc',
    example: 'Ví dụ',
    exampleFinding: 'diemmac báo',
    noExample: 'chưa có ví dụ cho quy tắc này',
    instruction: 'Yêu cầu',
    applies: 'Áp dụng',
    source: 'Nguồn',
  },
};
