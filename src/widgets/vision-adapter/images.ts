// The bundled pictures behind the named image sizes (images/README.md: how they were made; CC BY 4.0 like the site's
// figures). Each import is only a URL string: nothing is requested until the view draws the picture, which it does
// only when the reader picks that size (the default, `custom`, draws none). Their pixel sizes are IMAGE_SIZES in
// model.ts, checked against the files' headers by images.test.ts.
import icon from './images/icon.webp?url';
import panorama from './images/panorama.webp?url';
import phone from './images/phone.webp?url';
import photo from './images/photo.webp?url';
import slide from './images/slide.webp?url';
import type { PresetImageId } from './model';

export const IMAGE_URLS: Record<PresetImageId, string> = { photo, phone, slide, panorama, icon };
