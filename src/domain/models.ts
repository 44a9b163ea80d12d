// The model registry: what each model can do and Qwen's advised sampling per mode (aiml-api.md).

/** The two models this playground is built for; their abilities are known. */
export type KnownModelId = 'alibaba/qwen3-32b' | 'alibaba/qwen3-vl-32b-instruct';

/**
 * A known model, or any other chat model id from `GET /models`: those are used as plain text
 * models (no thinking, no images). `string & {}` keeps editor completion for the known ids.
 */
export type ModelId = KnownModelId | (string & {});

export interface SamplingDefaults {
  temperature: number;
  top_p: number;
  /** Qwen's VL evaluation used 1.5 against repetition. */
  presence_penalty?: number;
}

export interface ModelInfo {
  id: ModelId;
  label: string;
  /** A one-line description for pickers. */
  blurb: string;
  canThink: boolean;
  canSee: boolean;
  /** Accepts `logprobs` / `top_logprobs` (aiml-api.md: qwen3-32b only). */
  canLogprobs: boolean;
  /** In the built-in registry; false for ids only known from the provider's model list. */
  known: boolean;
  /** Advised sampling: `thinking` only for models that can think. */
  defaults: { thinking?: SamplingDefaults; standard: SamplingDefaults };
}

export const MODELS = [
  {
    id: 'alibaba/qwen3-32b',
    label: 'Qwen3 32B',
    blurb: 'Text, with a thinking mode that streams its reasoning',
    canThink: true,
    canSee: false,
    canLogprobs: true,
    known: true,
    defaults: {
      thinking: { temperature: 0.6, top_p: 0.95 },
      standard: { temperature: 0.7, top_p: 0.8 },
    },
  },
  {
    id: 'alibaba/qwen3-vl-32b-instruct',
    label: 'Qwen3 VL 32B Instruct',
    blurb: 'Text and images',
    canThink: false,
    canSee: true,
    canLogprobs: false,
    known: true,
    defaults: { standard: { temperature: 0.7, top_p: 0.8, presence_penalty: 1.5 } },
  },
] as const satisfies readonly ModelInfo[];

export const DEFAULT_MODEL_ID: ModelId = 'alibaba/qwen3-32b';

/** One of the registry's models. */
export function isKnownModelId(value: unknown): value is KnownModelId {
  return MODELS.some((model) => model.id === value);
}

/** Any usable model id: a non-empty string without whitespace (unknown ones are text models). */
export function isModelId(value: unknown): value is ModelId {
  return typeof value === 'string' && /^\S+$/.test(value);
}

/** What the app assumes of a model it only knows by id: text in, text out, nothing more. */
function genericModel(id: ModelId): ModelInfo {
  return {
    id,
    label: id,
    blurb: 'From the provider’s model list: used as a plain text model',
    canThink: false,
    canSee: false,
    canLogprobs: false,
    known: false,
    defaults: { standard: { temperature: 0.7, top_p: 0.8 } },
  };
}

export function getModel(id: ModelId): ModelInfo {
  return MODELS.find((candidate) => candidate.id === id) ?? genericModel(id);
}

/** Qwen's advised sampling for a model in the given mode. */
export function recommendedSampling(id: ModelId, thinking: boolean): SamplingDefaults {
  const { defaults } = getModel(id);
  return thinking && defaults.thinking ? defaults.thinking : defaults.standard;
}
