export declare const MANIFEST: string;
export declare function readManifest(options?: { always?: boolean }): Promise<string>;
