/**
 * Builds fixtures/tiny-model/: a BERT-shaped ONNX "sentence encoder" of ~30 KB that
 * transformers.js loads like a real model, so the neural scorer is tested offline.
 *
 * The graph is no transformer: it looks each token up in an embedding table, adds a
 * token-type embedding and zeroes padding (last_hidden_state = (E[ids] + T[types]) * mask).
 * The table carries meaning on purpose: every word of a concept ("minister", "minister",
 * "ministre", "Minister") shares one random unit vector (plus a little noise), so mean
 * pooling makes translations score higher than unrelated sentences, which the tests check.
 *
 * Usage: pnpm exec tsx scripts/make-tiny-model.ts [OUT_DIR]   (default fixtures/tiny-model)
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import onnxProto, { type onnx as OnnxTypes } from "onnx-proto";
import { mulberry32 } from "./seeded-random.js";

// onnx-proto is CommonJS; its namespace export is only reachable through the default import.
const { onnx } = onnxProto;

/** Width of every vector; small keeps the committed fixture near 30 KB. */
const HIDDEN = 24;

/** One concept per line: its words in en | nl | fr | de (space-separated variants). */
const CONCEPTS = `
minister ministers | minister ministers ministerie | ministre ministres ministère | minister ministerin ministerium
conference | conferentie | conférence | konferenz
foreign | buitenlandse buitenlands buitenland | étrangères étranger étrangère | auswärtige ausland
affairs | zaken | affaires | angelegenheiten
coordination coordinate | coördinatie coördinatiemechanisme coördinatiemechanismen | coordination | koordination
mechanism | mechanisme | mécanisme | mechanismus
union | unie | union | union
friendship | vriendschap vriendschapsorganisaties | amitié | freundschaft
organization organizations organisations | organisatie organisaties | organisation organisations | organisation organisationen
agency agencies | agentschap agentschappen | agence agences | agentur behörde
deputy | plaatsvervangend plaatsvervangende | adjoint | stellvertretender
president chairman | voorzitter president | président | präsident vorsitzender
report reports | rapport verslag | rapport | bericht
results result | resultaten resultaat | résultats résultat | ergebnisse ergebnis
work | werk werkzaamheden | travail | arbeit
people | volk mensen | peuple peuples | volk menschen
diplomacy | diplomatie | diplomatie | diplomatie
policy | beleid | politique | politik
party | partij | parti | partei
state | staat | état | staat
country | land | pays | land
world | wereld | monde | welt
international | internationale internationaal | international internationale | international internationalen
new | nieuwe nieuw | nouveau nouvelle | neue neuen
context | context | contexte | kontext
situation | situatie | situation | lage situation
two | twee | deux | zwei
effectiveness effective effectively | effectiviteit effectief | efficacité | wirksamkeit
activities activity | activiteiten | activités | aktivitäten
departments department | afdelingen afdeling | départements département | abteilungen abteilung
units | eenheden | unités | einheiten
strength | kracht | force | stärke
success successful | succes succesvolle | succès | erfolg erfolgreich
implementation | uitvoering | mise | umsetzung
directions | richtingen | orientations | richtungen
measures | maatregelen | mesures | maßnahmen
time | tijd | temps | zeit
past | afgelopen verleden | passé | vergangenheit
year years | jaar jaren | année ans | jahr jahre
july | juli | juillet | juli
meeting held | vergadering hielden | réunion | treffen
government | regering overheid | gouvernement | regierung
capital | hoofdstad | capitale | hauptstadt
city | stad | ville | stadt
police | politie | police | polizei
rain | regen | pluie | regen
water | water | eau | wasser
school | school | école | schule
children | kinderen | enfants | kinder
hospital | ziekenhuis | hôpital | krankenhaus
price prices | prijs prijzen | prix | preis preise
economy | economie | économie | wirtschaft
football match | voetbal wedstrijd | football match | fußball spiel
the | de het | le la les | der die das
of | van | de du des | von
and | en | et | und
in | in | en dans | in
between | tussen | entre | zwischen
with | met | avec | mit
to | naar | à | zu
is | is | est | ist
a | een | un une | ein eine
`;

/** Names and numbers: written the same in every language, so one token each. */
const SHARED = "vietnam vietnamese hanoi vufo phan anh son ngo le van 8 2025 2024 10 1 2 3";


function unitVector(random: () => number, scale = 1): number[] {
  // Box-Muller: Gaussian directions are uniform on the sphere once normalised.
  const vector = Array.from({ length: HIDDEN }, () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random()));
  const norm = Math.hypot(...vector);
  return vector.map((value) => (value / norm) * scale);
}

