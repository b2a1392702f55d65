// Kept apart from the command, so that `--help` loads the words and not the command's code.
/** The command's help, Vietnamese with English beside it, as the other commands show theirs. */
export const RECOUNT_HELP = {
  vi: {
    command:
      'Đếm lại số liệu hồ sơ từ sổ theo dõi hồ sơ (CSV hoặc .xlsx xuất từ hệ thống một cửa) và so với thông báo',
    file: 'tệp CSV hoặc .xlsx của sổ theo dõi hồ sơ',
    notice: 'tệp giám sát (YAML/JSON) có khối số liệu hồ sơ để so',
    block: 'mã khối số liệu hồ sơ, khi thông báo có nhiều khối',
    from: 'ngày đầu kỳ, dạng DD/MM/YYYY (hoặc YYYY-MM-DD) (mặc định: kỳ của khối số liệu)',
    to: 'ngày cuối kỳ, dạng DD/MM/YYYY (hoặc YYYY-MM-DD) (mặc định: kỳ của khối số liệu)',
    workers: 'số luồng đọc sổ CSV: 1 hoặc 2 (mặc định: 2 với sổ từ 16 MB)',
  },
  en: {
    command:
      "Recount the dossier figures from the one-stop system's register (CSV or .xlsx) and compare them with the notice",
    file: 'the register, as CSV or .xlsx (its first sheet)',
    notice: 'the supervision file (YAML/JSON) whose dossier block is compared',
    block: 'the dossier block id, when the notice has several',
    from: "first day of the period, DD/MM/YYYY or YYYY-MM-DD (default: the block's period)",
    to: "last day of the period, DD/MM/YYYY or YYYY-MM-DD (default: the block's period)",
    workers: 'threads reading a CSV register: 1 or 2 (default: 2 from 16 MB on)',
  },
} as const;
