/**
 * html-validate over a built site, with the project's configuration
 * (.htmlvalidate.json): the faults of each page, one line each.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';

/**
 * The faults html-validate finds in these pages of the build in `root`, as `page:line rule: message`.
 * @example expect(await htmlValidateFaults('dist', htmlFiles('dist'))).toEqual([]);
 */
export async function htmlValidateFaults(root: string, pages: readonly string[]): Promise<string[]> {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const faults: string[] = [];
  for (const page of pages) {
    const report = await validator.validateString(readFileSync(join(root, page), 'utf8'), join(root, page));
    for (const result of report.results) for (const m of result.messages) faults.push(`${page}:${m.line} ${m.ruleId}: ${m.message}`);
  }
  return faults;
}
