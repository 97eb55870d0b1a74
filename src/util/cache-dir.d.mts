/** The folder of this install (package.json, src/, node_modules/). */
export declare const ROOT: string;
/** FOGWATCH_CACHE_DIR, else node_modules/.cache/fogwatch of this install. */
export declare function cacheDir(): string;
