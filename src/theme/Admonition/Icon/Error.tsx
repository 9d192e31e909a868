import React, {type ComponentProps} from 'react';

/** A circled cross: "this goes wrong", distinct from danger's flame. */
export default function AdmonitionIconError(props: ComponentProps<'svg'>): React.JSX.Element {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" {...props}>
      <path
        fillRule="evenodd"
        d="M8 0a8 8 0 1 1 0 16A8 8 0 0 1 8 0Zm2.9 4.1L8 7 5.1 4.1 4.1 5.1 7 8l-2.9 2.9 1 1L8 9l2.9 2.9 1-1L9 8l2.9-2.9-1-1Z"
      />
    </svg>
  );
}
