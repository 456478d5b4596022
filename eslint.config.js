import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.output-prof/', '.wxt/', 'node_modules/', 'demo-output/', 'test-results/', 'playwright-report/', 'bench-output/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Page text is hostile: build nodes with h() and textContent.' },
        { property: 'outerHTML', message: 'Page text is hostile: build nodes with h() and textContent.' },
        { property: 'insertAdjacentHTML', message: 'Page text is hostile: build nodes with h() and textContent.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render page text as HTML.' },
      ],
    },
  },
  {
    // Tests build fixture documents from HTML on purpose.
    files: ['tests/**'],
    // Playwright fixtures call a `use` callback that is not React's hook.
    rules: { 'no-restricted-properties': 'off', 'react-hooks/rules-of-hooks': 'off' },
  },
);
