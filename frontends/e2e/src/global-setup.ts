import type { TestProject } from 'vitest/node';
import { startHearth } from './hearth.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    gatewayOrigin: string;
    frontendUrls: Record<string, string>;
  }
}

/**
 * One stack and one build of the frontends for every test file: starting
 * them is most of the suite's time on a 2-core machine, and the files only
 * read what they need and change families they choose for themselves.
 */
export default async function setup(project: TestProject) {
  const hearth = await startHearth();
  project.provide('gatewayOrigin', hearth.gatewayOrigin);
  project.provide('frontendUrls', hearth.frontends.urls);
  return () => hearth.stop();
}
