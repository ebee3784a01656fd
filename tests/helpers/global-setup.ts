/**
 * Builds the archive exactly as `npm run build` does and serves dist/ on a
 * free port for the end-to-end tests (provided as `siteUrl`).
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../tools/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

export default async function setup(project: TestProject) {
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const server = await serveStatic(resolve('dist'));
  project.provide('siteUrl', server.url);
  return () => server.close();
}
