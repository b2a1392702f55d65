/**
 * The help of `diemmac import`, apart from the command: `--help` and `--version` load only the
 * command line, never the reader.
 */
export const IMPORT_HELP = {
  vi: {
    command:
      'Đọc một thông báo đã có (.docx, .doc, .txt, .md) thành bản nháp YAML, mỗi giá trị ghi chú nơi văn bản viết nó',
    file: 'tệp thông báo',
    output: 'tệp YAML ghi ra (mặc định: cạnh tệp đọc, đuôi .yaml)',
  },
  en: {
    command:
      'Read an existing notice (.docx, .doc, .txt, .md) into a draft YAML, each value annotated with where the notice wrote it',
    file: 'the notice file',
    output: 'the YAML file to write (default: beside the input, with .yaml)',
  },
} as const;
