/**
 * Bylines as printed: a line of its own (`□ 本报记者 高建伟 通讯员 李浩`,
 * `温荣鑫 王钢`, `（记者 程芳 通讯员 冀彦）`), after a body's last sentence
 * (`…成果。 邵康`, `…天数。（王钢 温荣鑫）`), or inside a dateline's
 * parentheses. Each keeps where its roles, names and marks were printed,
 * so the importer can account for every character.
 */
import { CREDITS_PATTERN, parseCredits, ROLE_PATTERN, type Credit } from '../text/credits.ts';
import { readDateline } from '../text/dateline.ts';
import type { Line } from '../page/lines.ts';

/** A part of an OCR line, where it was printed. */
export interface Piece {
  line: number;
  text: string;
}

export interface Byline {
  /** The authors in printed order, each with the role printed before them. */
  credits: Credit[];
  /** OCR junk before the byline (姻, a misread bullet). */
  junk?: Piece;
  /** The roles as printed. */
  rolePieces: Piece[];
  /** The names as printed. */
  namePieces: Piece[];
  /** Parentheses and separators around the credits. */
  markPieces: Piece[];
  /** Read from the dateline: its text stays in the body, where it was printed. */
  inDateline?: boolean;
}

// A byline's text as printed pieces: its roles, its names, and the marks between them.
const PIECE = new RegExp(String.raw`(${ROLE_PATTERN}|\p{Script=Han}+|[（()）、，,])`, 'u');
const WHOLE_ROLE = new RegExp(`^(?:${ROLE_PATTERN})$`, 'u');

/**
 * The byline of a credit text printed on line `no`, or undefined when the
 * text is no credit.
 * @example bylineOf(4, '（王钢 温荣鑫）')?.markPieces.map((p) => p.text) // ['（', '）']
 */
export function bylineOf(no: number, text: string): Byline | undefined {
  const inner = /^[（(](.*)[）)]$/u.exec(text.trim());
  const credits = parseCredits(inner ? inner[1]! : text);
  if (!credits) return undefined;
  const byline: Byline = { credits, rolePieces: [], namePieces: [], markPieces: [] };
  for (const token of text.trim().split(PIECE)) {
    if (!token || /^\s*$/u.test(token)) continue;
    const piece = { line: no, text: token.trim() };
    if (WHOLE_ROLE.test(token)) byline.rolePieces.push(piece);
    else if (/^\p{Script=Han}+$/u.test(token)) byline.namePieces.push(piece);
    else byline.markPieces.push(piece);
  }
  return byline;
}

/** The names of a byline. */
export const namesOf = (byline: Byline): string[] => byline.credits.map((credit) => credit.name);

const BULLET = String.raw`[□■口姻◆●▲◇○]`;
// OCR reads the bullet before a byline as a box, a dot, or a Chinese character of its shape (姻, 口).
const LINE_BYLINE = new RegExp(String.raw`^(?:(${BULLET}|[^\p{Script=Han}\s（(])[ \t\u3000]*)?([（(]?${CREDITS_PATTERN}[）)]?)$`, 'u');

/**
 * A byline on a line of its own: with a role (`姻 科学导报记者 来虹`,
 * `□ 本报记者 高建伟 通讯员 李浩`) or in parentheses (`（王钢 温荣鑫）`).
 * A bare name line is read by `parseNameLine`, after a sentence end only.
 * @example parseBylineLine({ no: 7, text: '姻 科学导报记者 来虹' })?.credits // [{ name: '来虹', role: '科学导报记者' }]
 * @example parseBylineLine({ no: 7, text: '强化监管 守护蓝天' }) // undefined
 */
export function parseBylineLine(line: Line): Byline | undefined {
  const match = LINE_BYLINE.exec(line.text.trim());
  if (!match) return undefined;
  const [, junk, credits] = match as unknown as [string, string | undefined, string];
  const byline = bylineOf(line.no, credits);
  // A byline of its own line prints a role or parentheses; bare names need a sentence end before them.
  if (!byline || (byline.rolePieces.length === 0 && byline.markPieces.length === 0 && !junk)) return undefined;
  return junk ? { ...byline, junk: { line: line.no, text: junk } } : byline;
}

/**
 * A byline printed without a role on a line of its own (`张晓东`, `温荣鑫 王钢`).
 * @example namesOf(parseNameLine({ no: 9, text: '温荣鑫 王钢' })!) // ['温荣鑫', '王钢']
 * @example parseNameLine({ no: 9, text: '强化监管' }) // undefined
 */
export function parseNameLine(line: Line): Byline | undefined {
  const text = line.text.trim();
  if (!/^\p{Script=Han}{2,4}(?:[ \t\u3000]+\p{Script=Han}{2,4})*$/u.test(text)) return undefined;
  return bylineOf(line.no, text);
}

const INLINE = new RegExp(
  String.raw`^(.*[。！？!?”’」』）)])[ \t\u3000]+((?:${BULLET}[ \t\u3000]*)?[（(]?${CREDITS_PATTERN}[）)]?)$|^(.*[。！？!?”’」』])([（(]${CREDITS_PATTERN}[）)])$`,
  'u',
);

/**
 * A byline printed after the last sentence of a body: `底色。 温荣鑫 王钢`,
 * `天数。（王钢 温荣鑫）`. Returns the body text left on the line and the byline.
 * @example splitInlineByline({ no: 80, text: '底色。 温荣鑫 王钢' })?.body // '底色。'
 */
export function splitInlineByline(line: Line): { body: string; byline: Byline } | undefined {
  const match = INLINE.exec(line.text);
  if (!match) return undefined;
  const body = match[1] ?? match[3]!;
  const printed = match[2] ?? match[4]!;
  const byline = bylineOf(line.no, printed);
  return byline ? { body, byline } : undefined;
}

/**
 * The reporters a body's dateline names in its parentheses, as its byline.
 * @example namesOf(datelineByline({ no: 3, text: '科学导报讯（通讯员 贾晓华 畅文斌）6 月 7 日，' })!) // ['贾晓华', '畅文斌']
 */
export function datelineByline(line: Line): Byline | undefined {
  const credits = readDateline(line.text)?.credits ?? [];
  return credits.length > 0 ? { credits, rolePieces: [], namePieces: [], markPieces: [], inDateline: true } : undefined;
}

/** The printed parts of a byline, OCR junk included, each once. */
export function bylinePieces(byline: Byline): Piece[] {
  return [...(byline.junk ? [byline.junk] : []), ...byline.rolePieces, ...byline.namePieces, ...byline.markPieces];
}
