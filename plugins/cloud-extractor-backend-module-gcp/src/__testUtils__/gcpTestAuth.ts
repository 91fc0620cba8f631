import { googleAuthLibrary } from 'google-gax';

/** An OAuth2 client of Google's auth library holding `token`, so tests make no token request. */
export function gcpTestAuthClient(token: string) {
  // Node's own fetch: gaxios would otherwise import node-fetch dynamically, which Jest's VM refuses.
  const client = new googleAuthLibrary.OAuth2Client({
    transporterOptions: { fetchImplementation: fetch },
  });
  client.setCredentials({
    access_token: token,
    expiry_date: Date.now() + 3_600_000,
  });
  return client;
}
