import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// The machines running these tests may be busy: wait longer than the 1 s default for the UI.
configure({ asyncUtilTimeout: 15_000 });
