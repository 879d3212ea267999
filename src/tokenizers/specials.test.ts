// Names of Llama 3's special tokens against Meta's two tokenizer.py lists (facts §C, §G.10; issue 9, item 1).
import { describe, expect, it } from 'vitest';
import {
  HF_LLAMA31_NAME_OF_128005, LLAMA31_NAMES, llama31ReservedName, llama3SpecialName, llama3SpecialNames, llama3SpecialNaming,
} from './specials';

describe('special-token names', () => {
  it('Llama 3.1 names four previously reserved ids, 128005 among them', () => {
    expect([...LLAMA31_NAMES.keys()]).toEqual([128004, 128005, 128008, 128010]);
    expect(llama3SpecialName(128004)).toBe('<|finetune_right_pad_id|>');
    expect(llama3SpecialName(128005)).toBe('<|step_id|>');
    expect(llama3SpecialName(128008)).toBe('<|eom_id|>');
    expect(llama3SpecialName(128010)).toBe('<|python_tag|>');
  });
  it('the ids both versions name alike', () => {
    expect(llama3SpecialName(128000)).toBe('<|begin_of_text|>');
    expect(llama3SpecialName(128001)).toBe('<|end_of_text|>');
    expect(llama3SpecialName(128006)).toBe('<|start_header_id|>');
    expect(llama3SpecialName(128007)).toBe('<|end_header_id|>');
    expect(llama3SpecialName(128009)).toBe('<|eot_id|>');
  });
  it('April 2024 (Llama 3) had the four reserved: _2, _3, _4 and _5', () => {
    const april = llama3SpecialNames();
    expect([128004, 128005, 128008, 128010].map((id) => april.get(id))).toEqual([
      '<|reserved_special_token_2|>', '<|reserved_special_token_3|>', '<|reserved_special_token_4|>', '<|reserved_special_token_5|>',
    ]);
    expect(april.get(128002)).toBe('<|reserved_special_token_0|>');
    expect(april.get(128255)).toBe('<|reserved_special_token_250|>');
    expect(april.size).toBe(256);
  });
  it('Llama 3.1 numbers its reserved names from 2 after <|python_tag|> (llama-models)', () => {
    expect(llama31ReservedName(128011)).toBe('<|reserved_special_token_2|>');
    expect(llama31ReservedName(128255)).toBe('<|reserved_special_token_246|>');
    expect(llama31ReservedName(128010)).toBeUndefined();
    expect(llama31ReservedName(128256)).toBeUndefined();
  });
  it('128005 carries Hugging Face’s name for it (the playground words these: its messages.test.ts)', () => {
    expect(HF_LLAMA31_NAME_OF_128005).toBe('<|reserved_special_token_2|>');
    expect(llama3SpecialNaming(128005)).toEqual({
      kind: 'renamed', llama3: '<|reserved_special_token_3|>', llama31: '<|step_id|>', toolUse: null, huggingFace: '<|reserved_special_token_2|>',
    });
  });
  it('says which ids are for tools, and how reserved ids are numbered in each version', () => {
    expect(llama3SpecialNaming(128008)).toEqual({
      kind: 'renamed', llama3: '<|reserved_special_token_4|>', llama31: '<|eom_id|>', toolUse: 'endOfMessage', huggingFace: null,
    });
    expect(llama3SpecialNaming(128010)).toMatchObject({ llama31: '<|python_tag|>', toolUse: 'toolCall' });
    expect(llama3SpecialNaming(128004)).toMatchObject({ kind: 'renamed', toolUse: null, huggingFace: null });
    expect(llama3SpecialNaming(128255)).toEqual({ kind: 'reserved', llama3: '<|reserved_special_token_250|>', llama31: '<|reserved_special_token_246|>' });
    // Below <|python_tag|> the reserved names are the same in both versions.
    expect(llama3SpecialNaming(128002)).toEqual({ kind: 'reserved', llama3: '<|reserved_special_token_0|>', llama31: '<|reserved_special_token_0|>' });
    expect(llama3SpecialNaming(128009)).toBeUndefined();
    expect(llama3SpecialNaming(42)).toBeUndefined();
  });
});
