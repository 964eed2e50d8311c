/** Lead images are 16:9, drawn at 1200 × 675. */
export const LEAD_IMAGE_WIDTH = 1200;
export const LEAD_IMAGE_HEIGHT = 675;
