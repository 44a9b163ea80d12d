// A sent image's bytes, from this session's memory or IndexedDB.
import { useEffect, useState } from 'react';
import { loadImageBlob } from '@/store/image-cache';

export type StoredImage = { status: 'loading' } | { status: 'ready'; blob: Blob } | { status: 'missing' };

export function useStoredImage(id: string): StoredImage {
  const [state, setState] = useState<{ id: string; image: StoredImage }>({ id, image: { status: 'loading' } });
  useEffect(() => {
    let live = true;
    void loadImageBlob(id).then((blob) => {
      if (live) setState({ id, image: blob ? { status: 'ready', blob } : { status: 'missing' } });
    });
    return () => {
      live = false;
    };
  }, [id]);
  return state.id === id ? state.image : { status: 'loading' };
}
