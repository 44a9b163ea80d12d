// Saves a recording as a JSON file the browser downloads.
import type { Recording } from '@/domain/recording';
import { downloadFile, fileNameFor } from '@/lib/download-file';

export function exportRecording(recording: Recording): void {
  downloadFile(
    `recording-${fileNameFor(recording.title, 'json')}`,
    JSON.stringify(recording, null, 2),
    'application/json',
  );
}
