/**
 * The server bundle's public surface. esbuild wraps everything in one IIFE assigned to the
 * global `FunnelMath`; the build then appends the top-level functions Apps Script needs
 * (custom functions with their JSDoc, onOpen/onInstall, one per serverApi key), each
 * forwarding here. The catalog is exported too: the build's generators read it from this
 * very bundle, so the wrappers and docs match what is pushed.
 */
export { catalog } from '../kpi';
export { serverApi } from './api';
export { customFunction } from './customFunctions';
export { onInstall, onOpen } from './menu';
