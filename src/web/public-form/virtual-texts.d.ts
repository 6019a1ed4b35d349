/** Made at build time by scripts/public-form-texts.ts from the five locale files; typed in messages.ts. */
declare module 'virtual:public-form-texts' {
  const texts: Record<'vi' | 'en' | 'lo' | 'km' | 'th', { publicForm: unknown; languageName: string }>;
  export default texts;
}
