/**
 * Renders app/icon.svg into the binary icons browsers still ask for: app/favicon.ico (16, 32 and 48
 * px PNGs in one .ico) and app/apple-icon.png (180×180, the icon on an opaque square, as iOS wants).
 * Run after changing app/icon.svg: `node scripts/make-icons.mjs`; the outputs are committed.
 */
import { readFileSync, writeFileSync } from "node:fs";
import sharp from "sharp";

const svg = readFileSync(new URL("../app/icon.svg", import.meta.url));
const png = (size) =>
  sharp(svg, { density: (72 * size) / 32 })
    .resize(size, size)
    .png()
    .toBuffer();

// ICO: a 6-byte header, a 16-byte entry per image, then the images (PNG-compressed entries).
const sizes = [16, 32, 48];
const images = await Promise.all(sizes.map(png));
const header = Buffer.alloc(6);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(images.length, 4);
let offset = 6 + 16 * images.length;
const entries = images.map((img, i) => {
  const e = Buffer.alloc(16);
  e.writeUInt8(sizes[i] % 256, 0);
  e.writeUInt8(sizes[i] % 256, 1);
  e.writeUInt16LE(1, 4); // colour planes
  e.writeUInt16LE(32, 6); // bits per pixel
  e.writeUInt32LE(img.length, 8);
  e.writeUInt32LE(offset, 12);
  offset += img.length;
  return e;
});
writeFileSync(new URL("../app/favicon.ico", import.meta.url), Buffer.concat([header, ...entries, ...images]));

const apple = await sharp(svg, { density: (72 * 150) / 32 })
  .resize(150, 150)
  .extend({ top: 15, bottom: 15, left: 15, right: 15, background: "#0c4a6e" })
  .flatten({ background: "#0c4a6e" })
  .png()
  .toBuffer();
writeFileSync(new URL("../app/apple-icon.png", import.meta.url), apple);
console.log("app/favicon.ico and app/apple-icon.png written");
