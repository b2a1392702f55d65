// Kept apart from the command, so that `--help` loads the words and not the command's code.
/** The command's help, Vietnamese with English beside it, as the other commands show theirs. */
export const SUMMARY_HELP = {
  vi: {
    command:
      'Tổng hợp các cuộc giám sát của một thư mục (theo xã, theo quy tắc, chỉ số 766, kiến nghị chưa xong); tệp hỏng được liệt kê và bỏ qua, mã thoát 2',
    folder: 'thư mục chứa các tệp giám sát (YAML/JSON)',
    asOf: 'tính kiến nghị chưa xong, quá hạn đến ngày này, dạng DD/MM/YYYY (hoặc YYYY-MM-DD) (mặc định: hôm nay)',
    year: 'chỉ lấy các cuộc giám sát của năm này',
    body: 'chỉ lấy các cuộc giám sát của cơ quan này (tên đầy đủ, như "Hội đồng nhân dân xã Thanh Bình")',
    status:
      'chỉ lấy các cuộc giám sát ở tình trạng này: draft (dự thảo), issued (đã ban hành), closed (đã xong kiến nghị)',
    format: 'dạng kết quả: table (bảng, mặc định), json, csv hoặc xlsx (mặc định theo đuôi tệp -o)',
    view: 'với csv: bảng nào (communes theo xã, mặc định; rules theo quy tắc; index766; recommendations)',
    output: 'tệp kết quả, ghi trọn vẹn hoặc không ghi (xlsx bắt buộc có -o)',
  },
  en: {
    command:
      "Summarise a folder's supervisions (by commune, by rule, the 766 index, open recommendations); bad files are listed and left out, exit code 2",
    folder: 'the folder of supervision files (YAML/JSON)',
    asOf: 'count open and overdue recommendations as of this day, DD/MM/YYYY or YYYY-MM-DD (default: today)',
    year: 'keep only the supervisions of this year',
    body: 'keep only the supervisions of this body (its full name, e.g. "Hội đồng nhân dân xã Thanh Bình")',
    status: 'keep only the supervisions in this status: draft, issued, closed (every recommendation done)',
    format: "output: table (default), json, csv or xlsx (default: from -o's extension)",
    view: 'with csv: which table (communes, the default; rules; index766; recommendations)',
    output: 'the output file, written whole or not at all (xlsx needs -o)',
  },
} as const;
