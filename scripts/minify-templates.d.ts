import type { Plugin as VitePlugin } from 'vite';
import type { TestRunnerPlugin } from '@web/test-runner';

export declare const isComponentSource: (path: string) => boolean;
export declare function minifyTemplates(
  code: string,
  fileName: string,
  options?: { sourceMap?: boolean },
): Promise<{ code: string; map?: unknown } | undefined>;
export declare function viteMinifyTemplates(): VitePlugin;
export declare function devServerMinifyTemplates(): TestRunnerPlugin;
