import type { Request } from 'express';
import { Readable } from 'node:stream';
import { goMultipart } from '../__testUtils__/kosliCli';
import { plainFormFields, readMultipart } from './multipart';

const BOUNDARY = 'b0undary';
const TYPE = `multipart/form-data; boundary=${BOUNDARY}`;
const field = (name: string, value: string | Buffer, headers = '') =>
  Buffer.concat([
    Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n${headers}\r\n`,
    ),
    Buffer.from(value),
    Buffer.from('\r\n'),
  ]);
const form = (...parts: Buffer[]) =>
  Buffer.concat([...parts, Buffer.from(`--${BOUNDARY}--\r\n`)]);

/** A request whose body arrives in two chunks, with or without its Content-Length. */
function request(contentType: string, body: Buffer, withLength: boolean) {
  const stream = new Readable({ read() {} });
  stream.push(body.subarray(0, 7));
  stream.push(body.subarray(7));
  stream.push(null);
  return Object.assign(stream, {
    headers: {
      'content-type': contentType,
      ...(withLength ? { 'content-length': String(body.length) } : {}),
    },
  }) as unknown as Request;
}

const outcome = (contentType: string, body: Buffer, withLength: boolean) =>
  readMultipart(request(contentType, body, withLength), 1024).then(
    ({ fields, files }) => ({
      fields,
      files: files.map(f => ({ ...f, content: f.content.toString('hex') })),
    }),
    (error: Error) => ({ error: `${error.name}: ${error.message}` }),
  );

describe('readMultipart', () => {
  const go = goMultipart({ attestation_name: 'unit', junit_results: null });
  const goWithFile = goMultipart({ attestation_name: 'unit' }, [
    { field: 'attachment_file', fileName: 'r.xml', content: '<testsuite/>' },
  ]);

  it('reads the form the Kosli CLI sends without a file without busboy, as busboy reads it', async () => {
    expect(plainFormFields(go.contentType, go.body)).toEqual({
      data_json: '{"attestation_name":"unit","junit_results":null}',
    });
    const fast = await outcome(go.contentType, go.body, true);
    expect(fast).toEqual({
      fields: { data_json: '{"attestation_name":"unit","junit_results":null}' },
      files: [],
    });
    expect(fast).toEqual(await outcome(go.contentType, go.body, false));
  });

  // Each body is read without busboy where plainFormFields gives its fields, by busboy over the
  // bytes read otherwise; either way the answer is the one busboy gives when it streams the body.
  const cases: Array<[string, string, Buffer, boolean]> = [
    [
      'UTF-8 values, invalid bytes and a repeated name (the last wins)',
      TYPE,
      form(
        field('a', 'grüße ✓'),
        field('b', Buffer.from([0x61, 0xff, 0xc3, 0x62])),
        field('a', 'second'),
        field('empty', ''),
      ),
      true,
    ],
    [
      'a value holding CRLF and dashes',
      TYPE,
      form(field('a', `x\r\n-- ${BOUNDARY}\r\n--y`)),
      true,
    ],
    ['a form without parts', TYPE, form(), true],
    [
      'the boundary parameter spelled in capitals',
      `Multipart/Form-Data; Boundary=${BOUNDARY}`,
      form(field('a', '1')),
      true,
    ],
    ['a file', goWithFile.contentType, goWithFile.body, false],
    [
      'a field with a charset',
      TYPE,
      form(
        field(
          'a',
          Buffer.from([0xe9]),
          'Content-Type: text/plain; charset=latin1\r\n',
        ),
      ),
      false,
    ],
    [
      'a quoted boundary',
      `multipart/form-data; boundary="${BOUNDARY}"`,
      form(field('a', '1')),
      false,
    ],
    [
      'a boundary that is no token',
      'multipart/form-data; boundary=a/b',
      Buffer.from(
        '--a/b\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--a/b--\r\n',
      ),
      false,
    ],
    [
      'a preamble',
      TYPE,
      Buffer.concat([Buffer.from('hello\r\n'), form(field('a', '1'))]),
      false,
    ],
    [
      'an epilogue',
      TYPE,
      Buffer.concat([form(field('a', '1')), Buffer.from('bye')]),
      false,
    ],
    ['an empty name', TYPE, form(field('', '1')), false],
    [
      'a disposition in capitals',
      TYPE,
      Buffer.from(
        `--${BOUNDARY}\r\ncontent-disposition: Form-Data; NAME="a"\r\n\r\n1\r\n--${BOUNDARY}--\r\n`,
      ),
      false,
    ],
    [
      'more fields than busboy takes (50)',
      TYPE,
      form(...Array.from({ length: 51 }, (_, i) => field(`f${i}`, `${i}`))),
      false,
    ],
    [
      'a body that ends before its closing boundary',
      TYPE,
      field('a', '1'),
      false,
    ],
    ['an empty body', TYPE, Buffer.alloc(0), false],
    [
      'a part without a blank line after its header',
      TYPE,
      Buffer.from(
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="a"\r\n1\r\n--${BOUNDARY}--\r\n`,
      ),
      false,
    ],
  ];

  it.each(cases)('%s', async (_title, contentType, body, plain) => {
    expect(plainFormFields(contentType, body) !== undefined).toBe(plain);
    expect(await outcome(contentType, body, true)).toEqual(
      await outcome(contentType, body, false),
    );
  });

  it('refuses a file above the limit from a body read whole as when streamed', async () => {
    const big = goMultipart({}, [
      { field: 'f', fileName: 'big', content: Buffer.alloc(2000) },
    ]);
    const read = await outcome(big.contentType, big.body, true);
    expect(read).toEqual({
      error:
        'PayloadTooLargeError: File f (big) is larger than the 1024 bytes evidence limit',
    });
    expect(read).toEqual(await outcome(big.contentType, big.body, false));
  });
  it('refuses a body that ends inside a file with 400, and leaves no error unhandled', async () => {
    const uncaught = jest.fn();
    process.on('uncaughtException', uncaught);
    try {
      const truncated = Buffer.from(
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.xml"\r\n\r\n<testsuite`,
      );
      for (const withLength of [true, false])
        expect(await outcome(TYPE, truncated, withLength)).toEqual({
          error: 'InputError: Invalid multipart body: Unexpected end of form',
        });
      // An unhandled stream error would surface on a later turn of the event loop.
      await new Promise(resolve => setImmediate(resolve));
      expect(uncaught).not.toHaveBeenCalled();
    } finally {
      process.off('uncaughtException', uncaught);
    }
  });

  it('keeps a file name sent in UTF-8 as it was sent', async () => {
    const body = form(
      Buffer.from(
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="rapport-é测试.xml"\r\n\r\n<testsuite/>\r\n`,
      ),
    );
    const read = await outcome(TYPE, body, true);
    expect(read).toMatchObject({
      files: [{ field: 'file', fileName: 'rapport-é测试.xml' }],
    });
  });
});
