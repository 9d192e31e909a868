import DefaultAdmonitionTypes from '@theme-original/Admonition/Types';
import AdmonitionTypeError from '@theme/Admonition/Type/Error';

export default {
  ...DefaultAdmonitionTypes,
  error: AdmonitionTypeError,
};
