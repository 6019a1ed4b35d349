import { useState } from 'react';

/**
 * The file picked in an import form: `withFile` runs an upload with it, or marks the field as
 * missing; `input` goes to FileField (a new choice clears the last result through `onChoose`).
 */
export function useChosenFile(onChoose: () => void) {
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  return {
    withFile: (send: (file: File) => void) => (file ? send(file) : setMissing(true)),
    input: {
      missing,
      onChange: (chosen: File | null) => {
        setFile(chosen);
        setMissing(false);
        onChoose();
      },
    },
  };
}
