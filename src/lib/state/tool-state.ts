// The old name of `stateDefaults` (src/lib/state/url-state.ts), kept only for scripts/bench.ts until it
// imports from url-state.ts; then this file can go. Site code uses url-state.ts.
export { stateDefaults as toolDefaults } from './url-state';
