// @vitest-environment node
import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/*
 * Typechecks the whole program of a tsconfig, as `npm run typecheck` does,
 * with probe files added at the given paths, and returns each probe's error
 * codes. Alone, a probe would miss what the rest of the program pulls in
 * (a package's types that load Node's, say).
 */
function probeErrors(config: string, probes: Record<string, string>): Record<string, number[]> {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    `${root}${config}`,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  )!;
  const files = new Map(Object.entries(probes).map(([file, code]) => [`${root}${file}`, code]));
  const options = { ...parsed.options, incremental: false, tsBuildInfoFile: undefined };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, ...rest) =>
    files.has(name)
      ? ts.createSourceFile(name, files.get(name)!, ts.ScriptTarget.ES2022)
      : getSourceFile(name, ...rest);
  host.fileExists = (name) => files.has(name) || fileExists(name);
  host.readFile = (name) => files.get(name) ?? readFile(name);
  const program = ts.createProgram({ rootNames: [...parsed.fileNames, ...files.keys()], options, host });
  return Object.fromEntries(
    [...files.keys()].map((name) => [
      name.slice(root.length),
      ts.getPreEmitDiagnostics(program, program.getSourceFile(name)).map((diagnostic) => diagnostic.code),
    ]),
  );
}

const nodeImport = "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;\n";
const nodeGlobal = 'export const probe = process.env.HOME;\n';
const CANNOT_FIND_MODULE = 2307;
const CANNOT_FIND_NAME_NEEDS_NODE_TYPES = 2591;
// A whole program takes seconds to check, longer on a busy machine.
const WHOLE_PROGRAM = 60_000;

describe('typecheck split, in the whole program', () => {
  it(
    'refuses Node in app code and allows the DOM',
    () => {
      expect(
        probeErrors('tsconfig.app.json', {
          'src/data/schema/probe-import.ts': nodeImport,
          'src/data/words/probe-global.ts': nodeGlobal,
          'src/components/probe-dom.ts': 'export const probe = document.title;\n',
        }),
      ).toEqual({
        'src/data/schema/probe-import.ts': [CANNOT_FIND_MODULE],
        'src/data/words/probe-global.ts': [CANNOT_FIND_NAME_NEEDS_NODE_TYPES],
        'src/components/probe-dom.ts': [],
      });
    },
    WHOLE_PROGRAM,
  );

  it(
    'lets the server, the build and the tools use Node',
    () => {
      const both = nodeImport + nodeGlobal.replace('probe', 'home');
      expect(
        probeErrors('tsconfig.node.json', {
          'server/probe.ts': both,
          'build/probe.ts': both,
          'scripts/probe.ts': both,
        }),
      ).toEqual({ 'server/probe.ts': [], 'build/probe.ts': [], 'scripts/probe.ts': [] });
    },
    WHOLE_PROGRAM,
  );
});
