// The source of an ES module that exports one value built from JSON, deeply frozen when the page
// loads it. JSON.parse of a string literal is quicker for the browser than the same object literal,
// and the module imports nothing, so it costs the bundle only its data.

export function frozenJsonModule(name: string, value: unknown): string {
  const json = JSON.stringify(value);
  return [
    'const freeze = (v) => {',
    "  if (v !== null && typeof v === 'object' && !Object.isFrozen(v)) {",
    '    for (const k of Object.keys(v)) freeze(v[k]);',
    '    Object.freeze(v);',
    '  }',
    '  return v;',
    '};',
    `export const ${name} = freeze(JSON.parse(${JSON.stringify(json)}));`,
    '',
  ].join('\n');
}
