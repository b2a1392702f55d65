import { describe, expect, it } from 'vitest';
import { CLI_MESSAGES } from '../messages/index.js';
import { VERSION } from '../version.js';
import { formatJson, jsonEntry, openJsonReport, utf8Bytes } from './json.js';
import { countReport, emptySummary, type FileReport, summarise, tallyOf } from './report.js';

const meta = { lang: 'vi' as const, today: '2024-11-20', messages: CLI_MESSAGES.vi };

const reports: FileReport[] = [
  {
    file: 'a.yaml',
    ok: false,
    findings: [
      {
        code: 'dossier.balance',
        severity: 'error',
        title: 'Tiếp nhận = giải quyết + đang giải quyết',
        message: 'Tiếp nhận 2.175 hồ sơ, nhưng …\nhai dòng',
        line: 372,
        column: 26,
        paths: [['sections', 1, 'figures', 0]],
        lines: [372],
        computed: { value: '2176', unit: 'count' },
        reported: { value: '2175', unit: 'count' },
      },
    ],
  },
  { file: 'b.yaml', ok: true, findings: [] },
  { file: 'c.yaml', ok: false, error: { code: 'input.not-found', file: 'c.yaml' }, findings: [] },
];

describe('formatJson', () => {
  it('writes, file by file, the very bytes of the whole document stringified at once', () => {
    const summary = summarise(reports);
    const whole = {
      tool: 'diemmac',
      version: VERSION,
      lang: 'vi',
      today: '2024-11-20',
      files: [
        reports[0],
        reports[1],
        {
          file: 'c.yaml',
          ok: false,
          error: { code: 'input.not-found', message: 'c.yaml: không tìm thấy tệp.' },
          findings: [],
        },
      ],
      summary,
    };
    expect(formatJson(reports, summary, meta)).toBe(`${JSON.stringify(whole, null, 2)}\n`);
  });

  it('writes an empty list of files the same way too', () => {
    const summary = summarise([]);
    const whole = { tool: 'diemmac', version: VERSION, lang: 'vi', today: '2024-11-20', files: [], summary };
    expect(formatJson([], summary, meta)).toBe(`${JSON.stringify(whole, null, 2)}\n`);
  });

  it('writes entries a worker thread wrote out, as UTF-8 bytes, the same as the reports themselves', () => {
    const parts: (string | Uint8Array)[] = [];
    const out = openJsonReport((s) => parts.push(s), meta);
    const summary = emptySummary();
    for (const report of reports) {
      out.addEntry(new TextEncoder().encode(jsonEntry(report, CLI_MESSAGES.vi)));
      countReport(summary, tallyOf(report));
    }
    out.end(summary);
    expect(summary).toEqual(summarise(reports));
    const text = parts.map((p) => (typeof p === 'string' ? p : new TextDecoder().decode(p))).join('');
    expect(text).toBe(formatJson(reports, summarise(reports), meta));
  });
});

describe('utf8Bytes', () => {
  it('gives the bytes Buffer.from gives, for ASCII, Vietnamese and characters beyond the BMP', () => {
    const texts = [
      '',
      '{\n  "ok": true\n}',
      jsonEntry(reports[0]!, CLI_MESSAGES.vi),
      'Điềm Mặc 😀 𝕏 \u{10ffff} \u07ff\u0800',
    ];
    for (const text of texts) expect(Buffer.compare(utf8Bytes(text), Buffer.from(text))).toBe(0);
  });

  it('leaves the bytes in a buffer of their own, which a worker thread can move to another', () => {
    const bytes = utf8Bytes('Thông báo kết luận giám sát');
    const moved = structuredClone(bytes, { transfer: [bytes.buffer] });
    expect(bytes.byteLength).toBe(0);
    expect(new TextDecoder().decode(moved)).toBe('Thông báo kết luận giám sát');
  });
});
