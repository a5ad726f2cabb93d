import { startFlagService } from './support/flag-service.js';

export default async function setup(project) {
  const flags = await startFlagService();
  project.provide('flagsUrl', flags.url);
  return () => flags.close();
}
