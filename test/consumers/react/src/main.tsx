import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SalesHub as RawTags } from './SalesHub.js';
import { SalesHub as Components } from './SalesHubComponents.js';

// The components of sales-hub-kit/react by default; the raw sh-* tags with ?raw-tags.
const SalesHub = new URLSearchParams(location.search).has('raw-tags') ? RawTags : Components;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SalesHub />
  </StrictMode>,
);
