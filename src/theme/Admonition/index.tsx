import React, {Children, type ReactNode} from 'react';
import clsx from 'clsx';
import Admonition from '@theme-original/Admonition';
import type AdmonitionType from '@theme/Admonition';
import type {WrapperProps} from '@docusaurus/types';

type Props = WrapperProps<typeof AdmonitionType>;

function isBlank(children: ReactNode): boolean {
  return Children.toArray(children).every((child) => typeof child === 'string' && child.trim() === '');
}

/**
 * Authors write title-only callouts (`:::tip 직접 해 보세요` with an empty body).
 * They get a compact layout instead of a box with an empty body.
 */
export default function AdmonitionWrapper(props: Props): React.JSX.Element {
  return <Admonition {...props} className={clsx(props.className, isBlank(props.children) && 'admonition--title-only')} />;
}
