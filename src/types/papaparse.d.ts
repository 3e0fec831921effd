/*
 * The part of papaparse's API the app uses, typed for the browser program.
 * @types/papaparse pulls in Node's types, and with them `process` and
 * `node:fs` would typecheck in src/; tsconfig.app.json maps the module here
 * so that they do not. The tests and tools use @types/papaparse itself.
 */
declare module 'papaparse' {
  interface ParseError {
    code: string;
    message: string;
    row?: number;
  }
  interface ParseResult<T> {
    data: T[];
    errors: ParseError[];
  }
  interface ParseConfig {
    delimiter?: string;
    skipEmptyLines?: boolean | 'greedy';
  }
  interface UnparseConfig {
    newline?: string;
    escapeFormulae?: boolean;
  }
  const Papa: {
    parse<T>(text: string, config?: ParseConfig): ParseResult<T>;
    unparse(data: unknown[][], config?: UnparseConfig): string;
  };
  export default Papa;
}
