import { describe, expect, it } from 'vitest';
import { positionAt, positionIndex } from '../../../../shared/formats/formatError.js';

describe('positionIndex', () => {
  it('agrees with positionAt at every offset, whatever the line breaks', () => {
    const text = 'ab\ncd\r\nef\rgh\n\n\r\r\nij\r';
    const at = positionIndex(text);
    for (let offset = 0; offset <= text.length + 2; offset++) {
      expect(at(offset), `offset ${offset}`).toEqual(positionAt(text, offset));
    }
  });

  it('handles empty text', () => {
    expect(positionIndex('')(0)).toEqual({ line: 1, column: 1 });
  });
});
