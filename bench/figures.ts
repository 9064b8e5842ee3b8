/**
 * The registry of benchmark figures: one file a figure, loaded only when it runs. To add one, write
 * bench/<name>.ts exporting `figure: Figure` (see harness.ts) and add a line here.
 */
import type { Figure } from './harness.js';

export const FIGURES: ReadonlyArray<{ readonly name: string; load(): Promise<Figure> }> = [
  { name: 'statements', load: async () => (await import('./statements.js')).figure },
  { name: 'core', load: async () => (await import('./core.js')).figure },
  { name: 'batch', load: async () => (await import('./batch.js')).figure },
  { name: 'batch1000', load: async () => (await import('./batch-1000.js')).figure },
  { name: 'floor', load: async () => (await import('./kernel-floor.js')).figure },
  { name: 'health', load: async () => (await import('./health.js')).figure },
];
