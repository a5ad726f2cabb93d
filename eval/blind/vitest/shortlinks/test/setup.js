import { inject } from 'vitest';

// Point the app's flag client at the service started in global-setup.js.
process.env.FLAGS_URL = inject('flagsUrl');
