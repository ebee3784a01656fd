/**
 * An untyped figure an editor accepts becomes a waiver: the number it names
 * is not a figure, for this article, for good. The waiver goes into the
 * archive's waivers file, so that the figure coverage check, which flags
 * every number no metric states and no waiver covers, stops flagging it:
 * the review queue and `npm run check` keep one notion of what is still to
 * check. Pure: the command reads and writes the file.
 */
import { stringify } from 'yaml';
import { UNTYPED_FIGURE } from '../model/figures.ts';

/** Why an accepted figure is waived. */
export const ACCEPTED_REASON = 'accepted in review as no figure';

/**
 * The review field of an untyped figure, as printed: `metrics: 3 家企业关停`.
 * @example untypedField('3 家企业关停') // 'metrics: 3 家企业关停'
 */
export function untypedField(printed: string): string {
  return `${UNTYPED_FIGURE}${printed}`;
}

/**
 * The printed figure a review field names, or undefined for any other field.
 * @example printedFigure('metrics: 3 家企业关停') // '3 家企业关停'
 * @example printedFigure('title') // undefined
 */
export function printedFigure(field: string): string | undefined {
  return field.startsWith(UNTYPED_FIGURE) ? field.slice(UNTYPED_FIGURE.length) : undefined;
}

/**
 * The waivers file with waivers for the figures accepted, appended as YAML
 * list items (the file's comments and entries kept as they are).
 * @example withWaivers('', 'a-b', ['3 家企业关停']) // '- article: a-b\n  text: 3 家企业关停\n  reason: accepted in review as no figure\n'
 */
export function withWaivers(source: string, slug: string, printed: readonly string[]): string {
  if (printed.length === 0) return source;
  const items = stringify(printed.map((text) => ({ article: slug, text, reason: ACCEPTED_REASON })));
  const separator = source === '' || source.endsWith('\n') ? '' : '\n';
  return `${source}${separator}${items}`;
}

/**
 * The number a figure coverage problem names: `"3 家企业关停" is a number no metric…`.
 * @example flaggedFigure('"3 家企业关停" is a number no metric of this sentence states and no waiver covers') // '3 家企业关停'
 */
export function flaggedFigure(message: string): string | undefined {
  return /^"(.+)" is a number no metric of this sentence states/u.exec(message)?.[1];
}
