import type { DenseLayerInfo } from "./embedding-model.js";
import { readSafetensors } from "./read-safetensors.js";

/** A sentence-transformers Dense module: y = activation(W·x + b). */
export interface DenseLayer extends DenseLayerInfo {
  /** Row-major [outFeatures, inFeatures], as torch's nn.Linear stores it. */
  readonly weight: Float32Array;
  readonly bias?: Float32Array;
}

/**
 * Builds a Dense layer from its folder's `config.json` and `model.safetensors`
 * (e.g. LaBSE's `2_Dense/`). Throws a plain Error naming what is wrong; the loader
 * turns it into MODEL_BAD.
 *
 * @example
 * const layer = parseDenseLayer(configJson, safetensorsBytes);
 * applyDenseLayer(layer, pooled); // Float32Array(layer.outFeatures)
 */
export function parseDenseLayer(config: unknown, weights: Uint8Array): DenseLayer {
  const settings = config as { in_features?: number; out_features?: number; bias?: boolean; activation_function?: string };
  const inFeatures = Number(settings.in_features);
  const outFeatures = Number(settings.out_features);
  if (!(inFeatures > 0 && outFeatures > 0)) throw new Error("Dense config.json lacks in_features/out_features");
  const activationName = settings.activation_function ?? "torch.nn.modules.activation.Tanh";
  const activation = /Tanh$/.test(activationName) ? "tanh" : /Identity$/.test(activationName) ? "identity" : undefined;
  if (!activation) throw new Error(`Dense activation ${activationName} is not supported (only Tanh and Identity)`);
  const tensors = readSafetensors(weights);
  const weight = tensors.get("linear.weight");
  if (!weight || weight.shape[0] !== outFeatures || weight.shape[1] !== inFeatures) {
    throw new Error(`Dense weights: expected linear.weight of shape [${outFeatures}, ${inFeatures}]`);
  }
  const bias = tensors.get("linear.bias");
  if (settings.bias !== false && (!bias || bias.data.length !== outFeatures)) {
    throw new Error(`Dense weights: expected linear.bias of length ${outFeatures}`);
  }
  return { inFeatures, outFeatures, activation, weight: weight.data, ...(bias ? { bias: bias.data } : {}) };
}

/** Applies one Dense layer to one vector. */
export function applyDenseLayer(layer: DenseLayer, input: Float32Array): Float32Array {
  if (input.length !== layer.inFeatures) {
    throw new Error(`Dense layer expects ${layer.inFeatures} inputs, got ${input.length}`);
  }
  const output = new Float32Array(layer.outFeatures);
  for (let row = 0; row < layer.outFeatures; row++) {
    let sum = layer.bias ? layer.bias[row]! : 0;
    const offset = row * layer.inFeatures;
    for (let column = 0; column < layer.inFeatures; column++) sum += layer.weight[offset + column]! * input[column]!;
    output[row] = layer.activation === "tanh" ? Math.tanh(sum) : sum;
  }
  return output;
}
