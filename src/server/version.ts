/**
 * The package version, fixed at build time: the bundler inlines this one field of package.json, so the
 * service reports the version it was built as without reading any file when it runs.
 */
import { version } from "../../package.json";

/** The version of this build of the package, as `/healthz` and `/openapi.json` report it. */
export const PACKAGE_VERSION: string = version;
