export const DEFAULT_DATASET_ID: string = import.meta.env.VITE_DATASET_ID || 'nagorno-karabakh-2023-09';
