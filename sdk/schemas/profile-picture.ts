import type { FieldError } from './problem.js';

/** The media types the server accepts for a profile picture, and its size cap (1 MiB). */
export const PROFILE_PICTURE_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export const MAX_PROFILE_PICTURE_BYTES = 1_048_576;

/** Whether a media type (lower-case, without parameters) is one the server accepts for a profile picture. */
export function isProfilePictureType(mediaType: string): boolean {
  return (PROFILE_PICTURE_TYPES as readonly string[]).includes(mediaType);
}

/** The image checks the server makes before decoding (`415`, `413`), as field errors at `""` (the whole body). */
/** A blob's media type without parameters, lower-case (`image/PNG; q=1` → `image/png`). */
export function mediaTypeOf(blob: Blob): string {
  return blob.type.replace(/;.*$/s, '').trim().toLowerCase();
}

export function validateProfilePicture(blob: unknown): FieldError[] {
  if (typeof Blob === 'undefined' || !(blob instanceof Blob)) {
    return [{ pointer: '', code: 'invalid-type', message: 'Choose an image file.' }];
  }
  const type = mediaTypeOf(blob);
  if (!isProfilePictureType(type)) {
    return [{ pointer: '', code: 'unsupported-media-type', message: 'Choose a PNG, JPEG or WebP image.' }];
  }
  if (blob.size === 0) return [{ pointer: '', code: 'image-invalid', message: 'The image is empty.' }];
  if (blob.size > MAX_PROFILE_PICTURE_BYTES) {
    return [{ pointer: '', code: 'payload-too-large', message: 'Choose an image of at most 1 MB.' }];
  }
  return [];
}
