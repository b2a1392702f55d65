// The words of packs (bộ quy tắc) in the interface: the administrators' page and the line on a
// supervision naming the pack it was checked under. Kept in their own module, merged into vi.ts
// and en.ts under `packs`.

export const packsVi = {
  nav: 'Bộ quy tắc',
  title: 'Bộ quy tắc kiểm tra',
  intro:
    'Bộ quy tắc (gói) do tỉnh, huyện hoặc chính Hội đồng soạn: đề cương, danh mục văn bản, quy tắc kiểm tra và cách diễn đạt. Mọi cuộc giám sát được kiểm tra theo bộ đang dùng, trừ cuộc được cố định theo một phiên bản.',
  checkedUnder: (id: string, version: string) => `Kiểm tra theo bộ quy tắc: ${id}, phiên bản ${version}`,
  pinned: 'cố định cho cuộc giám sát này',
  inUse: 'Đang dùng',
  builtIn: 'Bộ mặc định có sẵn',
  id: 'Mã',
  version: 'Phiên bản',
  name: 'Tên',
  installed: 'Cài lúc',
  use: 'Dùng bộ này',
  useDefault: 'Quay về bộ mặc định',
  install: 'Cài hoặc cập nhật bộ quy tắc',
  installHint:
    'Chọn tệp YAML hoặc JSON của bộ quy tắc, hoặc dán nội dung. Mỗi "version" trong tệp là một phiên bản mới, không sửa được sau khi cài.',
  file: 'Tệp bộ quy tắc',
  paste: 'Hoặc dán nội dung',
  installButton: 'Kiểm tra và cài',
  installedNew: (id: string, version: string) => `Đã cài bộ quy tắc ${id}, phiên bản ${version}.`,
  installedSame: (id: string, version: string) =>
    `Bộ quy tắc ${id}, phiên bản ${version} đã được cài đúng như vậy: không có gì thay đổi.`,
  activated: (id: string, version: string) =>
    `Từ nay các cuộc giám sát được kiểm tra theo ${id}, phiên bản ${version}.`,
  none: 'Chưa cài bộ quy tắc nào: đang dùng bộ mặc định.',
  root: '(cả tệp)',
  pinLabel: 'Bộ quy tắc cho cuộc giám sát này:',
  followInstallation: 'theo bộ đang dùng chung',
};

export const packsEn: typeof packsVi = {
  nav: 'Packs',
  title: 'Rule packs',
  intro:
    'A pack is written by a province, a district or the council itself: outlines, a catalogue of documents, check rules and wording. Every supervision is checked under the pack in use, unless it is pinned to one version.',
  checkedUnder: (id: string, version: string) => `Checked under pack ${id}, version ${version}`,
  pinned: 'pinned for this supervision',
  inUse: 'In use',
  builtIn: 'Built-in default pack',
  id: 'Id',
  version: 'Version',
  name: 'Name',
  installed: 'Installed',
  use: 'Use this pack',
  useDefault: 'Back to the default pack',
  install: 'Install or update a pack',
  installHint:
    'Choose the pack\'s YAML or JSON file, or paste it. Each "version" in the file is a new version that cannot change once installed.',
  file: 'Pack file',
  paste: 'Or paste its content',
  installButton: 'Check and install',
  installedNew: (id: string, version: string) => `Pack ${id}, version ${version} installed.`,
  installedSame: (id: string, version: string) =>
    `Pack ${id}, version ${version} was already installed exactly so: nothing changed.`,
  activated: (id: string, version: string) => `Supervisions are now checked under ${id}, version ${version}.`,
  none: 'No pack installed yet: the default pack is in use.',
  root: '(whole file)',
  pinLabel: 'Pack for this supervision:',
  followInstallation: 'the one in use for all',
};
