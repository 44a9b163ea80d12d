// The demo's answers to images: the VL model reports what the browser measured (size, shape,
// dominant colour, visual-token cost); the text model says it cannot see and points to VL.
import { colorHint, nameColor } from '@/api/demo-colors';
import { DEMO_NOTE, type DemoAnswerText, type DemoImageFacts } from '@/api/demo-answer-types';
import { getModel } from '@/domain/models';

const VISION_LABEL = getModel('alibaba/qwen3-vl-32b-instruct').label;
const TEXT_LABEL = getModel('alibaba/qwen3-32b').label;
/** Under this share of the pixels, the most common colour does not dominate the picture. */
const MIXED_BELOW = 0.25;

const RATIOS: readonly [number, number][] = [
  [1, 1],
  [5, 4],
  [4, 3],
  [3, 2],
  [16, 10],
  [16, 9],
  [2, 1],
  [21, 9],
  [3, 1],
];

/** "16:9", "3:4", or "about 2.35:1" when no common ratio is within 2 %. */
export function aspectRatio(width: number, height: number): string {
  const ratio = width / height;
  for (const [a, b] of RATIOS) {
    if (Math.abs(ratio / (a / b) - 1) < 0.02) return `${a}:${b}`;
    if (Math.abs(ratio / (b / a) - 1) < 0.02) return `${b}:${a}`;
  }
  return ratio >= 1 ? `about ${ratio.toFixed(2)}:1` : `about 1:${(1 / ratio).toFixed(2)}`;
}

function orientation(width: number, height: number): string {
  if (width > height * 1.05) return 'landscape';
  if (height > width * 1.05) return 'portrait';
  return 'square';
}

/** Qwen3-VL reads one visual token per 32 × 32 px patch, 4 to 16,384 per image. */
export function visualTokens(width: number, height: number): number {
  const tokens = Math.max(1, Math.round(width / 32)) * Math.max(1, Math.round(height / 32));
  return Math.min(16_384, Math.max(4, tokens));
}

function megapixels(width: number, height: number): string {
  const mp = (width * height) / 1e6;
  return mp < 0.1 ? mp.toFixed(2) : mp.toFixed(1);
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function quoteBlock(prompt: string): string {
  return prompt
    .trim()
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

export interface VisionInput {
  prompt: string;
  imageCount: number;
  /** Per image, when the caller could measure it. */
  facts?: readonly (DemoImageFacts | undefined)[];
}

export function visionAnswer({ prompt, imageCount, facts = [] }: VisionInput): DemoAnswerText {
  const measured = facts.filter((fact): fact is DemoImageFacts => fact !== undefined);
  const rows: string[] = [];
  const notes: string[] = [];
  for (let i = 0; i < imageCount; i++) {
    const fact = facts[i];
    const label = imageCount === 1 ? 'The image' : `Image ${i + 1}`;
    if (!fact) {
      rows.push(`| ${label} | n/a | n/a | n/a | n/a |`);
      continue;
    }
    const { width, height, dominantColor } = fact;
    const color = fact.colorName ?? nameColor(dominantColor);
    const shape = `${orientation(width, height)}, ${aspectRatio(width, height)}`;
    const mixed = fact.dominantShare !== undefined && fact.dominantShare < MIXED_BELOW;
    const colorCell = `${mixed ? 'mixed; most common ' : ''}${color} \`${dominantColor}\``;
    rows.push(
      `| ${label} | ${width} × ${height} px (${megapixels(width, height)} MP) | ${shape} | ${colorCell} | ≈ ${visualTokens(width, height).toLocaleString('en-US')} |`,
    );
    const picture = `- **${label}** is a ${orientation(width, height)} picture of ${width} × ${height} px`;
    if (mixed) {
      const percent = Math.round((fact.dominantShare ?? 0) * 100);
      notes.push(
        `${picture} with no single dominant colour: the most common, **${color}** (\`${dominantColor}\`), covers only ${percent} % of it.`,
      );
      continue;
    }
    const hint = colorHint(dominantColor);
    notes.push(
      `${picture}, dominated by **${color}** (\`${dominantColor}\`)${hint ? `: ${hint}` : ''}.`,
    );
  }

  const received = `I received **${plural(imageCount, 'image')}**.`;
  const body = measured.length
    ? `${received} Offline, I can't recognise what's *in* ${imageCount === 1 ? 'it' : 'them'}, but your browser measured ${imageCount === 1 ? 'it' : 'them'} for me:

| | Size | Shape | Dominant colour | Visual tokens |
|---|---|---|---|---|
${rows.join('\n')}

${notes.join('\n')}

The visual-token column is what ${VISION_LABEL} would spend reading ${imageCount === 1 ? 'it' : 'each one'}: about one token per 32 × 32 px patch, so downsizing large photos saves tokens.`
    : `${received} In offline demo mode I can't look inside ${imageCount === 1 ? 'it' : 'them'}: the demo has no vision model, only canned answers.`;

  const question = prompt.trim()
    ? `\n\nYou asked:\n\n${quoteBlock(prompt)}\n\nWith an API key, **${VISION_LABEL}** would answer that by actually looking at the ${imageCount === 1 ? 'image' : 'images'}: objects, text, charts, layout and style.`
    : `\n\nWith an API key, **${VISION_LABEL}** would describe ${imageCount === 1 ? 'it' : 'them'} properly: objects, text, charts, layout and style.`;

  return {
    reasoning: `Okay, the user sent ${plural(imageCount, 'image')}${prompt.trim() ? ` with the text "${prompt.trim().slice(0, 80)}"` : ''}. I'm the offline demo, so I can only report what the browser measured: pixel size, shape and dominant colour. Let me lay that out clearly and be honest about what a live answer would add.`,
    content: `${body}${question}\n\n${DEMO_NOTE}`,
  };
}

/** The text model's reply to images, to be followed by its answer to the text, if any. */
export function blindPreface(imageCount: number, hasText: boolean): DemoAnswerText {
  const what =
    imageCount === 1 ? 'the image you attached' : `the ${imageCount} images you attached`;
  return {
    reasoning: `Okay, the user attached ${plural(imageCount, 'image')}, but I'm ${TEXT_LABEL}, a text-only model: I can't see ${imageCount === 1 ? 'it' : 'them'}. I should say so clearly and suggest switching to ${VISION_LABEL}, which can read images.${hasText ? ' Then I can still help with the text of their message.' : ' There is no text to work with, so I will ask them to describe the picture or switch models.'}`,
    content: `**I can't see images.** I'm ${TEXT_LABEL}, a text-only model, so ${what} ${imageCount === 1 ? "isn't" : "aren't"} visible to me. To ask about pictures, switch to **${VISION_LABEL}** in the model picker; it reads JPG, PNG, GIF and WEBP.${hasText ? '' : `\n\nOr, if you'd rather stay with ${TEXT_LABEL}, describe the picture in words and I'll work from that.`}`,
  };
}
