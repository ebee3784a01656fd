/**
 * The layout's rules, checked by dependency-cruiser on every test run: the
 * folders say where code runs, so what a folder may import follows from it.
 */
import { cruise, type IForbiddenRuleType, type IViolation } from 'dependency-cruiser';

/** Folders whose code is pure: it runs in Node, in the browser and inside Astro alike. */
export const PURE = '^src/(model|text|page|view|open-data|search)/';
/** Folders whose code runs in Node only: it reads and writes the archive's files. */
const NODE_SIDE = '^src/(archive|checks|importer|review|integrations)/';
/** Node's built-in modules, which no pure module may reach. */
const NODE_BUILTINS = '^(node:)?(fs|fs/promises|child_process|path|os|process|worker_threads|crypto|url|util|http|https|zlib|module|stream|buffer)$';

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
    comment: 'only the site (pages, components, layouts, src/site) may use Astro-only modules, directly or through another module',
    severity: 'error',
    from: { path: '^(src/(model|text|page|view|open-data|search|archive|checks|importer|review|integrations|markdown)|tools|bench|scripts)/' },
    to: { path: '^(src/site/|astro:)' },
  },
  {
    name: 'astro-only-reachable',
    comment: 'no module outside the site reaches src/site through others',
    severity: 'error',
    from: { path: '^(src/(model|text|page|view|open-data|search|archive|checks|importer|review|integrations|markdown)|tools|bench|scripts)/' },
    to: { path: '^src/site/', reachable: true },
  },
  {
    name: 'pure-no-node',
    comment: 'pure folders read no files, start no processes and reach no Node built-in, directly or through others',
    severity: 'error',
    from: { path: PURE },
    to: { path: NODE_BUILTINS, reachable: true },
  },
  {
    name: 'pure-not-up',
    comment: 'pure folders never reach up into the Node-side folders (archive, checks, importer, review, integrations)',
    severity: 'error',
    from: { path: PURE },
    to: { path: NODE_SIDE, reachable: true },
  },
  {
    name: 'importer-consumer',
    comment: 'the importer consumes the page library: no other folder of src/ reaches it',
    severity: 'error',
    from: { path: '^src/', pathNot: '^src/importer/' },
    to: { path: '^src/importer/', reachable: true },
  },
];

/**
 * Pure modules that use Node's `process` global, which no import shows:
 * each as `file:line`.
 * @example processUses({ 'src/text/a.ts': 'export const n = process.env.N;' }) // ['src/text/a.ts:1']
 */
export function processUses(files: Record<string, string>): string[] {
  const uses: string[] = [];
  for (const [file, text] of Object.entries(files)) {
    if (!new RegExp(PURE).test(file)) continue;
    text.split('\n').forEach((line, i) => {
      if (/^\s*(?:\/\/|\*)/u.test(line)) return;
      if (/\bprocess\.(?:env|argv|cwd|exit|platform|stdout|stderr)\b/u.test(line)) uses.push(`${file}:${i + 1}`);
    });
  }
  return uses;
}

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

/**
 * The folders of src/ and which import which, as a Mermaid graph: the
 * dependency graph of docs/architecture.md, drawn from the same cruise as
 * the layer rules so that the document cannot drift from the code.
 */
export async function folderGraph(): Promise<string> {
  const result = await cruise(['src'], { tsPreCompilationDeps: true, doNotFollow: { path: 'node_modules' }, exclude: { path: 'node_modules' } }, undefined, {
    tsConfig: { fileName: 'tsconfig.json' },
  });
  if (typeof result.output === 'string') throw new Error('dependency-cruiser returned text, not a report');
  const folderOf = (path: string) => /^src\/([^/.]+)\//u.exec(path)?.[1];
  const edges = new Set<string>();
  for (const module of result.output.modules) {
    const from = folderOf(module.source);
    for (const dependency of module.dependencies) {
      const to = folderOf(dependency.resolved);
      if (from && to && from !== to) edges.add(`  ${from} --> ${to}`);
    }
  }
  return ['graph LR', ...[...edges].sort()].join('\n');
}
