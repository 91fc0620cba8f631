/*
 * The reference for bench/foundation: a bare Backstage backend (backend-defaults, auth with the
 * guest provider, catalog), started exactly as the suite's backend is.
 */
import { createBackend } from '@backstage/backend-defaults';

const backend = createBackend();
backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));
backend.add(import('@backstage/plugin-catalog-backend'));
backend.start();