/** The vocabulary and the embedding rows, in id order. */
function buildTable(): { vocab: Map<string, number>; rows: number[][] } {
  const random = mulberry32(20250708);
  const vocab = new Map<string, number>();
  const rows: number[][] = [];
  const add = (token: string, row: number[]) => {
    if (vocab.has(token)) return;
    vocab.set(token, rows.length);
    rows.push(row);
  };
  const zero = new Array<number>(HIDDEN).fill(0);
  add("[PAD]", zero);
  // Unknown words get a short vector, so a sentence's known words decide its direction.
  add("[UNK]", unitVector(random, 0.1));
  add("[CLS]", unitVector(random));
  add("[SEP]", unitVector(random, 0.1));
  add("[MASK]", zero);
  for (const line of CONCEPTS.trim().split("\n")) {
    const concept = unitVector(random);
    for (const word of line.split(/[\s|]+/).filter(Boolean)) {
      const noise = unitVector(random, 0.15);
      add(word, concept.map((value, i) => value + noise[i]!));
    }
  }
  for (const word of SHARED.split(" ")) add(word, unitVector(random));
  // Common punctuation the BERT pre-tokenizer splits off; short, like [UNK].
  for (const mark of [".", ",", ":", ";", "(", ")", "'", "-", "|"]) add(mark, unitVector(random, 0.05));
  return { vocab, rows };
}

function floatTensor(name: string, dims: number[], values: number[]): OnnxTypes.ITensorProto {
  return { name, dims, dataType: onnx.TensorProto.DataType.FLOAT, rawData: new Uint8Array(new Float32Array(values).buffer) };
}

function valueInfo(name: string, elemType: number, dims: (string | number)[]): OnnxTypes.IValueInfoProto {
  return {
    name,
    type: {
      tensorType: {
        elemType,
        shape: { dim: dims.map((dim) => (typeof dim === "string" ? { dimParam: dim } : { dimValue: dim })) },
      },
    },
  };
}

function buildOnnx(rows: number[][], pooler: boolean): Uint8Array {
  const random = mulberry32(7);
  const typeRows = [new Array<number>(HIDDEN).fill(0), unitVector(random, 0.01)];
  const INT64 = onnx.TensorProto.DataType.INT64;
  const FLOAT = onnx.TensorProto.DataType.FLOAT;
  const graph: OnnxTypes.IGraphProto = {
    name: "tiny-bert",
    initializer: [
      floatTensor("word_embeddings", [rows.length, HIDDEN], rows.flat()),
      floatTensor("token_type_embeddings", [2, HIDDEN], typeRows.flat()),
      { name: "last_axis", dims: [1], dataType: INT64, int64Data: [-1] },
    ],
    node: [
      { opType: "Gather", input: ["word_embeddings", "input_ids"], output: ["words"], name: "gather_words" },
      { opType: "Gather", input: ["token_type_embeddings", "token_type_ids"], output: ["types"], name: "gather_types" },
      { opType: "Add", input: ["words", "types"], output: ["summed"], name: "add_types" },
      { opType: "Cast", input: ["attention_mask"], output: ["mask_float"], name: "cast_mask", attribute: [{ name: "to", type: onnx.AttributeProto.AttributeType.INT, i: FLOAT }] },
      { opType: "Unsqueeze", input: ["mask_float", "last_axis"], output: ["mask_3d"], name: "unsqueeze_mask" },
      { opType: "Mul", input: ["summed", "mask_3d"], output: ["last_hidden_state"], name: "apply_mask" },
    ],
    input: [
      valueInfo("input_ids", INT64, ["batch_size", "sequence_length"]),
      valueInfo("attention_mask", INT64, ["batch_size", "sequence_length"]),
      valueInfo("token_type_ids", INT64, ["batch_size", "sequence_length"]),
    ],
    output: [valueInfo("last_hidden_state", FLOAT, ["batch_size", "sequence_length", HIDDEN])],
  };
  if (pooler) {
    // BERT's pooler_output is tanh(dense(CLS)); here tanh(CLS), enough to tell it apart.
    graph.initializer!.push({ name: "first_token", dims: [], dataType: INT64, int64Data: [0] });
    graph.node!.push(
      { opType: "Gather", input: ["last_hidden_state", "first_token"], output: ["cls"], name: "take_cls", attribute: [{ name: "axis", type: onnx.AttributeProto.AttributeType.INT, i: 1 }] },
      { opType: "Tanh", input: ["cls"], output: ["pooler_output"], name: "pooler_tanh" },
    );
    graph.output!.push(valueInfo("pooler_output", FLOAT, ["batch_size", HIDDEN]));
  }
  const model: OnnxTypes.IModelProto = {
    irVersion: 7,
    opsetImport: [{ domain: "", version: 13 }],
    producerName: "tandem make-tiny-model",
    graph,
  };
  return onnx.ModelProto.encode(onnx.ModelProto.create(model)).finish();
}

