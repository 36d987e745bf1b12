// The Lit and custom-element rules Biome has no counterpart for, on the elements' sources (scripts/lint-lit.js runs it).
// The parser only parses: no rule here needs type information.
import tsParser from '@typescript-eslint/parser';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default [
  { ignores: ['**/*.test.ts', '**/*.test-helpers.ts'] },
  {
    files: ['components/**/*.ts'],
    languageOptions: { parser: tsParser, parserOptions: { ecmaVersion: 'latest', sourceType: 'module' } },
    plugins: { lit, wc },
    settings: {
      lit: { elementBaseClasses: ['ShElement', 'ShClientElement'] },
      wc: { elementBaseClasses: ['LitElement', 'ShElement', 'ShClientElement'] },
    },
    rules: {
      ...lit.configs['flat/recommended'].rules,
      'lit/lifecycle-super': 'error',
      'lit/no-classfield-shadowing': 'error',
      'lit/no-invalid-escape-sequences': 'error',
      'lit/no-legacy-imports': 'error',
      'lit/no-native-attributes': 'error',
      'lit/no-template-bind': 'error',
      'lit/no-this-assign-in-render': 'error',
      'lit/no-useless-template-literals': 'error',
      'lit/prefer-static-styles': 'error',
      ...wc.configs['flat/best-practice'].rules,
      // Lit's base class implements every lifecycle callback and attaches the shadow root itself.
      'wc/guard-super-call': 'off',
      'wc/attach-shadow-constructor': 'off',
      'wc/define-tag-after-class-definition': 'error',
      'wc/max-elements-per-file': 'error',
      // sh-copy-button ↔ ShCopyButton ↔ copy-button/copy-button.ts (STYLE.md).
      'wc/tag-name-matches-class': 'error',
      'wc/file-name-matches-element': ['error', { prefix: 'Sh', transform: 'kebab' }],
    },
  },
  {
    // The kit's base classes, which no tag names.
    files: ['components/base/*.ts'],
    rules: { 'wc/define-tag-after-class-definition': 'off' },
  },
];
