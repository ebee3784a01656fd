/**
 * The one kind of failure the importer reports to an editor: bad input or a
 * page it cannot account for. The command prints the message as one line and
 * exits with status 2, having written nothing.
 */
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
}

/**
 * The one-line message for an editor: file, line, field, problem.
 * @example formatImportError('p.txt', new ImportError('no article found')) // 'p.txt: no article found'
 */
export function formatImportError(file: string, error: ImportError): string {
  const line = error.line === undefined ? '' : `:${error.line}`;
  const field = error.field === undefined ? '' : ` ${error.field}`;
  return `${file}${line}${field}: ${error.message}`;
}
