// The virtual module @originjs/vite-plugin-federation generates in a host build.
declare module '__federation__' {
  interface RemoteConfig {
    url: string | (() => Promise<string>);
    format: 'esm' | 'systemjs' | 'var';
    from: 'vite' | 'webpack';
  }
  export function __federation_method_setRemote(name: string, config: RemoteConfig): void;
  export function __federation_method_getRemote(name: string, exposed: string): Promise<unknown>;
  export function __federation_method_unwrapDefault(module: unknown): unknown;
  export function __federation_method_wrapDefault(module: unknown, need: boolean): unknown;
}

/** The remotes a host declared with hearthHost({ consumes }). */
declare const __HEARTH_CONSUMES__: readonly string[];
