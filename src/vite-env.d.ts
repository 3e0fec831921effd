/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_API_BASE_URL?: string;
  readonly VITE_DATASET_ID?: string;
  readonly VITE_USE_MOCKS?: string;
  /** Where the site is served, from SITE_URL at build (see vite.config.ts); empty when it was not given. */
  readonly SITE_ORIGIN: string;
}
