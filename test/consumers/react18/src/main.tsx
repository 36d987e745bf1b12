import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SalesHub } from './SalesHubComponents.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SalesHub />
  </StrictMode>,
);
