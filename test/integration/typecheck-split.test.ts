// @vitest-environment node
import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Typechecks `code` as if it sat at `file`, under the given tsconfig, and returns the error codes. */
function errorCodes(config: string, file: string, code: string): number[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    `${root}${config}`,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  const options = parsed!.options;
  const probe = `${root}${file}`;
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, ...rest) =>
    name === probe ? ts.createSourceFile(name, code, ts.ScriptTarget.ES2022) : getSourceFile(name, ...rest);
  host.fileExists = (name) => name === probe || fileExists(name);
  host.readFile = (name) => (name === probe ? code : readFile(name));
  const program = ts.createProgram({ rootNames: [probe], options, host });
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => diagnostic.code);
}

const nodeImport = "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;\n";
const nodeGlobal = 'export const probe = process.env.HOME;\n';
const CANNOT_FIND_MODULE = 2307;
const CANNOT_FIND_NAME_NEEDS_NODE_TYPES = 2591;

describe('typecheck split', () => {
  it('refuses a Node import in app code', () => {
    expect(errorCodes('tsconfig.app.json', 'src/data/probe.ts', nodeImport)).toEqual([CANNOT_FIND_MODULE]);
  });

  it('refuses a Node global in app code', () => {
    expect(errorCodes('tsconfig.app.json', 'src/data/probe.ts', nodeGlobal)).toEqual([
      CANNOT_FIND_NAME_NEEDS_NODE_TYPES,
    ]);
  });

  it('lets scripts use Node', () => {
    expect(
      errorCodes('tsconfig.node.json', 'scripts/probe.ts', nodeImport + nodeGlobal.replace('probe', 'home')),
    ).toEqual([]);
  });

  it('lets app code use the DOM', () => {
    expect(errorCodes('tsconfig.app.json', 'src/data/probe.ts', 'export const probe = document.title;\n')).toEqual([]);
  });
});
