/** Input paths as the library writes them: dot-joined names with index segments, `orders[1].terms[2].lastDay`. */

/** Joins two dotted input paths, leaving index segments (`[2]`) attached. */
export function joinPath(prefix: string, path: string): string {
  if (prefix === "") return path;
  if (path === "") return prefix;
  return path.startsWith("[") ? `${prefix}${path}` : `${prefix}.${path}`;
}
