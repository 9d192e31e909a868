import React from 'react';
import clsx from 'clsx';
import Translate from '@docusaurus/Translate';
import type {Props} from '@theme/Admonition/Type/Danger';
import AdmonitionLayout from '@theme/Admonition/Layout';
import IconError from '@theme/Admonition/Icon/Error';

/** `:::error` — what goes wrong and why. Styled like danger, with its own icon. */
export default function AdmonitionTypeError(props: Props): React.JSX.Element {
  return (
    <AdmonitionLayout
      icon={<IconError />}
      title={
        <Translate id="theme.admonition.error" description="The default label used for the Error admonition (:::error)">
          오류
        </Translate>
      }
      {...props}
      className={clsx('alert alert--danger', props.className)}>
      {props.children}
    </AdmonitionLayout>
  );
}
