/**
 * The one kind of failure the importer reports to an editor: bad input or a
 * page it cannot account for. The command prints the message as one line and
 * exits with status 2, having written nothing.
 */
import type { Problem } from '../model/problem.ts';

export class ImportError extends Error {
  /** 1-based line of the page the problem is on, when there is one. */
  readonly line: number | undefined;
  /** The entry field the problem concerns, when there is one. */
  readonly field: string | undefined;

  constructor(message: string, where: { line?: number; field?: string } = {}) {
    super(message);
    this.name = 'ImportError';
    this.line = where.line;
    this.field = where.field;
  }

  /**
   * The problem as located in `file`, to print with `formatProblem`.
   * @example formatProblem(new ImportError('no article found').at('p.txt')) // 'p.txt: no article found'
   */
  at(file: string): Problem {
    return { file, line: this.line, field: this.field, message: this.message };
  }
}
