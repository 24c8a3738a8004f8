/**
 * Reads a top-level function declaration and the comment directly above it from the pushed
 * source text, the way Sheets reads the autocomplete help (JSDoc must touch the function).
 */
import type { AppsScriptRuntime } from '../../src/preview/bundle';

export interface Declaration {
  readonly file: string;
  readonly parameters: string[];
  /** The JSDoc block directly above, or undefined when anything else stands between. */
  readonly jsdoc: string | undefined;
}

export interface JsdocParam {
  readonly type: string;
  readonly name: string;
  readonly description: string;
}

export function declarationOf(runtime: AppsScriptRuntime, name: string): Declaration {
  const fn = runtime.global[name];
  if (typeof fn !== 'function') throw new Error(`${name} is not a top-level function`);
  const text = Function.prototype.toString.call(fn);
  const header = new RegExp(`^function ${name}\\(([^)]*)\\)`).exec(text);
  if (!header) throw new Error(`${name} is not a plain function declaration: ${text.slice(0, 60)}`);
  const parameters = header[1]
    .split(',')
    .map((param) => param.trim())
    .filter(Boolean);
  for (const [file, source] of runtime.sources) {
    const start = source.indexOf(text);
    if (start < 0) continue;
    const before = source.slice(0, start);
    const match = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*$/.exec(before);
    return { file, parameters, jsdoc: match?.[1] };
  }
  throw new Error(`the source of ${name} is in no pushed file`);
}

/** The `@param {type} name description` lines of a JSDoc block, in order. */
export function jsdocParams(jsdoc: string): JsdocParam[] {
  return [...jsdoc.matchAll(/@param \{([^}]+)\} (\w+) ([^\n]*)/g)].map((match) => ({
    type: match[1],
    name: match[2],
    description: match[3].trim(),
  }));
}
