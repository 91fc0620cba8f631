import { InputError } from '@backstage/errors';
import { z } from 'zod';
import { parseInput } from './parseInput';

describe('parseInput', () => {
  const schema = z.object({
    devfileUrl: z.string().url(),
    items: z.array(z.object({ name: z.string().min(1) })).optional(),
  });

  it('returns the typed value when it is valid', () => {
    expect(
      parseInput(
        schema,
        { devfileUrl: 'https://example.com/devfile.yaml' },
        'body',
      ),
    ).toEqual({
      devfileUrl: 'https://example.com/devfile.yaml',
    });
  });

  it('names every wrong field with its source and what is expected', () => {
    let error: unknown;
    try {
      parseInput(schema, { devfileUrl: 42, items: [{ name: '' }] }, 'body');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(
      /^Invalid request body: body\.devfileUrl: .*expected string.*; body\.items\[0\]\.name: .*>=1 characters/,
    );
  });
});
