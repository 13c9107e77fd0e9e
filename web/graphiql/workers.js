// Monaco runs its language services in web workers. scripts/build-web.mjs bundles each worker into
// a file of its own and passes their URLs in as __KAMGRAPH_WORKERS__; imported first by main.jsx so
// the environment exists before GraphiQL loads Monaco (it does so lazily, on first render).
/* global __KAMGRAPH_WORKERS__ */
const urls = __KAMGRAPH_WORKERS__;

globalThis.MonacoEnvironment = {
  getWorker(_workerId, label) {
    return new Worker(new URL(urls[label] ?? urls.editor, import.meta.url), { name: label });
  },
};
