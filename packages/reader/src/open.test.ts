import { describe, expect, it } from 'vitest';
import { readNotice } from './open.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe("readNotice never fails on a user's file", () => {
  it('says which formats it reads when given another', async () => {
    const r = await readNotice({ name: 'thong-bao.pdf', bytes: bytes('%PDF-1.7') });
    expect(r.notes.map((n) => [n.code, n.params.formats])).toEqual([
      ['reader.unknown-format', '.docx, .doc, .txt, .md'],
    ]);
  });

  it('says a damaged .docx cannot be read', async () => {
    const r = await readNotice({ name: 'hong.docx', bytes: bytes('this is no zip') });
    expect(r.notes.map((n) => n.code)).toEqual(['reader.unreadable']);
  });

  it('says a damaged .doc cannot be read', async () => {
    const r = await readNotice({
      name: 'hong.doc',
      bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]),
    });
    expect(r.notes.map((n) => n.code)).toEqual(['reader.unreadable']);
  });

  it('says a binary file named .txt is no text', async () => {
    const r = await readNotice({ name: 'x.txt', bytes: new Uint8Array(200).map((_, i) => i % 7) });
    expect(r.notes.map((n) => n.code)).toEqual(['reader.unreadable']);
  });

  it('reads any text, and says when it is no conclusion notice', async () => {
    const r = await readNotice({
      name: 'thu.txt',
      bytes: bytes('Kính gửi anh chị,\n\nHẹn gặp lại 3 người.'),
    });
    expect(r.notes.map((n) => n.code)).toEqual(['reader.not-a-notice']);
    expect(r.draft.sections?.[0]?.paragraphs).toEqual(['Kính gửi anh chị,', 'Hẹn gặp lại 3 người.']);
  });

  it('reads UTF-16 text with its byte order mark', async () => {
    const text = 'THÔNG BÁO\nĐiềm Mặc';
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer),
    ]);
    const r = await readNotice({ name: 'x.txt', bytes: utf16 });
    expect(r.document.items.map((i) => (i.kind === 'paragraph' ? i.text : ''))).toEqual([
      'THÔNG BÁO',
      'Điềm Mặc',
    ]);
  });
});
