// An <img> showing a Blob through an object URL that is revoked when the image goes or changes.
// The URL is set on the element directly: no state, and safe under StrictMode's double effects.
import { useEffect, useRef, type ImgHTMLAttributes } from 'react';

export function BlobImage({ blob, ...props }: { blob: Blob } & Omit<ImgHTMLAttributes<HTMLImageElement>, 'src'>) {
  const ref = useRef<HTMLImageElement>(null);
  useEffect(() => {
    const img = ref.current;
    if (!img) return;
    const url = URL.createObjectURL(blob);
    img.src = url;
    return () => {
      img.removeAttribute('src');
      URL.revokeObjectURL(url);
    };
  }, [blob]);
  return <img ref={ref} {...props} />;
}
