import type { Path, Rule } from '../../checks/types.js';
import { ownCopy } from '../../citations/readings.js';
import { spellingKey } from '../../names/normalize.js';
import {
  declaredNames,
  markDifference,
  type NameFinder,
  nameFinder,
  spellingsOf,
} from '../../names/variants.js';

/**
 * A declared name (the commune, its district, its province) written another way somewhere in the
 * supervision: one finding per spelling, with every place it stands. "Hoà" and "Hòa" are one
 * spelling; "Diêm Mặc" for "Điềm Mặc" is another.
 */
export const nameVariant: Rule = {
  code: 'name.variant',
  severity: 'warning',
  reads: ['locality.name', 'locality.district', 'locality.province', 'body.name', '**'],
  run({ supervision, index: { readings, texts } }) {
    // A name's finder and a text's bones depend on nothing else: kept by the checker's readings.
    const { locality, body } = supervision;
    const declaring = [locality.name, locality.district, locality.province, body.name, body.shortName].join(
      '\n',
    );
    const names = readings
      // The names are the supervision's own texts, kept: copies (see `ownCopy`).
      .keep('declared-names', declaring, () => declaredNames(supervision).map(ownCopy))
      .map((n) => readings.keep<NameFinder>('name-finder', n, nameFinder));
    // The variants a text writes depend only on the text and the names: kept by both.
    const declared = names.map((n) => n.name).join('\n');
    // The same string each check (kept), so that finding it among a text's readings compares
    // references, not every character of the declared names.
    const kind = readings.keep('name-kind', declared, (d) => `name-variants\n${d}`);
    const variantsIn = (text: string) =>
      spellingsOf(names, text)
        .filter((s) => s.variant)
        .map((s) => ({ ...s, key: `${spellingKey(s.name)}|${spellingKey(s.written)}` }));
    const found = new Map<string, { name: string; variant: string; paths: Path[]; count: number }>();
    // The same texts as `textFields`, from the walk the checks share.
    // A text's path is read only where a variant stands: it is spelt out on first reading.
    for (const e of texts.entries) {
      if (names.length === 0) break;
      if (!e.named) continue;
      // Indexed: most texts have no variant, and a for-of would make an iterator for each.
      const spellings = readings.ofText(e, kind, variantsIn);
      for (let k = 0; k < spellings.length; k++) {
        const spelling = spellings[k]!;
        const path = e.path;
        const { key } = spelling;
        const entry = found.get(key) ?? {
          name: spelling.name,
          variant: spelling.written,
          paths: [],
          count: 0,
        };
        found.set(key, entry);
        entry.count++;
        if (entry.paths.at(-1) !== path) entry.paths.push(path);
      }
    }
    return [...found.values()].map((v) => ({
      paths: v.paths,
      params: {
        name: v.name,
        variant: v.variant,
        // Letter by letter, in sets of marks: kept, like the variants, for the next check.
        marks: readings.keep('mark-difference', `${v.name}\n${v.variant}`, () =>
          markDifference(v.name, v.variant),
        ),
        count: v.count,
        places: v.paths.length,
      },
    }));
  },
};
