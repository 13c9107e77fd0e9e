/** The hashed URL of ELK's web worker, written in by scripts/build-web.mjs. */
declare const __KAMGRAPH_ELK_WORKER__: string;

/** CSS imports are bundled by esbuild into the page's stylesheet. */
declare module '*.css';
