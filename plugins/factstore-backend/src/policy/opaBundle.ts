import { readTarFiles, type TarReadError } from '../archive/readTarFiles';

/** An OPA bundle (openpolicyagent.org/docs/management-bundles) read from its tar.gz. */
export interface OpaBundleContents {
  manifest?: {
    revision?: string;
    roots?: string[];
    wasm?: Array<{ entrypoint: string; module: string }>;
  };
  /** `.rego` files by path, with the package each declares. */
  rego: Array<{ path: string; source: string; package?: string }>;
  /** The data document the bundle's data.json files make (a/b/data.json is data.a.b). */
  data: Record<string, unknown>;
  /** The compiled policy (`/policy.wasm`, or the manifest's wasm module). */
  wasm?: Buffer;
}

export class BundleError extends Error {}

/** Largest unpacked bundle: a tar.gz of a few MB must not inflate into memory without bound. */
const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;

async function readTar(content: Buffer): Promise<Map<string, Buffer>> {
  try {
    return await readTarFiles(content, MAX_UNPACKED_BYTES);
  } catch (error) {
    const { message, tooLarge } = error as TarReadError;
    throw new BundleError(
      tooLarge ? `the bundle ${message}` : `not a tar.gz archive: ${message}`,
    );
  }
}

/** The package a Rego module declares, as a path (`package factstore.deploy` → factstore/deploy). */
export function regoPackage(source: string): string | undefined {
  const match = /^\s*package\s+([A-Za-z_][\w.]*)/m.exec(source);
  return match?.[1].replace(/\./g, '/');
}

function setPath(
  target: Record<string, unknown>,
  path: string[],
  value: unknown,
) {
  let node = target;
  for (const key of path.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  const last = path[path.length - 1];
  if (last === undefined) Object.assign(target, value as object);
  else node[last] = value;
}

export async function readOpaBundle(
  content: Buffer,
): Promise<OpaBundleContents> {
  if (content.length < 2 || content[0] !== 0x1f || content[1] !== 0x8b)
    throw new BundleError(
      'not a gzip file: an OPA bundle is a tar.gz (opa build writes bundle.tar.gz)',
    );
  const files = await readTar(content);
  const bundle: OpaBundleContents = { rego: [], data: {} };
  const manifestFile = files.get('.manifest');
  if (manifestFile) {
    try {
      bundle.manifest = JSON.parse(manifestFile.toString('utf8'));
    } catch (error) {
      throw new BundleError(
        `.manifest is not JSON: ${(error as Error).message}`,
      );
    }
  }
  for (const [path, file] of files) {
    if (path.endsWith('.rego')) {
      const source = file.toString('utf8');
      bundle.rego.push({ path, source, package: regoPackage(source) });
    } else if (path === 'data.json' || path.endsWith('/data.json')) {
      let value: unknown;
      try {
        value = JSON.parse(file.toString('utf8'));
      } catch (error) {
        throw new BundleError(
          `${path} is not JSON: ${(error as Error).message}`,
        );
      }
      setPath(bundle.data, path.split('/').slice(0, -1), value);
    }
  }
  const wasmModule =
    bundle.manifest?.wasm?.[0]?.module?.replace(/^\/+/, '') ?? 'policy.wasm';
  bundle.wasm = files.get(wasmModule);
  bundle.rego.sort((a, b) => a.path.localeCompare(b.path));
  return bundle;
}
