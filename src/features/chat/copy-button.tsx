// Copies text and says so for a moment.
import { useState } from 'react';
import { Button } from '@/components/button';
import { Icon } from '@/components/icons';
import { copyText } from '@/lib/clipboard';

export function CopyButton({ text, label }: { text: string; label: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <Button
      size="sm"
      variant="ghost"
      aria-label={label}
      title={copied ? 'Copied' : 'Copy the answer as markdown'}
      onClick={async () => {
        if (await copyText(text)) {
          setCopied(true);
          setTimeout(() => setCopied(false), 1500);
        }
      }}
    >
      <Icon name={copied ? 'check' : 'copy'} />
      <span aria-live="polite" className="sr-only">
        {copied ? 'Copied' : ''}
      </span>
    </Button>
  );
}
