import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { defineWxtModule } from 'wxt/modules';

/** Every size the manifests and the stores use; 16 and 32 are also the toolbar button's. */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;
export const ICON_SOURCE = 'assets/icon.svg';

let renderer: Promise<void> | undefined;

/** The one SVG drawn at one size, as PNG bytes. */
export async function renderIcon(svg: string, size: number): Promise<Uint8Array> {
  // The WebAssembly renderer needs no native binary, so a clean clone builds the same icons on any machine.
  renderer ??= readFile(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm')).then((wasm) => initWasm(wasm));
  await renderer;
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

/**
 * Renders assets/icon.svg to icon/<size>.png in every build and names them in the manifest: the extension's
 * icons and its toolbar button's (action in Chrome, browser_action in Firefox's Manifest V2).
 */
export default defineWxtModule({
  name: 'feedcoach-icons',
  setup(wxt) {
    wxt.hook('build:publicAssets', async (_wxt, files) => {
      const svg = await readFile(join(wxt.config.root, ICON_SOURCE), 'utf8');
      const dir = join(wxt.config.wxtDir, 'icons');
      await mkdir(dir, { recursive: true });
      for (const size of ICON_SIZES) {
        const png = join(dir, `${size}.png`);
        await writeFile(png, await renderIcon(svg, size));
        files.push({ absoluteSrc: png, relativeDest: `icon/${size}.png` });
      }
    });
    // So that browser.runtime.getURL('/icon/128.png') type-checks, as it did when the PNGs lived in public/.
    wxt.hook('prepare:publicPaths', (_wxt, paths) => {
      paths.push(...ICON_SIZES.map((size) => `icon/${size}.png`));
    });
    wxt.hook('build:manifestGenerated', (_wxt, manifest) => {
      const paths = Object.fromEntries(ICON_SIZES.map((size) => [String(size), `icon/${size}.png`]));
      manifest.icons = paths;
      const button = manifest.action ?? manifest.browser_action;
      if (button) button.default_icon = { '16': paths['16']!, '32': paths['32']! };
    });
  },
});
