/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_API_BASE_URL?: string;
  readonly VITE_DATASET_ID?: string;
  readonly VITE_USE_MOCKS?: string;
}
