/** The file formats the reader opens, by extension. */
export const READABLE_EXTENSIONS = ['.docx', '.doc', '.txt', '.md'] as const;
