import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkArticles, formatProblem } from '../lib/content-check.ts';

/**
 * Refuses to build an archive whose content fails the content check, with the
 * same `file:line field: message` lines as `npm run check`.
 */
export function contentCheck(contentDir: string): AstroIntegration {
  return {
    name: 'archive:content-check',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        const { problems } = checkArticles(contentDir, root);
        if (problems.length > 0) {
          const lines = problems.map(formatProblem).join('\n');
          throw new Error(`The content check found ${problems.length} problem(s):\n${lines}`);
        }
      },
    },
  };
}