function special(content: string, id: number) {
  return { id, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true };
}

function buildTokenizer(vocab: Map<string, number>): object {
  const id = (token: string) => vocab.get(token)!;
  return {
    version: "1.0",
    truncation: null,
    padding: null,
    added_tokens: ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"].map((token) => special(token, id(token))),
    normalizer: { type: "BertNormalizer", clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
    pre_tokenizer: { type: "BertPreTokenizer" },
    post_processor: {
      type: "TemplateProcessing",
      single: [{ SpecialToken: { id: "[CLS]", type_id: 0 } }, { Sequence: { id: "A", type_id: 0 } }, { SpecialToken: { id: "[SEP]", type_id: 0 } }],
      pair: [
        { SpecialToken: { id: "[CLS]", type_id: 0 } },
        { Sequence: { id: "A", type_id: 0 } },
        { SpecialToken: { id: "[SEP]", type_id: 0 } },
        { Sequence: { id: "B", type_id: 1 } },
        { SpecialToken: { id: "[SEP]", type_id: 1 } },
      ],
      special_tokens: {
        "[CLS]": { id: "[CLS]", ids: [id("[CLS]")], tokens: ["[CLS]"] },
        "[SEP]": { id: "[SEP]", ids: [id("[SEP]")], tokens: ["[SEP]"] },
      },
    },
    decoder: { type: "WordPiece", prefix: "##", cleanup: true },
    model: {
      type: "WordPiece",
      unk_token: "[UNK]",
      continuing_subword_prefix: "##",
      max_input_chars_per_word: 100,
      vocab: Object.fromEntries(vocab),
    },
  };
}

/**
 * Writes the tiny model's files into `dir` (created if missing). `pooler` adds a
 * `pooler_output` (tanh of the CLS vector), as BERT exports such as LaBSE's have.
 */
export function makeTinyModel(dir: string, options: { pooler?: boolean } = {}): void {
  const { vocab, rows } = buildTable();
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  mkdirSync(path.join(dir, "onnx"), { recursive: true });
  mkdirSync(path.join(dir, "1_Pooling"), { recursive: true });
  writeFileSync(path.join(dir, "onnx/model.onnx"), buildOnnx(rows, options.pooler ?? false));
  writeFileSync(path.join(dir, "tokenizer.json"), json(buildTokenizer(vocab)));
  writeFileSync(
    path.join(dir, "tokenizer_config.json"),
    json({
      tokenizer_class: "BertTokenizer",
      do_lower_case: true,
      model_max_length: 128,
      cls_token: "[CLS]",
      sep_token: "[SEP]",
      pad_token: "[PAD]",
      unk_token: "[UNK]",
      mask_token: "[MASK]",
    }),
  );
  writeFileSync(
    path.join(dir, "config.json"),
    json({
      architectures: ["BertModel"],
      model_type: "bert",
      hidden_size: HIDDEN,
      vocab_size: rows.length,
      num_hidden_layers: 1,
      num_attention_heads: 1,
      intermediate_size: HIDDEN,
      max_position_embeddings: 128,
      type_vocab_size: 2,
    }),
  );
  // The sentence-transformers files say how to pool, as they do for MiniLM or LaBSE.
  writeFileSync(
    path.join(dir, "modules.json"),
    json([
      { idx: 0, name: "0", path: "", type: "sentence_transformers.models.Transformer" },
      { idx: 1, name: "1", path: "1_Pooling", type: "sentence_transformers.models.Pooling" },
      { idx: 2, name: "2", path: "2_Normalize", type: "sentence_transformers.models.Normalize" },
    ]),
  );
  writeFileSync(
    path.join(dir, "1_Pooling/config.json"),
    json({
      word_embedding_dimension: HIDDEN,
      pooling_mode_cls_token: false,
      pooling_mode_mean_tokens: true,
      pooling_mode_max_tokens: false,
      pooling_mode_mean_sqrt_len_tokens: false,
    }),
  );
  writeFileSync(path.join(dir, "sentence_bert_config.json"), json({ max_seq_length: 128, do_lower_case: false }));
  writeFileSync(
    path.join(dir, "README.md"),
    "# tiny-model\n\nA test fixture, not a language model: generated by `scripts/make-tiny-model.ts`.\n" +
      "Embeddings are word look-ups with shared vectors for translation pairs; see that script.\n",
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const out = path.resolve(process.argv[2] ?? path.join(root, "fixtures/tiny-model"));
  makeTinyModel(out);
  process.stdout.write(`wrote ${out}\n`);
}
