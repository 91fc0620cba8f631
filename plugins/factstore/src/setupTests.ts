import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// The machines running these tests may be busy: findBy* and waitFor wait up to 30 s (they return
// as soon as the page is there).
configure({ asyncUtilTimeout: 30_000 });
