/**
 * Author ids for `/authors/<id>/`: ASCII, from the name's pinyin (来虹 →
 * laihong), so an address can be read and typed. Two names with the same
 * pinyin (王梅, 王玫) must not share a page: the name that appeared first in the
 * archive keeps the plain pinyin, the others get a suffix computed from their
 * own characters, so an id never depends on how many authors there are and
 * only changes if an earlier namesake is added to the archive later.
 */
import { asciiPinyin } from '../text/pinyin.ts';

/** Written when no byline is printed: the schema needs a name, the review list says it is missing. */
export const UNSIGNED = '未署名';

export interface Byline {
  /** The name as printed. */
  name: string;
  /** `YYYY-MM-DD` of the author's earliest article. */
  firstDate: string;
}

/**
 * The pinyin of a name, tone-less, ü as v, only a–z and 0–9; Latin letters in
 * the name are kept, everything else dropped.
 * @example namePinyin('来虹') // 'laihong'
 * @example namePinyin('吕梁') // 'lvliang'
 */
export function namePinyin(name: string): string {
  return asciiPinyin(name.normalize('NFKC'));
}

/**
 * A short, stable ASCII tag of a name (FNV-1a over its UTF-8 bytes, base 36).
 * @example nameTag('王玫').length // 4
 */
export function nameTag(name: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(name)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % 36 ** 4).toString(36).padStart(4, '0');
}

/**
 * The id of every author, unique across the archive.
 * @example authorIds([{ name: '来虹', firstDate: '2025-04-22' }]).get('来虹') // 'laihong'
 */
export function authorIds(bylines: readonly Byline[]): Map<string, string> {
  const byPinyin = new Map<string, Byline[]>();
  for (const byline of bylines) {
    const key = namePinyin(byline.name) || 'author';
    byPinyin.set(key, [...(byPinyin.get(key) ?? []), byline]);
  }
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const [key, group] of byPinyin) {
    const ordered = [...group].sort((a, b) => a.firstDate.localeCompare(b.firstDate) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    ordered.forEach((byline, index) => {
      // A name without pinyin (no Chinese, no Latin) never gets the bare fallback.
      const plain = index === 0 && key !== 'author';
      let id = plain ? key : `${key}-${nameTag(byline.name)}`;
      // Two tags of one pinyin colliding is astronomically rare, but ids must be unique.
      for (let n = 2; taken.has(id); n++) id = `${key}-${nameTag(byline.name)}-${n}`;
      taken.add(id);
      ids.set(byline.name, id);
    });
  }
  return ids;
}

/**
 * Every author of a list of articles with the date of their first article.
 * @example bylinesOf([{ authors: ['来虹'], date: '2025-04-22' }]) // [{ name: '来虹', firstDate: '2025-04-22' }]
 */
export function bylinesOf(articles: readonly { authors: readonly string[]; date: string }[]): Byline[] {
  const first = new Map<string, string>();
  for (const { authors, date } of articles) {
    for (const name of authors) {
      const known = first.get(name);
      if (known === undefined || date < known) first.set(name, date);
    }
  }
  return [...first].map(([name, firstDate]) => ({ name, firstDate }));
}

/**
 * Each author with the role printed before them: the one role of
 * `authorRole` for all, or each their own from `authorRoles`; a role is
 * shown only where it changes, as the byline prints it.
 * @example creditedAuthors({ authors: ['高建伟', '李浩'], authorRoles: ['本报记者', '通讯员'] }) // [{ name: '高建伟', role: '本报记者' }, { name: '李浩', role: '通讯员' }]
 * @example creditedAuthors({ authors: ['温荣鑫', '王钢'], authorRole: '记者' }).map((a) => a.role) // ['记者', undefined]
 */
export function creditedAuthors(data: {
  authors: readonly string[];
  authorRole?: string | undefined;
  authorRoles?: readonly string[] | undefined;
}): { name: string; role?: string }[] {
  return data.authors.map((name, i) => {
    const role = data.authorRoles?.[i] ?? (i === 0 ? data.authorRole : undefined);
    const previous = i > 0 ? data.authorRoles?.[i - 1] : undefined;
    return role && role !== previous ? { name, role } : { name };
  });
}

/**
 * The byline as printed: roles before the names they cover.
 * @example bylineText({ authors: ['高建伟', '李浩'], authorRoles: ['本报记者', '通讯员'] }) // '本报记者 高建伟 通讯员 李浩'
 */
export function bylineText(data: Parameters<typeof creditedAuthors>[0]): string {
  return creditedAuthors(data)
    .map(({ name, role }) => (role ? `${role} ${name}` : name))
    .join(' ');
}
