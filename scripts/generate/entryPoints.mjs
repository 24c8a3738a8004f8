// Generates the top-level functions Apps Script needs, as text appended after the bundle:
// esbuild drops comments (so the @customfunction JSDoc must be generated), and Apps Script
// only calls top-level function declarations (custom functions, triggers, menu handlers,
// google.script.run targets). Everything comes from the bundle's own `FunnelMath` global.

/** JSDoc type of an argument: a value or a range (dates may arrive as Date objects). */
function paramType(arg) {
  return arg.kind === 'date'
    ? 'Date|number|Array<Array<Date|number>>'
    : 'number|Array<Array<number>>';
}

function returnType(spec) {
  if (spec.mode === 'aggregate') return 'number';
  if (spec.mode === 'column') return 'Array<Array<number>>';
  return 'number|Array<Array<number>>';
}

/** JSDoc text must not close the comment or break the one-line tags. */
function jsdocText(text) {
  if (text.includes('*/')) throw new Error(`JSDoc text may not contain "*/": ${text}`);
  return text.replace(/\s+/g, ' ').trim();
}

/** A JavaScript identifier Apps Script can call; catalog names and argument names must be. */
function identifier(name) {
  if (!/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name)) throw new Error(`not an identifier: ${name}`);
  return name;
}

function customFunctionWrapper(funnelMath, spec, typedName) {
  const params = spec.args.map((arg) => identifier(arg.name));
  const summary = typedName === spec.name ? spec.summary : `Same as ${spec.name}. ${spec.summary}`;
  const lines = [
    '/**',
    ` * ${jsdocText(summary)}`,
    ' *',
    ...spec.args.map(
      (arg) =>
        ` * @param {${paramType(arg)}} ${arg.name} ${jsdocText(funnelMath.argumentDescription(arg))}`,
    ),
    ` * @return {${returnType(spec)}} ${jsdocText(funnelMath.resultDescription(spec))}`,
    ' * @customfunction',
    ' */',
    `function ${identifier(typedName)}(${params.join(', ')}) {`,
    // Forward `arguments`, not just the named parameters: a call with one argument too many
    // must reach the engine's arity check ("expects 2 arguments"), not be cut silently.
    `  return FunnelMath.customFunction(${JSON.stringify(typedName)}, Array.prototype.slice.call(arguments));`,
    '}',
  ];
  return lines.join('\n');
}

function triggers() {
  return [
    '/** Simple trigger: builds the add-on menu (may run in AuthMode.NONE). */',
    'function onOpen(e) {',
    '  return FunnelMath.onOpen(e);',
    '}',
    '',
    '/** Runs once when the add-on is installed from an open spreadsheet. */',
    'function onInstall(e) {',
    '  return FunnelMath.onInstall(e);',
    '}',
  ].join('\n');
}

function serverEntryPoint(key) {
  return [
    `/** Server entry point (menu handler or google.script.run target): see src/gas/api.ts. */`,
    `function ${identifier(key)}(request) {`,
    `  return FunnelMath.serverApi.${key}(request);`,
    '}',
  ].join('\n');
}

/** The text to append to the bundle: every custom function and alias, triggers, server entry points. */
export function generateEntryPoints(funnelMath) {
  const seen = new Set();
  const declare = (name) => {
    if (seen.has(name)) throw new Error(`two top-level functions named ${name}`);
    seen.add(name);
  };
  const blocks = [];
  for (const spec of funnelMath.catalog) {
    for (const typedName of funnelMath.typedNames(spec)) {
      declare(typedName);
      blocks.push(customFunctionWrapper(funnelMath, spec, typedName));
    }
  }
  declare('onOpen');
  declare('onInstall');
  blocks.push(triggers());
  for (const key of Object.keys(funnelMath.serverApi)) {
    declare(key);
    blocks.push(serverEntryPoint(key));
  }
  return `\n// ---- Apps Script entry points, generated from the catalog by scripts/generate/entryPoints.mjs ----\n\n${blocks.join('\n\n')}\n`;
}
