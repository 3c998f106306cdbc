import type { Plugin } from "esbuild";

/** The source with its top-level initializers marked free of side effects. */
export function markTopLevel(fileName: string, text: string): string;
/** An esbuild plugin that marks every top-level initializer of `src/**\/*.ts` free of side effects. */
export function pureTopLevel(): Plugin;
