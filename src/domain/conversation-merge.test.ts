import { describe, expect, it } from 'vitest';
import type { AssistantMessage, Conversation, Message, UserMessage } from '@/domain/conversation';
import {
  MAX_TOMBSTONES,
  fresherMessage,
  mergeCollections,
  mergeConversation,
  mergeMessages,
  mergeTombstones,
} from '@/domain/conversation-merge';
import { activePath } from '@/domain/conversation-tree';
import { DEFAULT_SETTINGS } from '@/domain/defaults';

const user = (id: string, parentId: string | null, text = id): UserMessage => ({
  id,
  parentId,
  role: 'user',
  text,
  images: [],
  createdAt: 1,
});
const answer = (
  id: string,
  parentId: string,
  content: string,
  status: AssistantMessage['status'] = 'done',
): AssistantMessage => ({
  id,
  parentId,
  role: 'assistant',
  modelId: 'alibaba/qwen3-32b',
  thinking: false,
  reasoning: '',
  content,
  status,
  timings: { startedAt: 1 },
  demo: true,
  createdAt: 1,
});
const conversation = (
  id: string,
  messages: Message[],
  extra: Partial<Conversation> = {},
): Conversation => ({
  id,
  kind: 'chat',
  title: id,
  pinned: false,
  createdAt: 1,
  updatedAt: 10,
  settings: DEFAULT_SETTINGS,
  messages,
  selected: {},
  ...extra,
});

describe('fresherMessage', () => {
  it('prefers a finished answer, then the longer one, then interrupted over streaming', () => {
    const streaming = answer('a', 'u', 'Hello wor', 'streaming');
    const longer = answer('a', 'u', 'Hello world, and more', 'streaming');
    const done = answer('a', 'u', 'Hello world', 'done');
    const interrupted = answer('a', 'u', 'Hello wor', 'interrupted');
    expect(fresherMessage(streaming, longer)).toBe(longer);
    expect(fresherMessage(longer, done)).toBe(done);
    expect(fresherMessage(done, longer)).toBe(done);
    expect(fresherMessage(streaming, interrupted)).toBe(interrupted);
    expect(fresherMessage(interrupted, longer)).toBe(longer);
  });
});

describe('mergeMessages', () => {
  it('keeps the new turns of both sides, parents before children', () => {
    const base = [user('u1', null), answer('a1', 'u1', 'one')];
    const mine = [...base, user('u2', 'a1'), answer('a2', 'u2', 'two')];
    const theirs = [...base, answer('a1b', 'u1', 'one again')];
    const merged = mergeMessages(mine, theirs, {});
    expect(merged.map((message) => message.id)).toEqual(['u1', 'a1', 'u2', 'a2', 'a1b']);
    const position = new Map(merged.map((message, index) => [message.id, index]));
    for (const message of merged) {
      if (message.parentId)
        expect(position.get(message.parentId)!).toBeLessThan(position.get(message.id)!);
    }
  });

  it('leaves deleted messages out and returns the same array when nothing changes', () => {
    const mine = [user('u1', null), answer('a1', 'u1', 'one')];
    expect(mergeMessages(mine, [...mine], {})).toBe(mine);
    expect(mergeMessages(mine, [user('u9', 'a1')], { u9: 5 }).map((message) => message.id)).toEqual(
      ['u1', 'a1'],
    );
    expect(mergeMessages(mine, mine, { a1: 5 }).map((message) => message.id)).toEqual(['u1']);
  });
});

