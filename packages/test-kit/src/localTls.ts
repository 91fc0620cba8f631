import selfsigned from 'selfsigned';

/**
 * A key and a self-signed certificate for a test server on 127.0.0.1 (and `localhost`, and any
 * other host names given), made at test time. The certificate is its own CA: clients trust it by
 * taking it as their CA.
 */
export function localTls(hostNames: string[] = []): {
  key: string;
  cert: string;
} {
  const pems = selfsigned.generate(
    [{ name: 'commonName', value: 'localhost' }],
    {
      days: 1,
      keySize: 2048,
      algorithm: 'sha256',
      extensions: [
        { name: 'basicConstraints', cA: true },
        {
          name: 'subjectAltName',
          altNames: [
            ...['localhost', ...hostNames].map(value => ({ type: 2, value })),
            { type: 7, ip: '127.0.0.1' },
          ],
        },
      ],
    },
  );
  return { key: pems.private, cert: pems.cert };
}
