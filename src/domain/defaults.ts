import type { ChatSettings } from '@/domain/conversation';
import { DEFAULT_MODEL_ID } from '@/domain/models';

export const DEFAULT_BASE_URL = 'https://api.aimlapi.com/v1';

export const DEFAULT_SETTINGS: ChatSettings = {
  modelId: DEFAULT_MODEL_ID,
  thinking: true,
  systemPrompt: '',
  params: {},
};
