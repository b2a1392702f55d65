import { Lru } from './analyse.js';

/**
 * Serialised list pages, valid until anything the list shows changes. Every write that can
 * change a row of the list calls `invalidate()`; a page is then built again on its next
 * request. Fifty viewers polling the same page cost one build. In memory: it assumes one
 * server process per database, as the sign-in limit does.
 *
 * @example
 * const page = lists.get(key) ?? lists.set(key, build());
 */
export class ListCache<V> {
  private generation = 0;
  private readonly pages: Lru<V>;

  constructor(size = 64) {
    this.pages = new Lru<V>(size);
  }

  /** A supervision was created, saved, deleted or re-summarised: every cached page is stale. */
  invalidate(): void {
    this.generation++;
  }

  /** The cache key of a page as of now: includes the generation, so stale pages are never found. */
  key(parts: readonly unknown[]): string {
    return `${this.generation}|${parts.map(String).join('|')}`;
  }

  get(key: string): V | undefined {
    return this.pages.get(key);
  }

  set(key: string, value: V): V {
    this.pages.set(key, value);
    return value;
  }
}
