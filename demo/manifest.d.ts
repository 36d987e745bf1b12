// The Custom Elements Manifest of the kit, served to the demo by vite.config.ts (regenerated when a source is newer).
declare module 'virtual:sales-hub-kit/manifest' {
  const manifest: import('custom-elements-manifest/schema').Package;
  export default manifest;
}
