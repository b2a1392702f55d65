import type { ErrorMessages } from './types.js';

export const vi: ErrorMessages = {
  'body.invalid-json': () => 'Nội dung gửi lên không phải JSON hợp lệ.',
  'body.invalid': (p) => `Dữ liệu gửi lên chưa đúng (${p.count} chỗ cần sửa).`,
  'body.too-large': (p) => `Nội dung gửi lên quá lớn (tối đa ${p.limit}).`,
  'document.invalid': (p) => `Tài liệu giám sát chưa hợp lệ: ${p.count} chỗ cần sửa, xem từng trường.`,
  'import.syntax': (p) => `Không đọc được tệp ${p.format} ở dòng ${p.line}, cột ${p.column}: ${p.reason}`,
  'auth.required': () => 'Vui lòng đăng nhập.',
  'auth.bad-credentials': () => 'Email hoặc mật khẩu không đúng.',
  'auth.rate-limited': (p) => `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${p.minutes} phút.`,
  'auth.forbidden': () => 'Tài khoản của bạn không có quyền thực hiện việc này.',
  'csrf.failed': () => 'Phiên làm việc không khớp (CSRF). Hãy tải lại trang rồi thử lại.',
  'setup.unavailable': () => 'Trang thiết lập chỉ dùng được một lần, khi chưa có tài khoản nào.',
  'not-found': () => 'Không tìm thấy.',
  'version.conflict': (p) =>
    `Cuộc giám sát đã được người khác lưu (phiên bản ${p.current}) trong khi bạn đang sửa phiên bản ${p.sent}. Chưa có gì bị ghi đè: hãy tải bản mới nhất.`,
  'slug.taken': (p) => `Đã có cuộc giám sát với mã "${p.slug}".`,
  'email.taken': (p) => `Đã có tài khoản dùng email ${p.email}.`,
  'notice.unavailable': () => 'Chưa tạo được văn bản thông báo: bộ soạn văn bản chưa sẵn sàng.',
  'notice.locked': (p) =>
    `Thông báo ${p.stage === 'issued' ? 'đã ban hành' : 'đang trình ký'} nên không sửa được. ${p.stage === 'issued' ? 'Để sửa, hãy đính chính (ghi lý do).' : 'Rút lại khỏi trình ký để sửa.'}`,
  'notice.stage': (p) =>
    `Không thể làm việc này khi thông báo đang ở bước "${p.stage === 'issued' ? 'Đã ban hành' : p.stage === 'signing' ? 'Trình ký' : 'Dự thảo'}".`,
  'followup.not-issued': () =>
    'Thông báo kết luận chưa ban hành (chưa có số và ngày) nên chưa theo dõi việc thực hiện kiến nghị được.',
  'notice.busy': () => 'Máy chủ đang soạn nhiều văn bản cùng lúc. Vui lòng thử lại sau ít giây.',
  'admin.last': () =>
    'Không thể bỏ quyền quản trị, khóa hay xóa quản trị viên cuối cùng đang hoạt động: hãy cấp quyền quản trị cho một tài khoản khác trước.',
  'import.format': (p) =>
    `Không đọc được tệp "${p.name}": diemmac đọc các tệp ${p.formats} (tệp Word .docx, .doc; văn bản .txt, .md; hoặc tệp giám sát YAML, JSON).`,
  'recount.format': (p) =>
    `Không đọc được tệp "${p.name}" như sổ theo dõi hồ sơ: cần tệp ${p.formats} xuất từ hệ thống một cửa.`,
  'recount.no-block': (p) =>
    p.block
      ? `Cuộc giám sát không có khối số liệu hồ sơ "${p.block}" nêu rõ kỳ (từ ngày, đến ngày): không biết đếm lại cho kỳ nào.`
      : 'Cuộc giám sát chưa có khối số liệu hồ sơ nêu rõ kỳ (từ ngày, đến ngày): không biết đếm lại cho kỳ nào.',
  'recount.unreadable': (p) =>
    `Không đọc được sổ theo dõi "${p.name}": cần tệp CSV mã UTF-8 hoặc bảng tính .xlsx.`,
  'recount.unusable': (p) => `Sổ theo dõi thiếu ${p.count} cột cần để đếm; không đếm được hồ sơ nào.`,
  'import.too-large': (p) =>
    `Tệp quá lớn để nhập: tối đa ${p.limit}. Tệp chưa được đọc; hãy tách tệp hoặc nhờ quản trị viên nâng giới hạn IMPORT_MAX_BYTES.`,
  'pack.invalid': (p) =>
    `Bộ quy tắc chưa hợp lệ: ${p.count} chỗ cần sửa, xem từng trường. Chưa có gì được cài.`,
  'pack.version-taken': (p) =>
    `Bộ quy tắc "${p.id}" phiên bản ${p.version} đã được cài với nội dung khác. Mỗi phiên bản đã cài không đổi được: hãy tăng "version" trong tệp rồi cài lại.`,
  'pack.reserved': (p) =>
    `Mã "${p.id}" là của bộ quy tắc mặc định có sẵn trong diemmac: hãy đặt cho bộ quy tắc của bạn một mã khác.`,
  internal: () => 'Lỗi máy chủ. Dữ liệu của bạn chưa bị thay đổi; vui lòng thử lại.',
};
