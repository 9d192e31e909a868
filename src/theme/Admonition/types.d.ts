declare module '@theme/Admonition/Icon/Error' {
  import type {ComponentProps} from 'react';
  export default function AdmonitionIconError(props: ComponentProps<'svg'>): React.JSX.Element;
}
declare module '@theme/Admonition/Type/Error' {
  import type {Props} from '@theme/Admonition/Type/Danger';
  export default function AdmonitionTypeError(props: Props): React.JSX.Element;
}
