import { describe, expect, it } from 'vitest';
import { checkNumber, checkSchemaJson, decodeEscapes, encodeEscapes, NUMERIC_FIELDS } from '@/features/chat/parameters-fields';
import { PARAM_LIMITS } from '@/api/request-body';

describe('checkNumber', () => {
  it('treats an empty field as not sent', () => {
    expect(checkNumber('temperature', '  ')).toEqual({ kind: 'empty' });
  });
  it('accepts values in range', () => {
    expect(checkNumber('temperature', '1.3')).toEqual({ kind: 'ok', value: 1.3 });
    expect(checkNumber('presence_penalty', '-2')).toEqual({ kind: 'ok', value: -2 });
  });
  it('rejects out-of-range values and offers the clamped one', () => {
    expect(checkNumber('top_p', '1.5')).toMatchObject({ kind: 'invalid', clamped: 1 });
    expect(checkNumber('top_logprobs', '21')).toMatchObject({ kind: 'invalid', clamped: 20, message: 'Must be 0 to 20.' });
    expect(checkNumber('max_tokens', '0')).toMatchObject({ kind: 'invalid', clamped: 1, message: 'Must be at least 1.' });
  });
  it('wants whole numbers where the API does', () => {
    expect(checkNumber('seed', '4.5')).toMatchObject({ kind: 'invalid', message: 'Must be a whole number.' });
    expect(checkNumber('abc' as never, 'x')).toMatchObject({ kind: 'invalid' });
  });
  it('has a field for every ranged parameter', () => {
    expect(NUMERIC_FIELDS.map((field) => field.key).sort()).toEqual(Object.keys(PARAM_LIMITS).sort());
  });
});

describe('stop sequence escapes', () => {
  it('round-trips line breaks, tabs and backslashes', () => {
    for (const value of ['\n\n', 'END\t', 'a\\nb', '\\']) expect(decodeEscapes(encodeEscapes(value))).toBe(value);
    expect(decodeEscapes('\\n###')).toBe('\n###');
  });
});

describe('checkSchemaJson', () => {
  it('accepts an object and reports broken JSON or non-objects', () => {
    expect(checkSchemaJson('{"type":"object"}')).toEqual({ kind: 'ok', value: { type: 'object' } });
    expect(checkSchemaJson('{"type":')).toMatchObject({ kind: 'invalid' });
    expect(checkSchemaJson('[1]')).toEqual({ kind: 'invalid', message: 'A JSON Schema is a JSON object ({ … }).' });
  });
});
