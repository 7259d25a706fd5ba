import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { load } from 'js-yaml';
import Ajv from 'ajv';

// The JSON schema electron-builder itself validates its configuration with.
const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
const config = load(readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown>;

describe('electron-builder.yml', () => {
  it('is valid against the schema electron-builder ships', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    const ok = validate(config);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 1)).toEqual([]);
    expect(ok).toBe(true);
  });

  it('would catch a misspelt option (the schema check is real)', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    expect(ajv.validate(schema, { ...config, electronFuses: { runAsNodee: false } })).toBe(false);
  });

  it('names the app and targets AppImage, deb, NSIS and dmg', () => {
    expect(config['appId']).toBe('org.dragoman.workbench');
    expect(config['productName']).toBe('Dragoman');
    expect((config['linux'] as { target: string[] }).target).toEqual(['AppImage', 'deb']);
    expect((config['win'] as { target: string[] }).target).toEqual(['nsis']);
    expect((config['mac'] as { target: string[] }).target).toEqual(['dmg']);
  });

  it('opens .dragoman and .tbx files', () => {
    const exts = (config['fileAssociations'] as Array<{ ext: string }>).map((a) => a.ext);
    expect(exts).toEqual(['dragoman', 'tbx']);
  });

  it('flips the fuses: no run-as-node, NODE_OPTIONS or inspect; app only from an integrity-checked asar', () => {
    expect(config['electronFuses']).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
  });

  it('packages what the app loads at run time', () => {
    const files = config['files'] as string[];
    for (const f of ['dist/electron/**', 'dist/renderer/**', 'samples/glossary.tbx', 'package.json'])
      expect(files).toContain(f);
  });
});
