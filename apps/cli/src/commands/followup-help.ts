// Kept apart from the command, so that `--help` loads the words and not the command's code.
/** The command's help, Vietnamese with English beside it, as the other commands show theirs. */
export const FOLLOWUP_HELP = {
  vi: {
    command:
      'Liệt kê các kiến nghị chưa hoàn thành (số ngày còn lại hoặc quá hạn, gấp nhất trước), hoặc soạn báo cáo kết quả thực hiện kiến nghị',
    files: 'tệp giám sát, tệp theo dõi (*.theo-doi.yaml: { supervision, followUps }) hoặc thư mục chứa chúng',
    asOf: 'tính đến ngày, dạng DD/MM/YYYY (hoặc YYYY-MM-DD) (mặc định: hôm nay)',
    addressee: 'chỉ các kiến nghị có nơi thực hiện chứa chữ này (không phân biệt hoa thường)',
    format: 'table (mặc định), json, csv hoặc xlsx (theo đuôi của -o nếu có)',
    output: 'ghi ra tệp (ghi trọn vẹn hoặc không ghi gì)',
    report: 'soạn báo cáo kết quả thực hiện kiến nghị sau giám sát (.docx, .html hoặc .md theo đuôi của -o)',
    number: 'số của báo cáo, ví dụ 12 (mặc định: để trống như dự thảo)',
    signer: 'người ký báo cáo (mặc định: người ký thông báo kết luận)',
    position: 'chức vụ người ký, ví dụ "PHÓ CHỦ TỊCH" (mặc định: như thông báo kết luận)',
    authority: 'thẩm quyền ký, ví dụ "TM. THƯỜNG TRỰC HĐND" (mặc định: như thông báo kết luận)',
    schema: 'in JSON Schema của tệp theo dõi kiến nghị (*.theo-doi.yaml) thay cho tệp giám sát',
  },
  en: {
    command:
      'List the recommendations not yet done (days left or overdue, most urgent first), or render the report on their implementation',
    files:
      'supervision files, follow-up files (*.theo-doi.yaml: { supervision, followUps }) or folders of them',
    asOf: 'as of this day, DD/MM/YYYY or YYYY-MM-DD (default: today)',
    addressee: 'only recommendations whose addressee contains this text (ignoring case)',
    format: "table (default), json, csv or xlsx (from -o's extension when given)",
    output: 'write to this file (whole or not at all)',
    report:
      "render the report on the implementation of recommendations (.docx, .html or .md from -o's extension)",
    number: "the report's number, e.g. 12 (default: left blank, as in a draft)",
    signer: 'who signs the report (default: the signer of the conclusion notice)',
    position: 'the signer\'s position, e.g. "PHÓ CHỦ TỊCH" (default: as in the conclusion notice)',
    authority: 'the signing authority, e.g. "TM. THƯỜNG TRỰC HĐND" (default: as in the conclusion notice)',
    schema: 'print the JSON Schema of a follow-up file (*.theo-doi.yaml) instead of a supervision file',
  },
} as const;
