import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkArchive, formatProblem } from '../lib/content-check.ts';
import { astroRedirects } from '../lib/redirects.ts';

/**
 * Refuses to build an archive whose content fails the content check, with the
 * same `file:line field: message` lines as `npm run check`, and turns the
 * recorded redirects of renamed articles into redirect pages.
 */
export function contentCheck(contentDir: string): AstroIntegration {
  return {
    name: 'archive:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        const { problems, redirects } = checkArchive(contentDir, fileURLToPath(config.root));
        if (command === 'build' && problems.length > 0) {
          const lines = problems.map(formatProblem).join('\n');
          throw new Error(`The content check found ${problems.length} problem(s):\n${lines}`);
        }
        updateConfig({ redirects: astroRedirects(redirects, config.base) });
      },
    },
  };
}
