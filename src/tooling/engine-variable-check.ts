/**
 * The engine writes a few variables into each story (docs/actions.md). A story that declares one must give
 * it the engine's type, or Ink would compare a number with a string and the prose would quietly
 * never react.
 */
import type { Diagnostic } from '../engine/diagnostics.js';
import { ENGINE_VARIABLES, type InkType } from '../engine/story/engine-variables.js';
import type { StoryParameterValue } from '../engine/scenario/parameters.js';
import type { VariableDeclaration } from '../engine/story/scan-ink-source.js';

function literalType(initial: string): InkType | 'other' {
  if (/^"[^"]*"$/.test(initial)) return 'string';
  if (initial === 'true' || initial === 'false') return 'boolean';
  if (/^-?\d+(\.\d+)?$/.test(initial)) return 'number';
  return 'other';
}

const EXAMPLES: Record<InkType, string> = { string: '"slow"', boolean: 'false', number: '0' };

export function checkEngineVariables(variables: readonly VariableDeclaration[], file: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const declaration of variables) {
    const engine = ENGINE_VARIABLES.find((v) => v.name === declaration.name);
    if (!engine) continue;
    const at = (message: string) => diagnostics.push({ file, line: declaration.line, severity: 'error', message });
    if (declaration.constant) {
      at(`${engine.name} is written by the engine: declare it with VAR, not CONST`);
      continue;
    }
    const type = literalType(declaration.initial);
    if (type !== engine.type) {
      at(
        `${engine.name} is a ${engine.type} written by the engine (${engine.meaning}); declare it as e.g. VAR ${engine.name} = ${engine.values ? `"${engine.values[0]}"` : EXAMPLES[engine.type]}`,
      );
    } else if (engine.values && !engine.values.includes(declaration.initial.slice(1, -1))) {
      at(`${engine.name} is one of ${engine.values.map((v) => `"${v}"`).join(', ')}, not ${declaration.initial}`);
    }
  }
  return diagnostics;
}

/** The Ink compiler says "Unresolved variable: breathing"; for an engine variable, say how to declare it. */
export function explainUndeclaredEngineVariable(diagnostic: Diagnostic): Diagnostic {
  const match = /Unresolved variable: (\w+)/.exec(diagnostic.message);
  const engine = match ? ENGINE_VARIABLES.find((v) => v.name === match[1]) : undefined;
  if (!engine) return diagnostic;
  const example = engine.values ? `"${engine.values[0]}"` : EXAMPLES[engine.type];
  return {
    ...diagnostic,
    message: `${diagnostic.message}: the engine writes ${engine.name} (${engine.meaning}), but only where the story declares it: add VAR ${engine.name} = ${example} at the top`,
  };
}

/**
 * A story parameter of the manifest reaches the story only through a VAR of its name, and a VAR of
 * another type would make Ink compare unlike values: each must be declared, with the value's type.
 */
export function checkStoryParameterDeclarations(
  storyParameters: Readonly<Record<string, StoryParameterValue>> | undefined,
  variables: readonly VariableDeclaration[],
  file: string,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const [name, value] of Object.entries(storyParameters ?? {})) {
    const type: InkType = typeof value === 'boolean' ? 'boolean' : typeof value === 'string' ? 'string' : 'number';
    const declaration = variables.find((v) => v.name === name);
    if (!declaration) {
      diagnostics.push({
        file,
        severity: 'error',
        message: `scenario.json gives the story parameter ${name}, but the story does not declare it: add VAR ${name} = ${EXAMPLES[type]} at the top`,
      });
    } else if (declaration.constant || literalType(declaration.initial) !== type) {
      diagnostics.push({
        file,
        line: declaration.line,
        severity: 'error',
        message: `${name} is a story parameter of type ${type} in scenario.json; declare it as e.g. VAR ${name} = ${EXAMPLES[type]}`,
      });
    }
  }
  return diagnostics;
}
