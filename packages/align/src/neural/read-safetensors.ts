/** One float32 tensor from a .safetensors file. */
export interface SafeTensor {
  readonly shape: readonly number[];
  readonly data: Float32Array;
}

/**
 * Parses a .safetensors file (8-byte little-endian header length, a JSON header of
 * name → {dtype, shape, data_offsets}, then raw little-endian data). Only F32 tensors
 * are read: sentence-transformers saves its Dense layers that way.
 *
 * @example
 * readSafetensors(bytes).get("linear.weight")?.shape; // [768, 768]
 */
export function readSafetensors(bytes: Uint8Array): Map<string, SafeTensor> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 8) throw new Error("safetensors file is shorter than its header");
  const headerLength = Number(view.getBigUint64(0, true));
  if (8 + headerLength > bytes.byteLength) throw new Error("safetensors header runs past the end of the file");
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as Record<
    string,
    { dtype: string; shape: number[]; data_offsets: [number, number] }
  >;
  const tensors = new Map<string, SafeTensor>();
  const dataStart = 8 + headerLength;
  for (const [name, entry] of Object.entries(header)) {
    if (name === "__metadata__") continue;
    if (entry.dtype !== "F32") throw new Error(`tensor ${name} is ${entry.dtype}; only F32 is supported`);
    const [begin, end] = entry.data_offsets;
    const count = entry.shape.reduce((product, size) => product * size, 1);
    if (end - begin !== count * 4 || dataStart + end > bytes.byteLength) {
      throw new Error(`tensor ${name}: data offsets do not match its shape`);
    }
    // Copy: the slice may be unaligned for a Float32Array view, and endianness is fixed.
    const data = new Float32Array(count);
    for (let i = 0; i < count; i++) data[i] = view.getFloat32(dataStart + begin + i * 4, true);
    tensors.set(name, { shape: entry.shape, data });
  }
  return tensors;
}
