import type { Block, NoticeDocument, Run, TableBlock } from './tree.js';

// CommonMark lets any ASCII punctuation be escaped; these are the ones that would change
// the meaning of Vietnamese prose.
const escapeInline = (text: string): string => text.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);

// The source's own markers ("+ …", "- …", "1. …") must stay text, not become lists.
const escapeLineStart = (text: string): string =>
  text.replace(/^([+\-=]|\d+[.)])(\s)/, (_m, mark: string, space: string) => {
    return mark.length === 1 ? `\\${mark}${space}` : `${mark.slice(0, -1)}\\${mark.slice(-1)}${space}`;
  });

function emphasise(text: string, mark: string): string {
  const match = /^(\s*)(.*?)(\s*)$/s.exec(text);
  const [, lead = '', core = '', trail = ''] = match ?? [];
  return core === '' ? text : `${lead}${mark}${core}${mark}${trail}`;
}

function inline(runs: readonly Run[]): string {
  return runs
    .map((run) => {
      let text = escapeInline(run.text);
      if (run.italic) text = emphasise(text, '*');
      if (run.bold) text = emphasise(text, '**');
      return text;
    })
    .join('');
}

const INDENT = '\u00a0\u00a0\u00a0\u00a0';

function table(block: TableBlock): string {
  const cell = (text: string) => (text === '' ? ' ' : escapeInline(text).replaceAll('\n', '<br>'));
  const rule = block.columns.map((c) =>
    c.align === 'right' ? '---:' : c.align === 'center' ? ':---:' : ':---',
  );
  const lines = [`| ${block.columns.map((c) => cell(c.title)).join(' | ')} |`, `| ${rule.join(' | ')} |`];
  for (const row of block.rows) {
    const cells = row.cells.map((text, i) => {
      let out = cell(text);
      if (text !== '' && row.emphasis) out = emphasise(out, row.emphasis === 'bold' ? '**' : '*');
      if (i === 0 && row.indent) out = INDENT.repeat(row.indent) + out;
      return out;
    });
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

function block(b: Block): string {
  switch (b.type) {
    case 'header': {
      const left = [
        ...(b.issuer.parent ? [escapeInline(b.issuer.parent)] : []),
        `**${escapeInline(b.issuer.name)}**`,
        escapeInline(b.number),
      ];
      const right = [`**${escapeInline(b.nation.title)}**`, `**${escapeInline(b.nation.motto)}**`];
      return [left.join('  \n'), right.join('  \n'), `*${escapeInline(b.placeDate)}*`].join('\n\n');
    }
    case 'title': {
      const parts = [`# ${escapeInline(b.text)}`];
      if (b.subject) parts.push(`**${escapeInline(b.subject)}**`);
      if (b.note) parts.push(`*${escapeInline(b.note)}*`);
      return parts.join('\n\n');
    }
    case 'heading': {
      const text = b.number ? `${b.number} ${b.text}` : b.text;
      return `${'#'.repeat(b.level + 1)} ${escapeInline(text)}`;
    }
    case 'paragraph': {
      const text = escapeLineStart(inline(b.runs));
      return b.role === 'caption' ? emphasise(text, '*') : text;
    }
    case 'list':
      return b.items.map((item) => `${b.marker} ${inline(item)}`).join('\n');
    case 'table':
      return table(b);
    case 'signOff': {
      const { recipients, signature } = b;
      const left = [
        `***${escapeInline(recipients.label)}***`,
        ...recipients.items.map((r) => `- ${escapeInline(r)}`),
      ];
      const top = [signature.authority, signature.position].filter((s) => s !== '');
      const bottom = [...(signature.title ? [signature.title] : []), signature.signer];
      const bold = (lines: string[]) => lines.map((l) => `**${escapeInline(l)}**`).join('  \n');
      return [left.join('\n'), bold(top), bold(bottom)].join('\n\n');
    }
    case 'pageBreak':
      return '---';
  }
}

/**
 * Renders a notice as Markdown (CommonMark with GitHub tables): headings keep the source's
 * numbering, figures stay in Vietnamese form, the source's "+ …" and "- …" stay text.
 *
 * @example
 * const md = toMarkdown(buildNotice(model));
 * md.startsWith('**HỘI ĐỒNG NHÂN DÂN'); // true
 */
export function toMarkdown(doc: NoticeDocument): string {
  return `${doc.blocks.map(block).join('\n\n')}\n`;
}
