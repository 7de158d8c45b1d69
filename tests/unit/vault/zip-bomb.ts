/**
 * Crafted ZIPs for the zip-bomb tests, written byte by byte so the sizes they declare can lie.
 * `zerosDeflate(n)` is a raw DEFLATE stream that inflates to n zero bytes, built directly
 * (a literal 0, then <length 258, distance 1> pairs in one fixed-Huffman block) so a 1 GiB bomb
 * costs ~6.5 MB and a few milliseconds to make, never a gigabyte of memory.
 */
export function zerosDeflate(total: number): Uint8Array {
  const out: number[] = [];
  let acc = 0;
  let bits = 0;
  const put = (value: number, n: number) => {
    for (let i = 0; i < n; i++) {
      acc |= ((value >> i) & 1) << bits;
      bits++;
      if (bits === 8) {
        out.push(acc);
        acc = 0;
        bits = 0;
      }
    }
  };
  // Huffman codes go most-significant bit first.
  const code = (value: number, n: number) => {
    for (let i = n - 1; i >= 0; i--) put((value >> i) & 1, 1);
  };
  put(1, 1); // final block
  put(1, 2); // fixed Huffman
  code(0b00110000, 8); // literal 0
  let left = total - 1;
  while (left >= 258) {
    code(0b11000101, 8); // length 258 (code 285)
    code(0, 5); // distance 1
    left -= 258;
  }
  while (left-- > 0) code(0b00110000, 8);
  code(0, 7); // end of block
  if (bits) out.push(acc);
  return new Uint8Array(out);
}

export type RawEntry = {
  name: string;
  /** What is stored (raw DEFLATE when `method` is 8). */
  data: Uint8Array;
  method: 0 | 8;
  /** The uncompressed size the ZIP claims (the lie). */
  declaredSize: number;
};

export function rawZip(entries: RawEntry[]): Uint8Array {
  const enc = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = enc.encode(e.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, e.method, true);
    local.setUint32(18, e.data.length, true);
    local.setUint32(22, e.declaredSize, true);
    local.setUint16(26, name.length, true);
    chunks.push(new Uint8Array(local.buffer), name, e.data);
    const cd = new DataView(new ArrayBuffer(46));
    cd.setUint32(0, 0x02014b50, true);
    cd.setUint16(4, 20, true);
    cd.setUint16(6, 20, true);
    cd.setUint16(10, e.method, true);
    cd.setUint32(20, e.data.length, true);
    cd.setUint32(24, e.declaredSize, true);
    cd.setUint16(28, name.length, true);
    cd.setUint32(42, offset, true);
    central.push(new Uint8Array(cd.buffer), name);
    offset += 30 + name.length + e.data.length;
  }
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, cdSize, true);
  end.setUint32(16, offset, true);
  const all = [...chunks, ...central, new Uint8Array(end.buffer)];
  const zip = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of all) {
    zip.set(c, at);
    at += c.length;
  }
  return zip;
}
