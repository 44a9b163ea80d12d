// Every request parameter the current model accepts (aiml-api.md), grouped basic / advanced.
// An empty field is not sent; placeholders show Qwen's advice for the current model and mode.
import type { ChatSettings, SamplingParams } from '@/domain/conversation';
import { getModel, recommendedSampling } from '@/domain/models';
import { isParamApplicable } from '@/api/request-body';
import { Button } from '@/components/button';
import { useChatStore } from '@/store/chat-store';
import { NUMERIC_FIELDS, type NumericFieldSpec } from '@/features/chat/parameters-fields';
import { NumberField } from '@/features/chat/parameters-number-field';
import { ResponseFormatField } from '@/features/chat/parameters-response-format';
import { StopSequences } from '@/features/chat/parameters-stop';

function modeOf(settings: ChatSettings): 'thinking' | 'non-thinking' | 'VL' {
  const model = getModel(settings.modelId);
  if (model.canSee) return 'VL';
  return model.canThink && settings.thinking ? 'thinking' : 'non-thinking';
}

/** Why a parameter is greyed out for these settings, if it is. */
function unavailableHint(key: keyof SamplingParams, settings: ChatSettings): string | undefined {
  if (isParamApplicable(key, settings)) {
    if (key === 'top_logprobs' && settings.params.logprobs !== true) return 'Turn Logprobs on to use it.';
    return undefined;
  }
  if (key === 'thinking_budget')
    return getModel(settings.modelId).canThink ? 'Turn Thinking on to use it.' : 'Qwen3 32B only.';
  return 'Qwen3 32B only.';
}

export function ParametersPanel({ conversationId }: { conversationId: string }) {
  const settings = useChatStore((state) => state.conversations[conversationId]?.settings);
  if (!settings) return null;
  const update = useChatStore.getState().updateSettings;
  const mode = modeOf(settings);
  const advised = recommendedSampling(settings.modelId, mode === 'thinking');
  const { params } = settings;

  const setParam = <Key extends keyof SamplingParams>(key: Key, value: SamplingParams[Key] | undefined) => {
    const next = { ...params };
    if (value === undefined) delete next[key];
    else next[key] = value;
    update(conversationId, { params: next });
  };

  const field = (spec: NumericFieldSpec) => {
    const hint = unavailableHint(spec.key, settings);
    const advice = spec.key in advised ? advised[spec.key as keyof typeof advised] : undefined;
    return (
      <NumberField
        key={spec.key}
        spec={spec}
        id={`param-${spec.key}-${conversationId}`}
        value={params[spec.key]}
        placeholder={advice === undefined ? 'not sent' : String(advice)}
        disabled={hint !== undefined}
        disabledHint={hint}
        onChange={(value) => setParam(spec.key, value)}
      />
    );
  };
  const logprobsHint = unavailableHint('logprobs', settings);

  return (
    // Scrolls on its own when tall, so the message box and Send stay in view.
    <div className="max-h-[50dvh] space-y-3 overflow-y-auto pr-1">
      <div className="grid gap-x-6 gap-y-3 sm:grid-cols-2">{NUMERIC_FIELDS.filter((spec) => spec.group === 'basic').map(field)}</div>
      <details className="group rounded-lg border border-line px-3 py-2">
        <summary className="cursor-pointer text-sm font-medium select-none">
          Advanced: penalties, seed, stop, response format, logprobs
        </summary>
        <div className="mt-3 space-y-3">
          <div className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
            {NUMERIC_FIELDS.filter((spec) => spec.group === 'advanced' && spec.key !== 'top_logprobs').map(field)}
          </div>
          <StopSequences
            id={`param-stop-${conversationId}`}
            value={params.stop}
            onChange={(value) => setParam('stop', value)}
          />
          <ResponseFormatField
            id={`param-format-${conversationId}`}
            value={params.response_format}
            onChange={(value) => setParam('response_format', value)}
          />
          <div className="grid items-start gap-x-6 gap-y-3 sm:grid-cols-2">
            <div>
              <label className="inline-flex items-center gap-2 text-sm font-medium">
                <input
                  type="checkbox"
                  checked={params.logprobs === true}
                  disabled={logprobsHint !== undefined}
                  aria-describedby={`param-logprobs-${conversationId}-hint`}
                  onChange={(event) => setParam('logprobs', event.target.checked ? true : undefined)}
                />
                Logprobs
              </label>
              <p id={`param-logprobs-${conversationId}-hint`} className="text-xs text-ink-muted">
                {logprobsHint ?? 'Return each token’s log probability.'}
              </p>
            </div>
            {field(NUMERIC_FIELDS.find((spec) => spec.key === 'top_logprobs')!)}
          </div>
        </div>
      </details>
      <div className="flex flex-wrap items-center gap-2 pt-1">
        <Button
          size="sm"
          variant="secondary"
          title={`Temperature ${advised.temperature}, top P ${advised.top_p}${advised.presence_penalty ? `, presence penalty ${advised.presence_penalty}` : ''}`}
          onClick={() => update(conversationId, { params: { ...params, ...advised } })}
        >
          Qwen recommended ({mode})
        </Button>
        <Button size="sm" variant="ghost" onClick={() => update(conversationId, { params: {} })}>
          Clear (send none)
        </Button>
        <span className="text-xs text-ink-muted">
          {Object.keys(params).length === 0 ? 'Nothing set: the model’s defaults apply.' : `${Object.keys(params).length} set; only these are sent.`}
        </span>
      </div>
    </div>
  );
}
