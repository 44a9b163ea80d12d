// What the offline demo says: picks a canned answer by the prompt's content, then adapts it to
// the model (images, or the lack of eyes) and to the conversation so far. Pure and deterministic.
import { blindPreface, visionAnswer } from '@/api/demo-answer-images';
import { codeAnswer } from '@/api/demo-answer-code';
import { comparisonAnswer } from '@/api/demo-answer-comparison';
import { fallbackAnswer } from '@/api/demo-answer-fallback';
import { greetingAnswer } from '@/api/demo-answer-greeting';
import { mathAnswer } from '@/api/demo-answer-math';
import { planAnswer } from '@/api/demo-answer-plan';
import { puzzleAnswer } from '@/api/demo-answer-puzzle';
import type { DemoAnswerText, DemoImageFacts, TopicInput } from '@/api/demo-answer-types';
import { pickTopic, shortQuote, type DemoTopic } from '@/api/demo-topics';
import { getModel, type ModelId } from '@/domain/models';

export interface DemoConversation {
  modelId: ModelId;
  /** The latest user message's text. */
  prompt: string;
  /** Images attached to the latest user message. */
  imageCount: number;
  /** What the browser measured about each of those images, when it could. */
  imageFacts?: readonly (DemoImageFacts | undefined)[];
  /** Earlier user messages, oldest first. */
  earlierPrompts: readonly string[];
  systemPrompt?: string;
}

export interface DemoAnswer extends DemoAnswerText {
  topic: DemoTopic | 'images';
}

const ANSWERS: Record<DemoTopic, (input: TopicInput) => DemoAnswerText> = {
  greeting: greetingAnswer,
  comparison: comparisonAnswer,
  code: codeAnswer,
  math: mathAnswer,
  puzzle: puzzleAnswer,
  plan: planAnswer,
  fallback: fallbackAnswer,
};

const TOPIC_LABELS: Record<DemoTopic, string> = {
  greeting: 'a hello',
  comparison: 'a comparison',
  code: 'code',
  math: 'math',
  puzzle: 'a puzzle',
  plan: 'planning',
  fallback: 'something new',
};

/** One line tying the answer to the conversation so far, so multi-turn demos feel alive. */
function contextLine(topic: DemoTopic | 'images', earlier: string): string {
  const previous = `"${shortQuote(earlier, 60)}"`;
  if (topic === 'images') return `*You asked earlier about ${previous}; now for your pictures.*`;
  if (topic === 'greeting') return `*Hello again! Earlier you asked about ${previous}.*`;
  if (pickTopic(earlier) === topic && topic !== 'fallback') {
    return `*Like your earlier question (${previous}), this one is about ${TOPIC_LABELS[topic]}.*`;
  }
  return `*You asked earlier about ${previous}; this time it's ${TOPIC_LABELS[topic]}.*`;
}

function contextReasoning(earlier: string | undefined, systemPrompt: string | undefined): string {
  let text = '';
  if (earlier) {
    text += ` One more thing: earlier in this conversation they asked "${shortQuote(earlier, 60)}", so I can connect this answer to that briefly.`;
  }
  if (systemPrompt?.trim()) {
    text += ` There is also a system prompt ("${shortQuote(systemPrompt, 60)}"); I'll keep its instructions in mind.`;
  }
  return text;
}

export function composeDemoAnswer(conversation: DemoConversation): DemoAnswer {
  const { modelId, prompt, imageCount, imageFacts, earlierPrompts, systemPrompt } = conversation;
  const hasText = prompt.trim() !== '';
  const topic = pickTopic(prompt);
  const text = ANSWERS[topic]({ prompt, quote: shortQuote(prompt) });

  let answer: DemoAnswer;
  if (imageCount > 0 && getModel(modelId).canSee) {
    answer = { topic: 'images', ...visionAnswer({ prompt, imageCount, facts: imageFacts }) };
  } else if (imageCount > 0) {
    const preface = blindPreface(imageCount, hasText);
    answer = hasText
      ? {
          topic,
          reasoning: `${preface.reasoning} ${text.reasoning}`,
          content: `${preface.content}\n\n---\n\nAs for your message:\n\n${text.content}`,
        }
      : { topic: 'fallback', ...preface };
  } else {
    answer = { topic, ...text };
  }

  const earlier = earlierPrompts.filter((earlierPrompt) => earlierPrompt.trim() !== '').at(-1);
  return {
    topic: answer.topic,
    reasoning: answer.reasoning + contextReasoning(earlier, systemPrompt),
    content: earlier
      ? `${contextLine(answer.topic, earlier)}\n\n${answer.content}`
      : answer.content,
  };
}
