/**
 * The one kind of failure the importer reports to an editor: bad input or a
 * page it cannot account for. The command prints the message as one line and
 * exits with status 2, having written nothing.
 */
import { LocatedError } from '../model/problem.ts';

export class ImportError extends LocatedError {}
