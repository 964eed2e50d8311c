import { LEAD_IMAGE_HEIGHT, LEAD_IMAGE_WIDTH } from "@/lib/lead-image";

/** An article's picture at 16:9; width and height reserve its space so nothing shifts. */
export function LeadImage({
  imageKey,
  alt,
  priority = false,
  className,
}: {
  imageKey: string;
  alt: string;
  priority?: boolean;
  className?: string;
}) {
  return (
    // Plain <img>: the pictures are small SVGs drawn by the project; next/image adds nothing here.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      className={className ? `lead-image ${className}` : "lead-image"}
      src={`/bilder/${imageKey}.svg`}
      width={LEAD_IMAGE_WIDTH}
      height={LEAD_IMAGE_HEIGHT}
      alt={alt}
      loading={priority ? "eager" : "lazy"}
      fetchPriority={priority ? "high" : "auto"}
      decoding="async"
    />
  );
}
