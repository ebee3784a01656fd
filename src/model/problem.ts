/**
 * A problem found in the archive's input, located for an editor: the file,
 * its 1-based line and the field concerned, where known. The content check,
 * the figure coverage check, the redirects and the importer all report in
 * this one shape, and print it with `formatProblem`.
 */
export interface Problem {
  file: string;
  line?: number | undefined;
  field?: string | undefined;
  message: string;
}

/**
 * One problem as the one line editors see: `file:line field: message`, with
 * the line and the field left out when they are not known.
 * @example formatProblem({ file: 'a.md', line: 3, field: 'city', message: 'unknown city' }) // 'a.md:3 city: unknown city'
 * @example formatProblem({ file: 'p.txt', message: 'the page is empty' }) // 'p.txt: the page is empty'
 */
export function formatProblem(problem: Problem): string {
  const line = problem.line === undefined ? '' : `:${problem.line}`;
  const field = problem.field === undefined ? '' : ` ${problem.field}`;
  return `${problem.file}${line}${field}: ${problem.message}`;
}

/**
 * An error that is a Problem once its file is known: the page library and
 * the importer throw it where they read, and the command that knows the
 * file prints it as one line.
 */
export class LocatedError extends Error {
  /** 1-based line of the file the problem is on, when there is one. */
  readonly line: number | undefined;
  /** The field the problem concerns, when there is one. */
  readonly field: string | undefined;

  constructor(message: string, where: { line?: number | undefined; field?: string | undefined } = {}) {
    super(message);
    this.name = new.target.name;
    this.line = where.line;
    this.field = where.field;
  }

  /**
   * The problem as located in `file`, to print with `formatProblem`.
   * @example formatProblem(new LocatedError('no article found').at('p.txt')) // 'p.txt: no article found'
   */
  at(file: string): Problem {
    return { file, line: this.line, field: this.field, message: this.message };
  }
}
