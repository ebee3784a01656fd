/**
 * The layout's rules, checked by dependency-cruiser on every test run: the
 * folders say where code runs, so what a folder may import follows from it.
 */
import { cruise, type IForbiddenRuleType, type IViolation } from 'dependency-cruiser';

/** Folders whose code is pure: it runs in Node, in the browser and inside Astro alike. */
const PURE = '^src/(model|text|view|open-data|search/(terms|record|parts))';

export const LAYOUT_RULES: IForbiddenRuleType[] = [
  { name: 'no-cycle', comment: 'no import cycle, type-only imports included', severity: 'error', from: {}, to: { circular: true } },
  {
    name: 'tools-not-tests',
    comment: 'tests use tools, benchmarks and scripts; never the other way round',
    severity: 'error',
    from: { path: '^(tools|bench|scripts)/' },
    to: { path: '^tests/' },
  },
  {
    name: 'astro-only',
    comment: 'only the site (pages, components, layouts, src/site) may use Astro-only modules',
    severity: 'error',
    from: { path: '^(src/(model|text|view|open-data|search|checks|importer|review|integrations|markdown)|tools|bench|scripts)/' },
    to: { path: '^(src/site/|astro:)' },
  },
  {
    name: 'pure-no-node',
    comment: 'pure folders read no files and start no processes',
    severity: 'error',
    from: { path: PURE },
    to: { dependencyTypes: ['core'], path: '^(node:)?(fs|child_process|path|os|process|worker_threads)' },
  },
];

/**
 * Every import under `paths` that breaks a layout rule.
 * @example (await layoutViolations(['src'])).length // 0
 */
export async function layoutViolations(paths: string[], options: { baseDir?: string } = {}): Promise<IViolation[]> {
  const result = await cruise(
    paths,
    {
      validate: true,
      ruleSet: { forbidden: LAYOUT_RULES },
      tsPreCompilationDeps: true,
      doNotFollow: { path: 'node_modules' },
      exclude: { path: 'node_modules' },
      ...(options.baseDir ? { baseDir: options.baseDir } : {}),
    },
    undefined,
    { tsConfig: { fileName: 'tsconfig.json' } },
  );
  if (typeof result.output === 'string') throw new Error('dependency-cruiser returned text, not a report');
  return result.output.summary.violations;
}

/** One violation as a line: rule, from, to. */
export function formatViolation(violation: IViolation): string {
  const via = violation.cycle ? ` (cycle: ${violation.cycle.map((step) => step.name).join(' → ')})` : '';
  return `${violation.rule.name}: ${violation.from} → ${violation.to}${via}`;
}
