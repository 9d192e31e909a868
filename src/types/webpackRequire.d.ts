// The bundler's `require.resolveWeak` (src/components/LazyIsland): a module's id, without bundling it into the caller.
declare namespace NodeJS {
  interface Require {
    resolveWeak(path: string): string | number;
  }
}
