// Stands in for the packages OPA's wasm SDK implements non-native builtins
// with (yaml for yaml.*, sprintf-js for sprintf). The rules may call only
// builtins that OPA's wasm target implements itself (capabilities.go in
// privacy/lint), so the SDK never calls these: the build aliases both
// packages to this module to keep some 90 KB out of app.js.

function unavailable() {
  throw new Error('noticelint: this builtin is not available in the browser build');
}

export const parse = unavailable;
export const stringify = unavailable;
export const vsprintf = unavailable;
export default { parse, stringify, vsprintf };
