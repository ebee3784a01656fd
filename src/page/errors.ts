/**
 * A page file that cannot be read as an OCR page (binary, undecodable, too
 * large, empty). Whoever reads the file names it in the one-line problem.
 */
import { LocatedError } from '../model/problem.ts';

export class PageError extends LocatedError {}
