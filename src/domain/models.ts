// The model registry: what each model can do and Qwen's advised sampling per mode (aiml-api.md).

export type ModelId = 'alibaba/qwen3-32b' | 'alibaba/qwen3-vl-32b-instruct';

export interface SamplingDefaults {
  temperature: number;
  top_p: number;
}

export interface ModelInfo {
  id: ModelId;
  label: string;
  /** A one-line description for pickers. */
  blurb: string;
  canThink: boolean;
  canSee: boolean;
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
    defaults: { standard: { temperature: 0.7, top_p: 0.8 } },
  },
] as const satisfies readonly ModelInfo[];

export const DEFAULT_MODEL_ID: ModelId = 'alibaba/qwen3-32b';

export function isModelId(value: unknown): value is ModelId {
  return MODELS.some((model) => model.id === value);
}

export function getModel(id: ModelId): ModelInfo {
  const model = MODELS.find((candidate) => candidate.id === id);
  if (!model) throw new Error(`Unknown model ${String(id)}`);
  return model;
}

/** Qwen's advised sampling for a model in the given mode. */
export function recommendedSampling(id: ModelId, thinking: boolean): SamplingDefaults {
  const { defaults } = getModel(id);
  return thinking && defaults.thinking ? defaults.thinking : defaults.standard;
}
