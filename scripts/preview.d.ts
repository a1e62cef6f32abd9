/** Types of scripts/preview.js, for the end-to-end test that builds and serves the same way. */
import type { Stats } from "webpack";

export const DIST: string;

export function build(options?: { mode?: "production" | "development"; outputPath?: string; quiet?: boolean }): Promise<Stats>;

export function serveStatic(root: string, port?: number, host?: string): Promise<{ url: string; close: () => Promise<void> }>;