describe('mergeConversation', () => {
  it('takes title and pin from the newer revision and messages from both', () => {
    const mine = conversation('c', [user('u1', null), user('u2', 'u1')], {
      title: 'Renamed',
      revisedAt: 30,
    });
    const theirs = conversation('c', [user('u1', null), user('u3', 'u1')], {
      pinned: true,
      updatedAt: 20,
    });
    const merged = mergeConversation(mine, theirs, {});
    expect(merged).toMatchObject({ title: 'Renamed', pinned: false, updatedAt: 20, revisedAt: 30 });
    expect(merged.messages.map((message) => message.id)).toEqual(['u1', 'u2', 'u3']);
  });

  it('is the same whichever side it starts from (both tabs converge)', () => {
    const mine = conversation('c', [user('u1', null), answer('a1', 'u1', 'partial', 'streaming')], {
      revisedAt: 12,
    });
    const theirs = conversation(
      'c',
      [user('u1', null), answer('a1', 'u1', 'partial and finished')],
      {
        title: 'Other',
        revisedAt: 15,
        selected: { root: 'u1' },
      },
    );
    expect(mergeConversation(mine, theirs, {})).toEqual(mergeConversation(theirs, mine, {}));
  });

  it('picks the same title in both tabs when both changed it in the same millisecond', () => {
    const local = conversation('c', [user('u1', null)], { title: 'Renamed here', revisedAt: 20 });
    const remote = conversation('c', [user('u1', null), user('u2', 'u1')], { revisedAt: 20 });
    const inThisTab = mergeConversation(local, remote, {});
    const inTheOther = mergeConversation(remote, local, {});
    expect(inThisTab.title).toBe(inTheOther.title);
    expect(inThisTab.messages.map((message) => message.id)).toEqual(['u1', 'u2']);
  });

  it('drops selections that point at deleted messages, so the path falls back to the newest', () => {
    const mine = conversation(
      'c',
      [user('u1', null), answer('a1', 'u1', 'x'), answer('a2', 'u1', 'y')],
      {
        selected: { u1: 'a1' },
      },
    );
    const merged = mergeConversation(mine, mine, { a1: 50 });
    const other = mergeConversation(mine, { ...mine }, { a1: 50 });
    expect(merged).toBe(mine);
    expect(other.selected).toEqual({});
    expect(activePath(other).map((message) => message.id)).toEqual(['u1', 'a2']);
  });

  it('merges the columns of a comparison by id, carrying votes and unknown fields through', () => {
    const column = (messages: Message[]) => ({
      id: 'col1',
      settings: DEFAULT_SETTINGS,
      messages,
      selected: {},
    });
    const mine = conversation('c', [], {
      kind: 'compare',
      compare: { columns: [column([user('u1', null)])], votes: { '0': 'col1' } },
    });
    const theirs = conversation('c', [], {
      kind: 'compare',
      revisedAt: 99,
      compare: { columns: [column([user('u1', null), answer('a1', 'u1', 'hi')])], votes: {} },
    });
    const merged = mergeConversation(mine, theirs, {});
    expect(merged.compare!.columns[0]!.messages.map((message) => message.id)).toEqual(['u1', 'a1']);
    expect(merged.compare!.votes).toEqual({ '0': 'col1' });
  });

  it('never turns a `__proto__` selection key into a prototype', () => {
    const selected = JSON.parse('{"__proto__": "u1", "root": "u1"}') as Record<string, string>;
    const mine = conversation('c', [user('u1', null)], { selected });
    const merged = mergeConversation(mine, { ...mine, revisedAt: 11 }, {});
    expect(Object.getPrototypeOf(merged.selected)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('mergeCollections', () => {
  it('keeps conversations only one side has, and applies deletions', () => {
    const local = {
      conversations: { a: conversation('a', []), b: conversation('b', []) },
      deleted: {},
    };
    const incoming = { conversations: { c: conversation('c', []) }, deleted: { b: 10 } };
    const merged = mergeCollections(local, incoming);
    expect(Object.keys(merged.conversations).sort()).toEqual(['a', 'c']);
    expect(merged.conversations.a).toBe(local.conversations.a);
    expect(merged.deleted).toEqual({ b: 10 });
  });

  it('keeps a deleted conversation that the other side changed after the deletion', () => {
    const changedLater = conversation('b', [user('u1', null)], { updatedAt: 20 });
    const merged = mergeCollections(
      { conversations: {}, deleted: { b: 10 } },
      { conversations: { b: changedLater }, deleted: {} },
    );
    expect(merged.conversations.b).toBe(changedLater);
  });

  it('removes messages the other side deleted even from conversations it did not send', () => {
    const local = {
      conversations: { a: conversation('a', [user('u1', null), user('u2', 'u1')]) },
      deleted: {},
    };
    const merged = mergeCollections(local, { conversations: {}, deleted: { u2: 5 } });
    expect(merged.conversations.a!.messages.map((message) => message.id)).toEqual(['u1']);
  });

  it('bounds the tombstones, newest kept', () => {
    const many = Object.fromEntries(
      Array.from({ length: MAX_TOMBSTONES + 10 }, (_, index) => [`x${index}`, index]),
    );
    const merged = mergeTombstones(many, { y: 1e9 });
    expect(Object.keys(merged)).toHaveLength(MAX_TOMBSTONES);
    expect(merged.y).toBe(1e9);
    expect(merged.x0).toBeUndefined();
  });
});
